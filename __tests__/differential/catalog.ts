import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const CATALOG_FILE = path.join(REPO_ROOT, '__tests__/differential/edits.yml')
export const PROJECT_DIR = path.join(REPO_ROOT, 'examples/dbt-project')

/** One file operation of an edit; paths are relative to the dbt project. */
export type FileChange =
  | { replace: { file: string; find: string; with: string } }
  | { append: { file: string; text: string } }
  | { write: { file: string; text: string } }
  | { delete: { file: string } }
  | { move: { from: string; to: string } }

/** A named, minimal change to the example project, applied by the oracle (scripts/dbt-oracle.py). */
export interface Edit {
  name: string
  /** What the spec predicts, in words; real dbt is the judge. */
  expect: string
  changes: FileChange[]
  env?: Record<string, string>
  vars?: Record<string, unknown>
  target?: string
}

export interface EditCatalog {
  selectors: string[]
  edits: Edit[]
}

export function readCatalog(): EditCatalog {
  return parse(readFileSync(CATALOG_FILE, 'utf8')) as EditCatalog
}
