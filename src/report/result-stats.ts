import type { NodeRunResult } from '../dbt/run-results.js'
import { OUTCOME_ORDER, outcomeOf, type ResultOutcome } from './wording.js'

const SLOWEST_SHOWN = 5

/** Most severe first, then slowest first: failures are never the rows cut for size. */
export function sortResults(results: NodeRunResult[]): NodeRunResult[] {
  const rank = (result: NodeRunResult): number => OUTCOME_ORDER.indexOf(outcomeOf(result.status))
  return [...results].sort((a, b) => rank(a) - rank(b) || b.executionTime - a.executionTime)
}

export function countOutcomes(results: NodeRunResult[]): Map<ResultOutcome, number> {
  const counts = new Map<ResultOutcome, number>()
  for (const result of results)
    counts.set(outcomeOf(result.status), (counts.get(outcomeOf(result.status)) ?? 0) + 1)
  return counts
}

export function slowest(results: NodeRunResult[]): NodeRunResult[] {
  return [...results]
    .filter(result => result.executionTime > 0)
    .sort((a, b) => b.executionTime - a.executionTime)
    .slice(0, SLOWEST_SHOWN)
}
