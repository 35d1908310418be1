import type { Environment } from '../environment.js'
import { UserError } from '../errors.js'
import { cancelReport, failReport, finishReport, newReport, skipReport } from '../report/lifecycle.js'
import { CancelledError } from './cancellation.js'
import type { Report, ReportMode } from '../report/types.js'

export const ISSUES_URL = 'https://github.com/dbt-slim-ci/dbt-slim-ci/issues'

/**
 * What a flow's body works with: the report it fills, and `step` to run each named step.
 *
 * ```ts
 * export const runDefer = (env: Environment) =>
 *   runFlow('defer', env, async flow => {
 *     const state = await flow.step('resolve state', () => env.resolveState())
 *     const current = await flow.step('parse', () => parseProject(env, dbtEnv))
 *     if (nothingToDo) return flow.skip('No node differs from production state.')
 *     flow.onExit(() => warehouse.close())
 *   })
 * ```
 */
export interface FlowRun {
  readonly env: Environment
  /** The report of this run; steps add what they found to it. */
  readonly report: Report
  /**
   * Runs one named step and returns its value. A throw ends the flow: the report fails with the step's name as
   * the phase (a `UserError` with its message and hint, anything else as an internal error). A step does not
   * start once the run was cancelled (SIGINT/SIGTERM): the report ends as cancelled, naming that step.
   */
  step<T>(name: string, run: () => Promise<T> | T): Promise<T>
  /**
   * From here on the flow runs to its end even when cancelled, because stopping would leave things worse than
   * finishing (production swapped, its state not yet published); a later cancel request is logged with `why`.
   */
  pointOfNoReturn(why: string): void
  /** Ends the report as skipped (nothing to do); the body should return right after. */
  skip(reason: string): void
  /** Registers a release (close a connection, drop a lock) run after the body, newest first, even after a failure. */
  onExit(release: () => Promise<void> | void): void
}

/**
 * Runs a flow's body and always returns its report: the one error policy of every flow. A `UserError` fails the
 * report with its message and hint; any other error fails it as an internal error, with its stack in the debug
 * log and a line asking to report it. Releases registered with `onExit` run last; one that fails is a warning.
 */
export async function runFlow(
  mode: ReportMode,
  env: Environment,
  body: (flow: FlowRun) => Promise<void>
): Promise<Report> {
  const report = newReport(mode, env)
  const releases: (() => Promise<void> | void)[] = []
  let current = 'start'
  let committed: string | null = null
  const stopListening = env.cancellation.onRequest(request => {
    env.log.warning(
      committed === null
        ? `${request.message} Stopping at the end of step "${current}"; the report will say the run was cancelled.`
        : `${request.message} Finishing anyway: ${committed}`
    )
  })
  const flow: FlowRun = {
    env,
    report,
    async step(name, run) {
      if (committed === null) env.cancellation.throwIfRequested()
      current = name
      env.log.debug(`step: ${name}`)
      return run()
    },
    pointOfNoReturn(why) {
      committed = why
    },
    skip(reason) {
      skipReport(report, reason)
    },
    onExit(release) {
      releases.push(release)
    }
  }
  try {
    await body(flow)
  } catch (error) {
    const cancelled = error instanceof CancelledError ? error : null
    if (cancelled) cancelReport(report, current, cancelled.request.message)
    else recordFailure(env, report, current, error)
  }
  // The flow's dbt session ends with the flow: its parses are of the project as the flow found it.
  releases.unshift(() => env.dbt.close())
  for (const release of releases.reverse()) {
    try {
      await release()
    } catch (error) {
      env.log.warning(`Cleaning up after ${mode} failed: ${messageOf(error)}`)
      env.log.debug(stackOf(error))
    }
  }
  stopListening()
  return finishReport(report, env.now())
}

/** The report entry for an error that ended a flow during `phase`. */
export function recordFailure(env: Environment, report: Report, phase: string, error: unknown): void {
  if (error instanceof UserError) {
    failReport(report, phase, error.message, error.hint)
    return
  }
  env.log.debug(stackOf(error))
  failReport(
    report,
    phase,
    `Internal error in dbt-slim-ci during ${phase}: ${messageOf(error)}`,
    `This is a bug in dbt-slim-ci, not in your project. Please report it at ${ISSUES_URL} with the debug log of this run (on GitHub: re-run the job with debug logging; in the CLI: set DBT_SLIM_CI_DEBUG=1).`
  )
  report.errors[report.errors.length - 1].internal = true
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}
