import { UserError } from '../errors.js'
import type { StateRecord } from '../production-state/state-record.js'
import type { JsonObject } from '../manifest/types.js'
import type { SwapTarget } from '../warehouse/warehouse.js'
import { PREVIOUS_SUFFIX } from './plan.js'

/** What a deploy or rollback records in state.json's `details`, so a later rollback knows what to swap back. */
export interface DeployDetails {
  kind: 'deploy' | 'rollback'
  warehouse: string
  targets: SwapTarget[]
}

export function deployDetails(details: DeployDetails): JsonObject {
  return {
    kind: details.kind,
    warehouse: details.warehouse,
    targets: details.targets as unknown as JsonObject[]
  }
}

/** The swap targets recorded by the deploy that published this state, or a clear refusal. */
export function recordedTargets(record: StateRecord | null, where: string): SwapTarget[] {
  const targets = record?.details.targets
  if (!Array.isArray(targets) || targets.length === 0) {
    throw new UserError(
      `Nothing to roll back to: the production state (${where}) has no state.json from a dbt-slim-ci deploy that swapped schemas. Rollback needs a deploy that kept the previous production.`
    )
  }
  return targets.map((target, index) => {
    const t = target as Record<string, unknown>
    const valid =
      (t.level === 'schema' || t.level === 'database') &&
      ['production', 'green', 'previous'].every(key => typeof t[key] === 'string') &&
      (t.database === null || typeof t.database === 'string')
    if (!valid)
      throw new UserError(
        `state.json of ${where}: swap target ${index} is malformed; publish state with a new deploy.`
      )
    // Every deploy names previous after production: anything else (an edited file) could swap two production
    // containers with each other.
    if (t.previous !== `${String(t.production)}${PREVIOUS_SUFFIX}`)
      throw new UserError(
        `state.json of ${where}: swap target ${index} keeps "${String(t.production)}" as "${String(t.previous)}", which no deploy does; nothing was rolled back. Publish state with a new deploy.`
      )
    return t as unknown as SwapTarget
  })
}
