import type { Manifest } from '../manifest/types.js'
import type { StateProvenance } from '../report/types.js'
import type { StateRecord } from './state-record.js'

/** Production state as found (its folder and loaded manifest), or none, and where it came from. */
export interface ResolvedState {
  /** Absolute folder holding the state files; null when there is no state. */
  dir: string | null
  manifest: Manifest | null
  /** The state.json the publishing deploy wrote, when there is one. */
  record: StateRecord | null
  /** The production manifest before that deploy: what a rollback republishes. */
  previousManifestPath: string | null
  provenance: StateProvenance
}

/** What a deploy or rollback publishes as the new production state. */
export interface PublishedState {
  manifestPath: string
  runResultsPath: string | null
  /** sources.json of the deploy's `dbt source freshness`, when it ran one. */
  sourcesPath?: string | null
  previousManifestPath: string | null
  record: StateRecord
}

/**
 * Where production state lives: the state artifact of the deploy workflow's runs on GitHub, or a folder
 * (`state-path`, the CLI). One interface for the flows, whichever it is.
 */
export interface ProductionStateStore {
  /**
   * Finds the newest usable production state and downloads its files into `destination` (an empty folder).
   * No state at all is not an error: the result has `manifest: null` and the provenance says why.
   */
  find(destination: string): Promise<ResolvedState>
  /**
   * Makes `state` the production state; returns where it went, in words for the log. Safe to retry and to
   * repeat (a re-run of the deploy job): publishing again replaces what an earlier attempt published.
   */
  publish(state: PublishedState): Promise<string>
}

export const NO_PROVENANCE: StateProvenance = {
  source: 'none',
  location: null,
  runId: null,
  runUrl: null,
  commitSha: null,
  producedAt: null,
  ageSeconds: null,
  dbtVersion: null,
  warnings: []
}

/** No production state, and why, as the report shows it. */
export function noState(reasons: string[]): ResolvedState {
  return {
    dir: null,
    manifest: null,
    record: null,
    previousManifestPath: null,
    provenance: { ...NO_PROVENANCE, warnings: reasons.map(message => ({ code: 'missing', message })) }
  }
}
