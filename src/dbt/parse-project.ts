import path from 'node:path'
import type { Environment } from '../environment.js'
import { UserError } from '../errors.js'
import { loadManifest } from '../manifest/load.js'
import type { Manifest } from '../manifest/types.js'

/** Runs `dbt parse` with the given environment into its own target folder and loads the manifest. */
export async function parseProject(
  env: Environment,
  folder: string,
  dbtEnv: Record<string, string>
): Promise<Manifest> {
  const targetPath = path.join(env.workDir, folder)
  const invocation = await env.dbt.run(['parse', ...env.settings.dbt.args.filter(isParseArg)], {
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

/** `--vars` changes what dbt parses; other build flags do not apply to `dbt parse`. */
function isParseArg(_arg: string, index: number, args: string[]): boolean {
  return args[index] === '--vars' || args[index - 1] === '--vars'
}
