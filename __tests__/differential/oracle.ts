import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { CATALOG_FILE, PROJECT_DIR, REPO_ROOT } from './catalog.js'

const run = promisify(execFile)

const ORACLE_SCRIPT = path.join(REPO_ROOT, 'scripts/dbt-oracle.py')
const CACHE_DIR = path.join(REPO_ROOT, 'node_modules/.cache/dbt-slim-ci/differential')
/** What dbt writes into the project (or its profiles folder); not inputs of the oracle. */
const GENERATED = new Set(['target', 'logs', 'dbt_packages', '.user.yml'])

/** A project-local dbt virtualenv created by scripts/setup-dbt.sh. */
export interface DbtVenv {
  name: string
  dir: string
}

export function dbtVenv(name: string): DbtVenv {
  return { name, dir: path.join(REPO_ROOT, '.venv', name) }
}

export function isInstalled(venv: DbtVenv): boolean {
  return existsSync(path.join(venv.dir, 'bin/dbt'))
}

export interface OracleError {
  /** The dbt exception class, e.g. ContractBreakingChangeError. */
  type: string
  message: string
  /** unique_id of the node the exception names, if any. */
  node: string | null
}

/** What `dbt ls --select <selector>` printed, or the error it stopped with. */
export type OracleSelection = string[] | { error: OracleError }

export interface OracleEdit {
  selections: Record<string, OracleSelection>
  /** Warnings dbt logged per selector (big seeds, unversioned breaking contract changes). */
  warnings: Record<string, string[]>
}

export interface OracleRun {
  dbtVersion: string
  seconds: number
  edits: Record<string, OracleEdit>
  stateManifest: string
  currentManifest: (edit: string) => string
}

/**
 * Runs scripts/dbt-oracle.py with the virtualenv's Python, or reuses its output from an earlier run with the
 * same inputs (project files, edit catalog, oracle script and dbt pins), kept under node_modules/.cache.
 */
export async function runOracle(venv: DbtVenv): Promise<OracleRun> {
  const out = path.join(CACHE_DIR, `${venv.name}-${inputsHash(venv)}`)
  const document = path.join(out, 'oracle.json')
  if (!existsSync(document)) {
    const python = path.join(venv.dir, 'bin/python')
    const args = [ORACLE_SCRIPT, '--project', PROJECT_DIR, '--edits', CATALOG_FILE, '--out', out]
    try {
      await run(python, args, { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 })
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? ''
      throw new Error(`The dbt oracle failed for ${venv.name}: ${python} ${args.join(' ')}\n${stderr}`, {
        cause: error
      })
    }
  }
  const parsed = JSON.parse(readFileSync(document, 'utf8')) as Omit<OracleRun, 'currentManifest'>
  return {
    ...parsed,
    stateManifest: path.join(out, 'state/manifest.json'),
    currentManifest: edit => path.join(out, 'edits', edit, 'manifest.json')
  }
}

function inputsHash(venv: DbtVenv): string {
  const hash = createHash('sha256')
  for (const file of [
    CATALOG_FILE,
    ORACLE_SCRIPT,
    path.join(venv.dir, '.pins'),
    ...projectFiles(PROJECT_DIR)
  ]) {
    hash.update(path.relative(REPO_ROOT, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

function projectFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(entry => !GENERATED.has(entry.name))
    .flatMap(entry => {
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? projectFiles(full) : [full]
    })
    .sort()
}
