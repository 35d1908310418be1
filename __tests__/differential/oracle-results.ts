/**
 * The oracle's results as committed under __tests__/differential/oracle-results/<catalog>/<label>/: one
 * gzipped JSON file per edit (what dbt selected and warned, and the manifest it parsed, stored as its delta
 * from the unedited manifest), plus `_state.json.gz`, the unedited manifest. Each file carries the key of the
 * inputs it came from, so only results whose inputs changed are recomputed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Json, ObjectDelta } from './json-delta.js'

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

/** One edit's committed result. */
export interface StoredEdit extends OracleEdit {
  key: string
  dbtVersion: string
  /** The manifest dbt parsed for the edit, as a delta from the state manifest; null when dbt refused to parse. */
  manifest: ObjectDelta | null
  /** The edit's other files by path in its folder (state/run_results.json, sources.json, selectors.yml). */
  files: Record<string, string>
}

/** The manifest every edit is compared with. */
export interface StoredState {
  key: string
  dbtVersion: string
  manifest: { [key: string]: Json }
}

const STATE_FILE = '_state.json.gz'
const SUFFIX = '.json.gz'

export class ResultStore {
  constructor(readonly dir: string) {}

  readState(key: string): StoredState | null {
    return this.read<StoredState>(STATE_FILE, key)
  }

  writeState(state: StoredState): void {
    this.write(STATE_FILE, state)
  }

  readEdit(name: string, key: string): StoredEdit | null {
    return this.read<StoredEdit>(`${name}${SUFFIX}`, key)
  }

  writeEdit(name: string, edit: StoredEdit): void {
    this.write(`${name}${SUFFIX}`, edit)
  }

  /** Removes the results of edits that are no longer run with this label. */
  prune(edits: ReadonlySet<string>): void {
    if (!existsSync(this.dir)) return
    for (const file of readdirSync(this.dir)) {
      if (file === STATE_FILE || !file.endsWith(SUFFIX)) continue
      if (!edits.has(file.slice(0, -SUFFIX.length))) rmSync(path.join(this.dir, file))
    }
  }

  /** The stored document, or null when it is missing or was computed from other inputs. */
  private read<T extends { key: string }>(file: string, key: string): T | null {
    const full = path.join(this.dir, file)
    if (!existsSync(full)) return null
    const document = JSON.parse(gunzipSync(readFileSync(full)).toString('utf8')) as T
    return document.key === key ? document : null
  }

  private write(file: string, document: object): void {
    mkdirSync(this.dir, { recursive: true })
    const full = path.join(this.dir, file)
    const scratch = `${full}.${process.pid}`
    writeFileSync(scratch, gzipSync(JSON.stringify(document), { level: 9 }))
    renameSync(scratch, full)
  }
}
