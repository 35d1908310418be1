import { staleWarning } from '../production-state/staleness.js'
import type { StateWarning as ReportWarning } from '../report/types.js'

/** Why a workflow run looked at while searching for state was used or passed over. */
export type RunOutcome = 'selected' | 'fork' | 'event' | 'artifact-missing' | 'artifact-expired'

export interface ExaminedRun {
  runId: number
  runUrl: string
  commitSha: string
  createdAt: string
  event: string
  outcome: RunOutcome
  /** Plain words, e.g. "artifact `dbt-state` expired on 2026-10-01". */
  detail: string
}

/** A deploy run newer than the state in use that did not succeed: production may not match its commit. */
export interface FailedDeploy {
  runId: number
  runUrl: string
  commitSha: string
  conclusion: string
  createdAt: string
}

/** What the artifact search found worth warning about, with the runs behind each warning. */
export type StateWarning =
  | { kind: 'stale'; message: string; ageHours: number; maxAgeHours: number }
  | { kind: 'newer-deploys-failed'; message: string; runs: FailedDeploy[] }
  | { kind: 'newer-runs-unusable'; message: string; runs: ExaminedRun[] }

const REPORT_CODES: Record<StateWarning['kind'], ReportWarning['code']> = {
  stale: 'stale',
  'newer-deploys-failed': 'newer_failed_deploy',
  'newer-runs-unusable': 'other'
}

/** The warnings as the report shows them. */
export function reportWarnings(warnings: StateWarning[]): ReportWarning[] {
  return warnings.map(w => ({ code: REPORT_CODES[w.kind], message: w.message }))
}

/**
 * What a reviewer should know about the state in use. `maxAgeHours` 0 turns the age check off; `examined` are
 * the runs looked at, newest first, so runs before the selected one were newer but unusable.
 */
export function stateWarnings(
  ageSeconds: number | null,
  maxAgeHours: number,
  failedDeploys: FailedDeploy[],
  examined: ExaminedRun[]
): StateWarning[] {
  const warnings: StateWarning[] = []
  const stale = staleWarning(ageSeconds, maxAgeHours)
  if (stale)
    warnings.push({ kind: 'stale', message: stale.message, ageHours: (ageSeconds ?? 0) / 3600, maxAgeHours })
  if (failedDeploys.length > 0) {
    const commits = failedDeploys.map(run => run.commitSha.slice(0, 7)).join(', ')
    warnings.push({
      kind: 'newer-deploys-failed',
      message:
        `${failedDeploys.length} newer deploy run(s) did not succeed (commits ${commits}): production may not ` +
        'match the newest commit of the branch.',
      runs: failedDeploys
    })
  }
  const selectedAt = examined.findIndex(run => run.outcome === 'selected')
  const unusable = examined
    .slice(0, Math.max(0, selectedAt))
    .filter(run => run.outcome.startsWith('artifact-'))
  if (unusable.length > 0) {
    warnings.push({
      kind: 'newer-runs-unusable',
      message: `${unusable.length} newer successful run(s) had no usable state artifact; older state is in use.`,
      runs: unusable
    })
  }
  return warnings
}
