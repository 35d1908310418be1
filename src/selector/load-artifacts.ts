import { readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  parseFreshness,
  parseRunResults,
  type SelectionArtifacts
} from './selection-artifacts.js'
import type { IndirectSelection } from './selector-syntax.js'
import { parseSelectorsFile } from './selectors-file.js'

export interface ArtifactLocations {
  /** The production state folder (run_results.json, sources.json), or null without state. */
  stateDir: string | null
  /** The dbt project (selectors.yml). */
  projectDir: string
  /** Where this run's `dbt source freshness` wrote sources.json (dbt reads `<target-path>/sources.json`). */
  currentTargetDir: string
  indirectSelection: IndirectSelection
}

/** Reads the files dbt's selector methods read besides the manifests; a missing file is null, as in dbt. */
export async function loadSelectionArtifacts(locations: ArtifactLocations): Promise<SelectionArtifacts> {
  const { stateDir, projectDir, currentTargetDir, indirectSelection } = locations
  const inState = (name: string) => (stateDir ? path.join(stateDir, name) : null)
  const [runResults, stateSources, currentSources, selectors] = await Promise.all([
    readIfPresent(inState('run_results.json'), parseRunResults),
    readIfPresent(inState('sources.json'), parseFreshness),
    readIfPresent(path.join(currentTargetDir, 'sources.json'), parseFreshness),
    readIfPresent(path.join(projectDir, 'selectors.yml'), (text, file) =>
      parseSelectorsFile(text, file, indirectSelection)
    )
  ])
  return { runResults, stateSources, currentSources, selectors }
}

async function readIfPresent<T>(file: string | null, parse: (text: string, file: string) => T): Promise<T | null> {
  if (file === null) return null
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  return parse(text, file)
}
