import path from 'node:path'
import type { Environment } from '../environment.js'
import { UserError } from '../errors.js'
import { loadManifest } from '../manifest/load.js'
import type { Manifest } from '../manifest/types.js'
import { parseArgsOf, targetFolder } from './target-folder.js'

/**
 * Runs `dbt parse` with the given environment into that environment's target folder and loads the manifest; the
 * flow's later dbt commands with the same environment reuse this parse.
 */
export async function parseProject(env: Environment, dbtEnv: Record<string, string>): Promise<Manifest> {
  const targetPath = targetFolder(env.workDir, dbtEnv)
  const invocation = await env.dbt.run(['parse', ...parseArgsOf(env.settings.dbt.args)], {
    targetPath,
    env: dbtEnv
  })
  if (invocation.exitCode !== 0) {
    throw new UserError(
      `dbt parse failed (exit ${invocation.exitCode}):\n${invocation.tail.slice(-15).join('\n')}`
    )
  }
  return loadManifest(path.join(targetPath, 'manifest.json'))
}
