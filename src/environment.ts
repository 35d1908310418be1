import type { Settings } from './config/settings.js'
import { UserError } from './errors.js'
import type { DbtRunner } from './dbt/runner.js'
import type { Cancellation } from './flow/cancellation.js'
import type { PublishedState, ResolvedState } from './production-state/store.js'
import type { Warehouse } from './warehouse/warehouse.js'

export type { PublishedState, ResolvedState } from './production-state/store.js'

/** Where progress goes: the Actions log, or the terminal for the CLI. */
export interface Log {
  info(message: string): void
  warning(message: string): void
  /** Only shown when debug logging is on (stacks of internal errors). */
  debug(message: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** Facts about the run the flows report. */
export interface RunInfo {
  repository: string
  runId: number | null
  runUrl: string | null
  pullRequest: number | null
  commitSha: string | null
  /** The PR's base branch commit (the action's event, the CLI's `--base`); its merge base with the PR splits changes. */
  baseRef?: string | null
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
  /** Set by SIGINT/SIGTERM (the entry point listens): the flow stops at its next step, dbt is stopped. */
  cancellation: Cancellation
  /** Started with the same cancellation. */
  dbt: DbtRunner
  /** Finds and downloads production state through the run's `ProductionStateStore`. */
  resolveState(): Promise<ResolvedState>
  /** Publishes the new production state (retryable: a repeat replaces it); returns where, in words. */
  publishState(state: PublishedState): Promise<string>
  /** Connects to the warehouse of the dbt target (production credentials in deploy mode). */
  connectWarehouse(): Promise<Warehouse>
  /** The profile target's schema as production renders it (DBT_SLIM_CI_SCHEMA unset). */
  productionSchema(): Promise<string>
  now(): Date
}

/** The pull request a defer or cleanup run works for, or a UserError saying how to give the run one. */
export function pullRequestOf(env: Pick<Environment, 'run' | 'settings'>): number {
  const pullRequest = env.run.pullRequest
  if (pullRequest === null) {
    throw new UserError(
      env.settings.front === 'cli'
        ? 'This command needs a pull request number: pass `--pr <number>`.'
        : 'Defer and cleanup modes need a pull request number: run them on pull_request or merge_group events.'
    )
  }
  return pullRequest
}
