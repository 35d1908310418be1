/** Where the production state came from, for the PR comment, the job summary and the action outputs. */

export type StateSource = 'artifact' | 'path' | 'none'

export interface StateProvenance {
  source: StateSource
  runId: number | null
  runUrl: string | null
  commitSha: string | null
  /** ISO 8601: when the deploy published the state, else when dbt wrote the manifest. */
  producedAt: string | null
  ageHours: number | null
  dbtVersion: string | null
  artifactName: string | null
  artifactId: number | null
  /** The local folder or file the manifest was read from. */
  path: string | null
}

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

export type StateWarning =
  | { kind: 'stale'; message: string; ageHours: number; maxAgeHours: number }
  | { kind: 'newer-deploys-failed'; message: string; runs: FailedDeploy[] }
  | { kind: 'newer-runs-unusable'; message: string; runs: ExaminedRun[] }

export const NO_PROVENANCE: StateProvenance = {
  source: 'none',
  runId: null,
  runUrl: null,
  commitSha: null,
  producedAt: null,
  ageHours: null,
  dbtVersion: null,
  artifactName: null,
  artifactId: null,
  path: null
}

export function hoursBetween(earlier: string | null, now: Date): number | null {
  if (earlier === null) return null
  const time = Date.parse(earlier)
  if (Number.isNaN(time)) return null
  return Math.max(0, (now.getTime() - time) / 3_600_000)
}

/**
 * What a reviewer should know about the state in use. `maxAgeHours` 0 turns the age check off; `examined` are
 * the runs looked at, newest first, so runs before the selected one were newer but unusable.
 */
export function stateWarnings(
  provenance: StateProvenance,
  maxAgeHours: number,
  failedDeploys: FailedDeploy[],
  examined: ExaminedRun[]
): StateWarning[] {
  const warnings: StateWarning[] = []
  if (maxAgeHours > 0 && provenance.ageHours !== null && provenance.ageHours > maxAgeHours) {
    warnings.push({
      kind: 'stale',
      message:
        `Production state is ${Math.floor(provenance.ageHours)} hours old, older than \`state-max-age-hours\` ` +
        `(${maxAgeHours}): changes deployed since may show up as modified.`,
      ageHours: provenance.ageHours,
      maxAgeHours
    })
  }
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
