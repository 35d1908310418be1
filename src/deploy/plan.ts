import { UserError } from '../errors.js'
import { relationsOf } from '../manifest/relations.js'
import type { Manifest } from '../manifest/types.js'
import { assertNamesFit } from '../warehouse/identifier-limit.js'
import type { SwapTarget } from '../warehouse/warehouse.js'

export const PREVIOUS_SUFFIX = '__previous'
export const GREEN_SUFFIX = '__green'

/**
 * Pairs every production schema with the schema the same nodes render to when dbt builds green, by parsing the
 * project twice (production and green naming) and matching nodes by unique_id. This works with any
 * `generate_schema_name`, and refuses the mappings that would make a swap touch the wrong schema.
 */
export function planSchemaSwap(production: Manifest, green: Manifest): SwapTarget[] {
  const greenById = new Map(relationsOf(green).map(relation => [relation.uniqueId, relation]))
  const pairs = new Map<string, SwapTarget>()
  const greenOwner = new Map<string, string>()
  for (const relation of relationsOf(production)) {
    const twin = greenById.get(relation.uniqueId)
    if (!twin) continue
    const productionKey = `${relation.database ?? ''}.${relation.schema}`
    const greenKey = `${twin.database ?? ''}.${twin.schema}`
    if (twin.schema === relation.schema && twin.database === relation.database) {
      throw new UserError(
        `${relation.uniqueId} renders to production schema \`${relation.schema}\` also when building green: its schema does not follow DBT_SLIM_CI_SCHEMA. Make the profile's schema \`{{ env_var('DBT_SLIM_CI_SCHEMA', '${relation.schema}') }}\` and let generate_schema_name build custom schemas from target.schema (see the README, "How dbt sees the schema").`
      )
    }
    const existing = pairs.get(productionKey)
    if (existing && existing.green !== twin.schema) {
      throw new UserError(
        `Production schema \`${relation.schema}\` would be built into two green schemas (\`${existing.green}\` and \`${twin.schema}\`): generate_schema_name must map one production schema to one schema per environment.`
      )
    }
    const owner = greenOwner.get(greenKey)
    if (owner !== undefined && owner !== productionKey) {
      throw new UserError(
        `Green schema \`${twin.schema}\` would receive the relations of two production schemas: generate_schema_name must keep schemas apart in every environment.`
      )
    }
    greenOwner.set(greenKey, productionKey)
    pairs.set(productionKey, {
      level: 'schema',
      database: relation.database,
      production: relation.schema,
      green: twin.schema,
      previous: `${relation.schema}${PREVIOUS_SUFFIX}`
    })
  }
  const targets = [...pairs.values()].sort((a, b) => a.production.localeCompare(b.production))
  const productionNames = new Set(targets.map(target => target.production))
  const clash = targets.find(
    target => productionNames.has(target.green) || productionNames.has(target.previous)
  )
  if (clash) {
    throw new UserError(
      `Green or previous schema of \`${clash.production}\` is itself a production schema: choose a different schema naming so green (\`${clash.green}\`) and previous (\`${clash.previous}\`) never collide with production.`
    )
  }
  return targets
}

/** One database-level target, for warehouses that swap whole databases (Snowflake, when several schemas move). */
export function planDatabaseSwap(productionDatabase: string, greenDatabase: string): SwapTarget {
  if (productionDatabase.toLowerCase() === greenDatabase.toLowerCase()) {
    throw new UserError(
      `The green database is the production database \`${productionDatabase}\`: make the profile's database \`{{ env_var('DBT_SLIM_CI_DATABASE', '${productionDatabase}') }}\`.`
    )
  }
  return {
    level: 'database',
    database: null,
    production: productionDatabase,
    green: greenDatabase,
    previous: `${productionDatabase}${PREVIOUS_SUFFIX}`
  }
}

/**
 * Every green and previous name the deploy will create must fit the warehouse's identifier limit, checked before
 * anything is cloned or built: Postgres would cut a long one, so green could land on another schema.
 */
export function assertSwapNamesFit(targets: readonly SwapTarget[], adapterType: string | null): void {
  const names = targets.flatMap(target => [
    { name: target.green, what: `green ${target.level} of \`${target.production}\`` },
    { name: target.previous, what: `previous production ${target.level} of \`${target.production}\`` }
  ])
  assertNamesFit(
    names,
    adapterType,
    `Use a shorter production ${targets[0]?.level ?? 'schema'} name (the profile target's, or shorter custom schema names): a deploy adds \`${GREEN_SUFFIX}\` and \`${PREVIOUS_SUFFIX}\` to them.`
  )
}
