import { stat } from 'node:fs/promises'
import path from 'node:path'
import { loadManifest, resolveManifestPath } from '../manifest/load.js'
import type { Manifest } from '../manifest/types.js'
import { loadSelectionArtifacts } from '../selector/load-artifacts.js'
import type { SelectionArtifacts } from '../selector/selection-artifacts.js'
import type { IndirectSelection } from '../selector/selector-syntax.js'
import { compareManifests } from '../state/compare.js'
import type { StateComparison } from '../state/types.js'
import { UserError } from '../errors.js'
import { requiredStringOption, stringOption } from './args.js'
import type { CommandOptions, ParsedCommandArgs } from './command.js'

/** `--state` and `--manifest`, shared by the commands that compare against production state. */
export const STATE_OPTIONS: CommandOptions = {
  state: { type: 'string' },
  manifest: { type: 'string' },
  'project-dir': { type: 'string' }
}

export const STATE_OPTIONS_USAGE = `  --state <dir|file>     production state: a folder holding manifest.json, or the file
  --manifest <file>      the current project's manifest.json (a folder works too)
  --project-dir <dir>    where selectors.yml is (default: the folder above the manifest's target folder)`

export interface StateInputs {
  current: Manifest
  state: Manifest
  comparison: StateComparison
  /** The state folder's run_results.json and sources.json, the manifest folder's sources.json, selectors.yml. */
  artifacts: SelectionArtifacts
}

/** Reads both manifests (in parallel), compares them, and reads what the other selector methods need. */
export async function loadStateInputs(
  args: ParsedCommandArgs,
  commandName: string,
  indirectSelection: IndirectSelection
): Promise<StateInputs> {
  const statePath = requiredStringOption(args, commandName, 'state')
  const manifestPath = requiredStringOption(args, commandName, 'manifest')
  const [stateFile, currentFile] = await Promise.all([
    resolveManifestPath(statePath),
    resolveManifestPath(manifestPath)
  ])
  const currentTargetDir = path.dirname(currentFile)
  const projectDir = stringOption(args, 'project-dir') ?? path.dirname(currentTargetDir)
  if (!(await stat(projectDir).catch(() => null))?.isDirectory())
    throw new UserError(`--project-dir ${projectDir} is not a folder: point it at the dbt project (where selectors.yml is).`)
  const [state, current, artifacts] = await Promise.all([
    loadManifest(stateFile),
    loadManifest(currentFile),
    loadSelectionArtifacts({ stateDir: path.dirname(stateFile), projectDir, currentTargetDir, indirectSelection })
  ])
  return { current, state, comparison: compareManifests(current, state), artifacts }
}
