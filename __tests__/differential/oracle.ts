import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
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
  /** The virtualenv, plus the state's dbt version when the state came from another run. */
  label: string
  dbtVersion: string
  seconds: number
  edits: Record<string, OracleEdit>
  stateManifest: string
  currentManifest: (edit: string) => string
}

export interface OracleOptions {
  /** Compare with this run's unedited manifest (written by another dbt version) instead of parsing one. */
  stateFrom?: OracleRun
  /** Run only these edits (default: all). */
  only?: string[]
}

/**
 * Runs scripts/dbt-oracle.py with the virtualenv's Python, or reuses its output from an earlier run with the
 * same inputs (project files, edit catalog, oracle script, dbt pins and options), kept under
 * node_modules/.cache.
 */
export async function runOracle(venv: DbtVenv, options: OracleOptions = {}): Promise<OracleRun> {
  const label = options.stateFrom ? `${venv.name}-state-from-${options.stateFrom.dbtVersion}` : venv.name
  const out = path.join(CACHE_DIR, `${label}@${inputsHash(venv, options)}`)
  const document = path.join(out, 'oracle.json')
  if (!existsSync(document)) {
    removeStaleRuns(label, out)
    // Concurrent test runs with the same inputs each write their own folder; the first to finish publishes it.
    const scratch = `${out}.${process.pid}`
    const python = path.join(venv.dir, 'bin/python')
    const args = [ORACLE_SCRIPT, '--project', PROJECT_DIR, '--edits', CATALOG_FILE, '--out', scratch]
    if (options.stateFrom) args.push('--state-manifest', options.stateFrom.stateManifest)
    if (options.only) args.push('--only', options.only.join(','))
    try {
      await run(python, args, { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 })
    } catch (error) {
      rmSync(scratch, { recursive: true, force: true })
      const stderr = (error as { stderr?: string }).stderr ?? ''
      throw new Error(`The dbt oracle failed for ${label}: ${python} ${args.join(' ')}\n${stderr}`, {
        cause: error
      })
    }
    if (existsSync(document)) rmSync(scratch, { recursive: true, force: true })
    else renameSync(scratch, out)
  }
  const parsed = JSON.parse(readFileSync(document, 'utf8')) as Omit<OracleRun, 'label' | 'currentManifest'>
  return {
    ...parsed,
    label,
    stateManifest: path.join(out, 'state/manifest.json'),
    currentManifest: edit => path.join(out, 'edits', edit, 'manifest.json')
  }
}

/** Earlier finished runs with this label, for inputs that have changed since: about 1 MB per edit, never reused. */
function removeStaleRuns(label: string, keep: string): void {
  if (!existsSync(CACHE_DIR)) return
  for (const entry of readdirSync(CACHE_DIR)) {
    const dir = path.join(CACHE_DIR, entry)
    const finishedRun = entry.startsWith(`${label}@`) && /@[0-9a-f]{16}$/.test(entry)
    if (finishedRun && dir !== keep) rmSync(dir, { recursive: true, force: true })
  }
}

function inputsHash(venv: DbtVenv, options: OracleOptions): string {
  const hash = createHash('sha256')
  const files = [CATALOG_FILE, ORACLE_SCRIPT, path.join(venv.dir, '.pins'), ...projectFiles(PROJECT_DIR)]
  if (options.stateFrom) files.push(options.stateFrom.stateManifest)
  for (const file of files) {
    hash.update(path.relative(REPO_ROOT, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  hash.update(JSON.stringify(options.only ?? null))
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
