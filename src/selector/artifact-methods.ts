import { UserError } from '../errors.js'
import type { ManifestNode } from '../manifest/types.js'
import type { FreshnessResults, SelectionArtifacts } from './selection-artifacts.js'

/**
 * `result:<status>` (`ResultSelectorMethod`): included nodes whose result in the state's run_results.json has
 * that status (`error`, `fail`, `warn`, `success`, `skipped`, `pass`, …).
 */
export function searchResultMethod(
  status: string,
  included: readonly ManifestNode[],
  artifacts: SelectionArtifacts
): Set<string> {
  const results = artifacts.runResults
  if (results === null) {
    throw new UserError(
      `\`result:${status}\` needs run_results.json in the state folder (dbt: "No comparison run_results"): ` +
        'publish the run results of the deploy with the state, or point the state at a folder that has them.'
    )
  }
  return new Set(included.filter(node => results.get(node.uniqueId) === status).map(node => node.uniqueId))
}

/**
 * `source_status:fresher` (`SourceStatusSelectorMethod`): sources whose current `max_loaded_at`
 * (target/sources.json) is later than in the state's sources.json, or that have no successful result in the
 * state. As dbt 1.12 does, a runtime error in the state's freshness does not exclude a source: dbt meant to
 * skip sources that errored in either run, but reads the errors of the current run twice. Any other value
 * selects nothing, as in dbt.
 */
export function searchSourceStatusMethod(
  value: string,
  included: readonly ManifestNode[],
  artifacts: SelectionArtifacts
): Set<string> {
  const { stateSources, currentSources } = artifacts
  if (stateSources === null) {
    throw new UserError(
      `\`source_status:${value}\` needs sources.json in the state folder (dbt: "No previous state comparison ` +
        'freshness results in sources.json"): run `dbt source freshness` in the deploy so the state carries it.'
    )
  }
  if (currentSources === null) {
    throw new UserError(
      `\`source_status:${value}\` needs this run's target/sources.json (dbt: "No current state comparison ` +
        'freshness results in sources.json"): run `dbt source freshness` before selecting.'
    )
  }
  if (value !== 'fresher') return new Set()
  const fresher = fresherSources(stateSources, currentSources)
  return new Set(included.filter(node => fresher.has(node.uniqueId)).map(node => node.uniqueId))
}

/** The sources `source_status:fresher` picks: loaded later now than in the state, or with no time in the state. */
export function fresherSources(state: FreshnessResults, current: FreshnessResults): Set<string> {
  const fresher = new Set<string>()
  for (const [id, now] of current) {
    if (now.maxLoadedAtMicros === null) continue
    const previous = state.get(id)?.maxLoadedAtMicros ?? null
    if (previous === null || now.maxLoadedAtMicros > previous) fresher.add(id)
  }
  return fresher
}
