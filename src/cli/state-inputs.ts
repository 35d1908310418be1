import { loadManifest, resolveManifestPath } from '../manifest/load.js'
import type { Manifest } from '../manifest/types.js'
import { compareManifests } from '../state/compare.js'
import type { StateComparison } from '../state/types.js'
import { requiredStringOption } from './args.js'
import type { CommandOptions, ParsedCommandArgs } from './command.js'

/** `--state` and `--manifest`, shared by the commands that compare against production state. */
export const STATE_OPTIONS: CommandOptions = {
  state: { type: 'string' },
  manifest: { type: 'string' }
}

export const STATE_OPTIONS_USAGE = `  --state <dir|file>     production state: a folder holding manifest.json, or the file
  --manifest <file>      the current project's manifest.json (a folder works too)`

export interface StateInputs {
  current: Manifest
  state: Manifest
  comparison: StateComparison
}

/** Reads both manifests (in parallel) and compares them. */
export async function loadStateInputs(args: ParsedCommandArgs, commandName: string): Promise<StateInputs> {
  const statePath = requiredStringOption(args, commandName, 'state')
  const manifestPath = requiredStringOption(args, commandName, 'manifest')
  const [state, current] = await Promise.all([
    resolveManifestPath(statePath).then(file => loadManifest(file)),
    resolveManifestPath(manifestPath).then(file => loadManifest(file))
  ])
  return { current, state, comparison: compareManifests(current, state) }
}
