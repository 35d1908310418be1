import type { RunResults } from '../dbt/run-results.js'
import type { DbtInvocation } from '../dbt/runner.js'
import type { Environment } from '../environment.js'
import type { Report, ReportMode } from './types.js'
import { NO_PROVENANCE } from '../production-state/store.js'

/**
 * A report for a run that is starting: no state, no plan, status success until something fails. A dry run's
 * report says so from the start, so even a failed dry run reads as one.
 */
export function newReport(
  mode: ReportMode,
  env: Pick<Environment, 'run' | 'now'> & { settings?: Pick<Environment['settings'], 'dryRun'> }
): Report {
  const startedAt = env.now().toISOString()
  return {
    mode,
    status: 'success',
    statusReason: null,
    invocations: [],
    startedAt,
    finishedAt: startedAt,
    durationSeconds: 0,
    context: {
      repository: env.run.repository,
      runUrl: env.run.runUrl,
      pullRequest: env.run.pullRequest,
      commitSha: env.run.commitSha
    },
    state: { ...NO_PROVENANCE, warnings: [] },
    plan: null,
    nodes: {},
    deferredRefs: [],
    clones: [],
    selfCheck: null,
    deploy: null,
    cleanup: null,
    mergePreview: null,
    errors: [],
    dryRun: env.settings?.dryRun ? { dbtCommands: [], sql: [] } : null,
    fullReportUrl: null
  }
}

export function failReport(
  report: Report,
  phase: string,
  message: string,
  hint: string | null = null
): Report {
  report.status = 'failure'
  report.statusReason ??= message.split('\n')[0]
  report.errors.push({ phase, message, hint })
  return report
}

/** The run stopped on request (a signal) during `phase`; whatever it changed is in the rest of the report. */
export function cancelReport(report: Report, phase: string, message: string): Report {
  report.status = 'cancelled'
  report.statusReason = `${message} The run stopped during ${phase}.`
  report.errors.push({ phase, message: `${message} The run stopped during ${phase}.`, hint: null })
  return report
}

export function skipReport(report: Report, reason: string): Report {
  report.status = 'skipped'
  report.statusReason = reason
  return report
}

export function finishReport(report: Report, now: Date): Report {
  report.finishedAt = now.toISOString()
  report.durationSeconds = Math.max(0, (now.getTime() - Date.parse(report.startedAt)) / 1000)
  return report
}

/**
 * Records what a dry run would run instead of running it: dbt commands (their arguments, as `DbtRunner.run`
 * takes them) and warehouse statements (e.g. a dry-run warehouse's skipped statements).
 */
export function recordDryRun(report: Report, would: { dbt?: string[][]; sql?: string[] }): void {
  report.dryRun ??= { dbtCommands: [], sql: [] }
  report.dryRun.dbtCommands.push(...(would.dbt ?? []).map(args => dbtCommandLine(args)))
  report.dryRun.sql.push(...(would.sql ?? []).map(sql => (sql.trimEnd().endsWith(';') ? sql : `${sql};`)))
}

/** `dbt <args>` as a report shows it: without the flags every invocation gets. */
export function dbtCommandLine(args: readonly string[]): string {
  return ['dbt', ...args.filter((_, i, all) => !isPlumbing(all, i))].join(' ')
}

export function recordInvocation(
  report: Report,
  invocation: DbtInvocation,
  results: RunResults | null
): void {
  report.invocations.push({
    commandLine: dbtCommandLine(invocation.args),
    exitCode: invocation.exitCode,
    durationSeconds: invocation.durationMs / 1000,
    results: results?.results ?? null
  })
}

/** The flags every invocation gets (project, profiles, target path) are noise in a report. */
function isPlumbing(args: readonly string[], index: number): boolean {
  const flags = ['--project-dir', '--target-path', '--profiles-dir']
  return flags.includes(args[index]) || flags.includes(args[index - 1])
}
