import path from 'node:path'
import { readRunResults } from '../dbt/run-results.js'
import type { FlowRun } from '../flow/runner.js'
import { STATE_FILES } from '../production-state/state-record.js'
import { compareCosts } from './compare.js'
import { QUERY_HISTORY_SOURCE, queryHistorySql, readQueryHistory } from './snowflake-history.js'
import type { WarehouseCost } from './types.js'

/** How long reading the query history may take. */
const HISTORY_TIMEOUT_MS = 60_000

/**
 * The defer flow's cost diff: every model the PR built against production's last run_results.json from the
 * state, and on Snowflake what the query history says the build scanned. Missing production timings or an
 * unreadable history cost only those figures, and the report says so.
 */
export async function diffCost(
  flow: Pick<FlowRun, 'env' | 'report'>,
  stateDir: string | null,
  adapterType: string | null
): Promise<void> {
  const { env, report } = flow
  const results = report.invocations
    .filter(invocation => !invocation.commandLine.startsWith('dbt clone'))
    .flatMap(invocation => invocation.results ?? [])
  if (results.length === 0) return
  const production = stateDir
    ? await readRunResults(path.join(stateDir, STATE_FILES.runResults)).catch(() => null)
    : null
  const models = compareCosts(results, production, env.settings.costDiff.slowerRatio)
  if (models.length === 0) return
  report.costDiff = {
    slowerRatio: env.settings.costDiff.slowerRatio,
    production: production ? { generatedAt: production.generatedAt, command: production.command } : null,
    models,
    warehouse: null
  }
  if (adapterType !== 'snowflake') return
  let cost: WarehouseCost
  try {
    const warehouse = await env.connectWarehouse()
    const rows = await warehouse
      .readQuery(queryHistorySql(report.startedAt, env.now().toISOString()), {
        timeoutMs: HISTORY_TIMEOUT_MS
      })
      .finally(() => warehouse.close())
    const built = new Set(models.map(model => model.uniqueId))
    cost = {
      source: QUERY_HISTORY_SOURCE,
      available: true,
      note: null,
      models: readQueryHistory(rows, built)
    }
  } catch (error) {
    cost = {
      source: QUERY_HISTORY_SOURCE,
      available: false,
      note: `Could not read the query history: ${error instanceof Error ? error.message : String(error)}`,
      models: []
    }
  }
  report.costDiff.warehouse = cost
}
