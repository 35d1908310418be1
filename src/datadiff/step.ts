import { settingLabel } from '../config/naming.js'
import { UserError } from '../errors.js'
import type { FlowRun } from '../flow/runner.js'
import type { Manifest } from '../manifest/types.js'
import { selectNodes } from '../selector/select.js'
import type { StateComparison } from '../state/types.js'
import type { Warehouse } from '../warehouse/warehouse.js'
import { describePiiRule } from './pii.js'
import { planDataDiff } from './plan.js'
import { runDataDiff, skippedModels } from './run-diff.js'
import type { DiffDialect } from './sql/dialect.js'
import type { ModelDiff } from './types.js'
import { POSTGRES_DIALECT } from './sql/postgres.js'
import { SNOWFLAKE_DIALECT } from './sql/snowflake.js'

export interface DataDiffInput {
  current: Manifest
  production: Manifest
  comparison: StateComparison | null
}

const DIALECTS: Record<Warehouse['kind'], DiffDialect> = {
  postgres: POSTGRES_DIALECT,
  snowflake: SNOWFLAKE_DIALECT
}

/**
 * The defer flow's data diff: compares the modified models the build just made with production, in the
 * warehouse, within the configured budgets, and puts what it found in the report. A warehouse that cannot be
 * reached costs only the diff: the report says why it is missing.
 */
export async function diffData(flow: FlowRun, input: DataDiffInput): Promise<void> {
  const { env, report } = flow
  const settings = env.settings.dataDiff
  if (settings.mode === 'off') return
  const built = new Map<string, string>()
  for (const invocation of report.invocations) {
    if (invocation.commandLine.startsWith('dbt clone')) continue
    for (const result of invocation.results ?? []) built.set(result.uniqueId, result.status)
  }
  const modified = (report.plan?.changes ?? [])
    .filter(change => change.status === 'modified')
    .map(c => c.uniqueId)
  const chosen = settings.select.length === 0 ? null : chosenModels(flow, input)
  const plan = planDataDiff({
    current: input.current,
    production: input.production,
    modified,
    built,
    chosen,
    settings
  })
  if (plan.targets.length === 0 && plan.skipped.length === 0) return
  const started = performance.now()
  let models: ModelDiff[] = skippedModels(plan)
  let error: string | null = null
  if (plan.targets.length > 0) {
    try {
      models = await env.log.group('Data diff against production', async () => {
        const warehouse = await env.connectWarehouse()
        try {
          return await runDataDiff(warehouse, DIALECTS[warehouse.kind], plan, limitsOf(settings))
        } finally {
          await warehouse.close()
        }
      })
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure)
      env.log.warning(`The data diff could not run: ${error}`)
    }
  }
  report.dataDiff = {
    limits: {
      rowLimit: settings.rowLimit,
      modelTimeoutSeconds: settings.modelTimeoutSeconds,
      timeBudgetSeconds: settings.timeBudgetSeconds
    },
    piiRule: describePiiRule(settings),
    error,
    models,
    durationSeconds: (performance.now() - started) / 1000
  }
  for (const model of models) {
    env.log.info(`Data diff of ${model.uniqueId}: ${model.status}${model.reason ? ` (${model.reason})` : ''}`)
  }
}

/** The models `data-diff-select` picks; a selector dbt would reject names the setting. */
function chosenModels(flow: FlowRun, input: DataDiffInput): Set<string> {
  const { settings } = flow.env
  try {
    return new Set(
      selectNodes({
        current: input.current,
        state: input.production,
        comparison: input.comparison,
        select: settings.dataDiff.select,
        exclude: [],
        indirectSelection: 'empty'
      }).selected
    )
  } catch (error) {
    throw new UserError(
      `${settingLabel('data-diff-select', settings.front)}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error }
    )
  }
}

function limitsOf(settings: FlowRun['env']['settings']['dataDiff']) {
  return {
    rowLimit: settings.rowLimit,
    modelTimeoutMs: settings.modelTimeoutSeconds * 1000,
    totalMs: settings.timeBudgetSeconds * 1000
  }
}
