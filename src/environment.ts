import type { Settings } from './action/inputs.js'
import type { DbtRunner } from './dbt/runner.js'
import type { StateRecord } from './github/state-record.js'
import type { Manifest } from './manifest/types.js'
import type { StateProvenance } from './report/types.js'
import type { Warehouse } from './warehouse/warehouse.js'

/** Where progress goes: the Actions log, or the terminal for the CLI. */
export interface Log {
  info(message: string): void
  warning(message: string): void
  /** Only shown when debug logging is on (stacks of internal errors). */
  debug(message: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** Production state as found (its folder and loaded manifest), or none, and where it came from. */
export interface ResolvedState {
  dir: string | null
  manifest: Manifest | null
  /** The state.json the publishing deploy wrote, when there is one. */
  record: StateRecord | null
  /** The production manifest before that deploy: what a rollback republishes. */
  previousManifestPath: string | null
  provenance: StateProvenance
}

/** What a deploy publishes as the new production state. */
export interface PublishedState {
  manifestPath: string
  runResultsPath: string | null
  previousManifestPath: string | null
  record: StateRecord
}

/** Facts about the run the flows report. */
export interface RunInfo {
  repository: string
  runId: number | null
  runUrl: string | null
  pullRequest: number | null
  commitSha: string | null
}

/**
 * Everything a flow (defer, cleanup, deploy, rollback) touches outside pure code. The action fills it with
 * GitHub-backed parts, the CLI with local ones, tests with loopback fakes and real dbt.
 */
export interface Environment {
  settings: Settings
  run: RunInfo
  /** A scratch folder this run owns. */
  workDir: string
  log: Log
  dbt: DbtRunner
  resolveState(): Promise<ResolvedState>
  /** Publishes the new production state; returns where (artifact name or folder). */
  publishState(state: PublishedState): Promise<string>
  /** Connects to the warehouse of the dbt target (production credentials in deploy mode). */
  connectWarehouse(): Promise<Warehouse>
  /** The profile target's schema as production renders it (DBT_SLIM_CI_SCHEMA unset). */
  productionSchema(): Promise<string>
  now(): Date
}
