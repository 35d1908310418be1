import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import {
  EDITS_CATALOG,
  readCatalog,
  REPO_ROOT,
  runsOn,
  selectorsOf,
  type CatalogFile,
  type Edit,
  type EditCatalog,
  type FileChange
} from './catalog.js'
import { applyJsonDelta, jsonDelta, type Json } from './json-delta.js'
import { ResultStore, type OracleEdit, type StoredEdit, type StoredState } from './oracle-results.js'

export type { OracleEdit, OracleError, OracleSelection } from './oracle-results.js'

const run = promisify(execFile)

const ORACLE_SCRIPT = path.join(REPO_ROOT, 'scripts/dbt-oracle.py')
const RESULTS_DIR = path.join(REPO_ROOT, '__tests__/differential/oracle-results')
const CACHE_DIR = path.join(REPO_ROOT, 'node_modules/.cache/dbt-slim-ci/differential')
/** What dbt writes into the project (or its profiles folder); not inputs of the oracle. */
const GENERATED = new Set(['target', 'logs', 'dbt_packages', '.user.yml'])
/** `npm run oracle:refresh` sets it: every result is recomputed, whatever its key says. */
const REFRESH = process.env.DBT_SLIM_CI_REFRESH_ORACLE === '1'

/** A project-local dbt virtualenv created by scripts/setup-dbt.sh or scripts/setup-dbt-versions.sh. */
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

/** The dbt-core version the setup scripts pinned (their `.pins` file), e.g. 1.7.19. */
export function pinnedDbtVersion(venv: DbtVenv): string {
  const pins = readFileSync(path.join(venv.dir, '.pins'), 'utf8')
  const match = /dbt-core==(\S+)/.exec(pins)
  if (!match) throw new Error(`${venv.dir}/.pins names no dbt-core version: re-run the setup script.`)
  return match[1]
}

export interface OracleRun {
  /** The virtualenv, plus the state's dbt version when the state came from another run. */
  label: string
  dbtVersion: string
  /** Edits whose results were recomputed by running dbt in this call (their inputs changed). */
  recomputed: string[]
  edits: Record<string, OracleEdit>
  /** The key of the state's inputs: runs that compare with this run's state build theirs on it. */
  stateKey: string
  stateManifest: string
  /** The edit's folder: manifest.json, and state/, sources.json and selectors.yml where the edit has them. */
  editDir: (edit: string) => string
  currentManifest: (edit: string) => string
  /** The state folder of the edit: its own when it adds run artifacts, else the shared one. */
  stateDir: (edit: string) => string
}

export interface OracleOptions {
  /** The catalog of edits (default edits.yml). */
  catalog?: CatalogFile
  /** Compare with this run's unedited manifest (written by another dbt version) instead of parsing one. */
  stateFrom?: OracleRun
  /** Run only these edits (default: all). */
  only?: string[]
}

/**
 * dbt's answers for a catalog of edits, from the committed results where their inputs (the edit, its
 * selectors, the project, the dbt pins and the state) are unchanged, else by running
 * scripts/dbt-oracle.py with the virtualenv's Python for just the changed edits and committing what it says.
 */
export async function runOracle(venv: DbtVenv, options: OracleOptions = {}): Promise<OracleRun> {
  const catalogFile = options.catalog ?? EDITS_CATALOG
  const catalog = readCatalog(catalogFile)
  const version = pinnedDbtVersion(venv)
  const edits = catalog.edits.filter(
    edit => (!options.only || options.only.includes(edit.name)) && runsOn(edit.dbt, version)
  )
  const base = (catalog.base ?? [])
    .filter(entry => runsOn(entry.dbt, version))
    .flatMap(entry => entry.changes)
  const label = options.stateFrom ? `${venv.name}-state-from-${options.stateFrom.dbtVersion}` : venv.name
  const inputs = inputsHash(venv, catalogFile.project)
  const stateKey = options.stateFrom?.stateKey ?? hashOf(['state', inputs, base])
  const keys = new Map(
    edits.map(edit => [edit.name, hashOf([stateKey, inputs, edit, selectorsOf(catalog, edit)])])
  )
  const store = new ResultStore(path.join(RESULTS_DIR, catalogFile.name, label))

  let state = REFRESH ? null : store.readState(stateKey)
  const stored = new Map<string, StoredEdit>()
  for (const edit of edits) {
    const result = state && !REFRESH ? store.readEdit(edit.name, keys.get(edit.name)!) : null
    if (result) stored.set(edit.name, result)
  }
  const stale = edits.filter(edit => !stored.has(edit.name))
  if (stale.length > 0) {
    const stateFrom = options.stateFrom ? readState(options.stateFrom, stateKey) : state
    const resolved = { selectors: catalog.selectors, base, edits: stale }
    const fresh = await recompute(venv, label, catalogFile, resolved, stateFrom, stateKey, keys)
    state = fresh.state
    store.writeState(state)
    for (const [name, result] of fresh.edits) {
      store.writeEdit(name, result)
      stored.set(name, result)
    }
  }
  store.prune(new Set(keys.keys()))
  return materialize(
    label,
    catalogFile,
    state!,
    stored,
    stale.map(edit => edit.name)
  )
}

/** Says which committed results were stale, so that whoever changed their inputs commits the new ones. */
export function warnAboutRecomputedResults(runs: readonly OracleRun[]): void {
  const stale = runs.filter(run => run.recomputed.length > 0)
  if (stale.length === 0) return
  const lines = stale.map(run => `${run.label}: ${run.recomputed.join(', ')}`)
  console.warn(
    `dbt ran for edits whose committed oracle results were stale or missing (commit ${path.relative(REPO_ROOT, RESULTS_DIR)}):\n${lines.join('\n')}`
  )
}

/** A catalog as the oracle script reads it: the edits to run, and the base changes of this dbt version. */
interface ResolvedCatalog extends Omit<EditCatalog, 'base'> {
  base: FileChange[]
}

/** Runs dbt for the catalog's edits; compares with `state` when given, else parses the unedited project first. */
async function recompute(
  venv: DbtVenv,
  label: string,
  catalogFile: CatalogFile,
  catalog: ResolvedCatalog,
  state: StoredState | null,
  stateKey: string,
  keys: ReadonlyMap<string, string>
): Promise<{ state: StoredState; edits: Map<string, StoredEdit> }> {
  const scratch = mkdtempSync(path.join(tmpdir(), `dbt-oracle-${label}-`))
  try {
    const out = path.join(scratch, 'out')
    const python = path.join(venv.dir, 'bin/python')
    const edits: Edit[] = catalog.edits
    const catalogCopy = path.join(scratch, path.basename(catalogFile.file))
    writeFileSync(catalogCopy, JSON.stringify(catalog))
    const args = [ORACLE_SCRIPT, '--project', catalogFile.project, '--edits', catalogCopy, '--out', out]
    if (state) {
      const given = path.join(scratch, 'state-manifest.json')
      writeFileSync(given, JSON.stringify(state.manifest))
      args.push('--state-manifest', given)
    }
    try {
      await run(python, args, { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 })
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? ''
      throw new Error(`The dbt oracle failed for ${label}: ${python} ${args.join(' ')}\n${stderr}`, {
        cause: error
      })
    }
    const document = readJson<{ dbtVersion: string; edits: Record<string, OracleEdit> }>(
      path.join(out, 'oracle.json')
    )
    const dbtVersion = document.dbtVersion
    const fresh = state ?? {
      key: stateKey,
      dbtVersion,
      manifest: readJson(path.join(out, 'state/manifest.json'))
    }
    const results = new Map<string, StoredEdit>()
    for (const edit of edits) {
      const dir = path.join(out, 'edits', edit.name)
      const { selections, warnings } = document.edits[edit.name]
      results.set(edit.name, {
        key: keys.get(edit.name)!,
        dbtVersion,
        selections,
        warnings,
        manifest: existsSync(path.join(dir, 'manifest.json'))
          ? jsonDelta(fresh.manifest, readJson(path.join(dir, 'manifest.json')))
          : null,
        files: otherFiles(dir)
      })
    }
    return { state: fresh, edits: results }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** An edit folder's files besides its manifest and its copy of the state manifest, as text. */
function otherFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const file of listFiles(dir)) {
    const relative = path.relative(dir, file).split(path.sep).join('/')
    if (relative !== 'manifest.json' && relative !== 'state/manifest.json')
      files[relative] = readFileSync(file, 'utf8')
  }
  return files
}

/**
 * Writes the manifests the engine reads under node_modules/.cache (the state at once, each edit's folder when
 * first asked for), in folders named by their keys, and removes folders of other keys.
 */
function materialize(
  label: string,
  catalog: CatalogFile,
  state: StoredState,
  stored: ReadonlyMap<string, StoredEdit>,
  recomputed: string[]
): OracleRun {
  const root = path.join(CACHE_DIR, catalog.name, label)
  const wanted = new Set([
    `state@${state.key}`,
    ...[...stored].map(([name, edit]) => `edits/${name}@${edit.key}`)
  ])
  if (existsSync(root)) {
    for (const entry of readdirSync(root))
      if (entry !== 'edits' && !wanted.has(entry))
        rmSync(path.join(root, entry), { recursive: true, force: true })
  }
  const editsRoot = path.join(root, 'edits')
  if (existsSync(editsRoot)) {
    for (const entry of readdirSync(editsRoot))
      if (!wanted.has(`edits/${entry}`)) rmSync(path.join(editsRoot, entry), { recursive: true, force: true })
  }
  const stateManifest = path.join(root, `state@${state.key}`, 'manifest.json')
  writeOnce(path.dirname(stateManifest), dir =>
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(state.manifest))
  )

  const editDir = (name: string): string => {
    const edit = stored.get(name)
    if (!edit) throw new Error(`No oracle result for edit ${name} (${label})`)
    const dir = path.join(editsRoot, `${name}@${edit.key}`)
    writeOnce(dir, scratch => {
      if (edit.manifest)
        writeFileSync(
          path.join(scratch, 'manifest.json'),
          JSON.stringify(applyJsonDelta(state.manifest, edit.manifest))
        )
      for (const [relative, text] of Object.entries(edit.files)) {
        mkdirSync(path.dirname(path.join(scratch, relative)), { recursive: true })
        writeFileSync(path.join(scratch, relative), text)
      }
      if (existsSync(path.join(scratch, 'state')))
        copyFileSync(stateManifest, path.join(scratch, 'state/manifest.json'))
    })
    return dir
  }
  return {
    label,
    dbtVersion: [...stored.values()][0]?.dbtVersion ?? state.dbtVersion,
    recomputed,
    edits: Object.fromEntries(
      [...stored].map(([name, edit]) => [name, { selections: edit.selections, warnings: edit.warnings }])
    ),
    stateKey: state.key,
    stateManifest,
    editDir,
    currentManifest: name => path.join(editDir(name), 'manifest.json'),
    stateDir: name => {
      const own = path.join(editDir(name), 'state')
      return existsSync(own) ? own : path.dirname(stateManifest)
    }
  }
}

/** Fills a folder once: concurrent test files build their own copy and the first to finish publishes it. */
function writeOnce(dir: string, fill: (scratch: string) => void): void {
  if (existsSync(dir)) return
  const scratch = `${dir}.${process.pid}`
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(scratch, { recursive: true })
  fill(scratch)
  if (existsSync(dir)) rmSync(scratch, { recursive: true, force: true })
  else renameSync(scratch, dir)
}

function readState(run: OracleRun, key: string): StoredState {
  return { key, dbtVersion: run.dbtVersion, manifest: readJson(run.stateManifest) }
}

function readJson<T = { [key: string]: Json }>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

/**
 * The inputs every edit shares: the project files and the dbt pins. The oracle script is not one of them: a
 * change to what it records needs `npm run oracle:refresh`.
 */
function inputsHash(venv: DbtVenv, project: string): string {
  const hash = createHash('sha256')
    .update('pins\0')
    .update(readFileSync(path.join(venv.dir, '.pins')))
  for (const file of listFiles(project, GENERATED)) {
    hash.update('\0').update(path.relative(project, file)).update('\0').update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

function hashOf(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16)
}

function listFiles(dir: string, skipped: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(entry => !skipped.has(entry.name))
    .flatMap(entry => {
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? listFiles(full, skipped) : [full]
    })
    .sort()
}
