// dbt-core's own selection of `state:modified+` on a manifest pair (scripts/bench/dbt-selection.py, run with the
// Python of the project's dbt 1.12 virtualenv), in a fresh process so its peak RSS belongs to that run alone.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const DBT_PYTHON = path.join(root, '.venv/dbt-1.12/bin/python')

/** dbt's figures for the pair and the ids it selected, or null when the virtualenv is missing. */
export function measureDbtSelection(pair, selectedFile) {
  if (!existsSync(DBT_PYTHON)) return null
  const output = execFileSync(
    DBT_PYTHON,
    [path.join(root, 'scripts/bench/dbt-selection.py'), pair.state, pair.current, selectedFile],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const figures = JSON.parse(output.trim().split('\n').at(-1))
  return { ...figures, ids: JSON.parse(readFileSync(selectedFile, 'utf8')) }
}

/** The compareManifests options under which our engine applies the rules that dbt-selection.py runs dbt with. */
export function sameRulesAs(dbt) {
  return { dbtVersion: dbt.dbtVersion, stateModifiedCompareMoreUnrenderedValues: false }
}
