import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Environment } from '../environment.js'
import type { SourceFreshnessReport } from '../report/types.js'
import { parseFreshness } from '../selector/selection-artifacts.js'
import { dbtCommandLine } from '../report/lifecycle.js'
import { parseArgsOf, targetFolder } from './target-folder.js'

/**
 * Runs `dbt source freshness` into the target folder of `dbtEnv`, where `source_status:` and a later dbt
 * command of that naming read it. dbt exits 1 when a source is past its `error_after` or cannot be checked;
 * that is what the check found, not a failure of the run: each source's status goes into the report and stale
 * ones into the log, as a freshness job in dbt would show them.
 */
export async function runSourceFreshness(
  env: Environment,
  dbtEnv: Record<string, string>,
  published: boolean
): Promise<SourceFreshnessReport> {
  const targetPath = targetFolder(env.workDir, dbtEnv)
  const file = path.join(targetPath, 'sources.json')
  // A stale sources.json would be read as this run's when dbt stops before writing one.
  await rm(file, { force: true })
  const args = ['source', 'freshness', ...parseArgsOf(env.settings.dbt.args)]
  const invocation = await env.log.group(`dbt ${args.join(' ')}`, () =>
    env.dbt.run(args, { targetPath, env: dbtEnv })
  )
  env.cancellation.throwIfRequested()
  const text = await readFile(file, 'utf8').catch(() => null)
  const results = text === null ? null : parseFreshness(text, file)
  const sources = [...(results ?? [])]
    .map(([uniqueId, result]) => ({ uniqueId, status: result.status }))
    .sort((a, b) => (a.uniqueId < b.uniqueId ? -1 : 1))
  const stale = sources.filter(source => source.status !== 'pass')
  if (results === null) {
    env.log.warning(
      `dbt source freshness wrote no sources.json (exit ${invocation.exitCode}):\n${invocation.tail.slice(-10).join('\n')}`
    )
  } else if (stale.length > 0) {
    env.log.warning(
      `Source freshness: ${stale.map(source => `${source.uniqueId} ${source.status}`).join(', ')}.`
    )
  }
  return {
    commandLine: dbtCommandLine(invocation.args),
    exitCode: invocation.exitCode,
    file: results === null ? null : file,
    sources,
    published: published && results !== null,
    fresher: null
  }
}
