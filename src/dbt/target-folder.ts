import { createHash } from 'node:crypto'
import path from 'node:path'

/**
 * The target folder of every dbt command run with `dbtEnv`. dbt reuses its previous parse
 * (`partial_parse.msgpack` in the target folder) only when the profile's connection values, the target, the
 * `--vars` and the env vars of dbt_project.yml are unchanged (dbt-core `ManifestLoader.is_partial_parsable`);
 * DBT_SLIM_CI_SCHEMA moves the profile's schema, so each naming keeps its own folder and every later command of
 * that naming skips parsing instead of parsing the project from scratch.
 */
export function targetFolder(workDir: string, dbtEnv: Record<string, string>): string {
  const entries = Object.entries(dbtEnv).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const key = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12)
  return path.join(workDir, `dbt-target-${key}`)
}

/** The flags of the build commands that change what dbt parses, so `dbt parse` must get them too. */
const PARSE_FLAGS = new Set(['--vars', '--profile', '--target', '--profiles-dir'])

/** The arguments of `args` that `dbt parse` needs to parse the project exactly as the build commands will. */
export function parseArgsOf(args: readonly string[]): string[] {
  return args.filter((arg, index) => {
    const flag = arg.split('=')[0]
    return PARSE_FLAGS.has(flag) || (!arg.startsWith('-') && PARSE_FLAGS.has(args[index - 1] ?? ''))
  })
}
