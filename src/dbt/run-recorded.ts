import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Environment } from '../environment.js'
import { failReport, recordDryRun, recordInvocation } from '../report/lifecycle.js'
import type { Report } from '../report/types.js'
import { readRunResults, type RunResults } from './run-results.js'
import { targetFolder } from './target-folder.js'

const FAILED = new Set(['error', 'fail', 'runtime error'])

/**
 * Runs one dbt command of a flow into the target folder of its environment (so dbt reuses that environment's
 * parse), records it (with its results) in the report, and fails the report when dbt fails, naming the failing
 * nodes and their messages. In a dry run it runs nothing: it prints the exact command line and records it in the
 * report's dry-run section, and returns null.
 */
export async function runRecorded(
  env: Environment,
  report: Report,
  args: string[],
  dbtEnv: Record<string, string>,
  failure: { phase: string; message: string }
): Promise<RunResults | null> {
  const targetPath = targetFolder(env.workDir, dbtEnv)
  if (env.settings.dryRun) {
    env.log.info(`Dry run, not running: ${env.dbt.shellLine(args, { targetPath, env: dbtEnv })}`)
    recordDryRun(report, { dbt: [args] })
    return null
  }
  // A stale run_results.json would be read as this command's when dbt fails before writing one.
  await rm(path.join(targetPath, 'run_results.json'), { force: true })
  const invocation = await env.log.group(`dbt ${args.join(' ')}`, () =>
    env.dbt.run(args, { targetPath, env: dbtEnv })
  )
  const results = await readRunResults(path.join(targetPath, 'run_results.json')).catch(() => null)
  recordInvocation(report, invocation, results)
  // dbt stopped because the run was cancelled: that, not dbt's exit status, is what happened.
  env.cancellation.throwIfRequested()
  if (invocation.exitCode !== 0) {
    const failing = (results?.results ?? []).filter(r => FAILED.has(r.status))
    const detail =
      failing.length > 0
        ? failing.map(r => `${r.uniqueId}: ${r.message ?? r.status}`).join('\n')
        : invocation.tail.slice(-10).join('\n')
    failReport(report, failure.phase, `${failure.message}:\n${detail}`)
  }
  return results
}
