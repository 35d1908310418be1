import type { NodeRunResult, RunResults } from '../dbt/run-results.js'
import type { ModelCost } from './types.js'

/** Below this many extra seconds a model is never flagged: sub-second builds vary more than that run to run. */
export const MIN_SLOWER_SECONDS = 1

/**
 * Each model the PR built against its result in production's last run: time, rows affected, and whether it got
 * markedly slower (at least `slowerRatio` times production's time, and MIN_SLOWER_SECONDS more).
 */
export function compareCosts(
  pr: readonly NodeRunResult[],
  production: RunResults | null,
  slowerRatio: number
): ModelCost[] {
  const previous = new Map((production?.results ?? []).map(result => [result.uniqueId, result]))
  return pr
    .filter(result => result.uniqueId.startsWith('model.') && result.status === 'success')
    .map(result => {
      const old = previous.get(result.uniqueId)
      const productionSeconds = old && old.status !== 'skipped' ? old.executionTime : null
      const ratio = productionSeconds ? result.executionTime / productionSeconds : null
      return {
        uniqueId: result.uniqueId,
        prSeconds: result.executionTime,
        productionSeconds,
        prRows: result.rowsAffected,
        productionRows: old?.rowsAffected ?? null,
        ratio,
        slower:
          ratio !== null &&
          ratio >= slowerRatio &&
          result.executionTime - (productionSeconds ?? 0) >= MIN_SLOWER_SECONDS
      }
    })
    .sort((a, b) => b.prSeconds - a.prSeconds || a.uniqueId.localeCompare(b.uniqueId))
}
