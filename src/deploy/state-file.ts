import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ArtifactError } from '../errors.js'
import type { SwapTarget } from '../warehouse/warehouse.js'

/** `state.json`: published beside manifest.json so a later rollback knows what was swapped. */
export interface StateFile {
  version: 1
  kind: 'deploy' | 'rollback'
  commitSha: string | null
  runId: number | null
  runUrl: string | null
  createdAt: string
  dbtVersion: string
  warehouse: string
  targets: SwapTarget[]
}

export const STATE_FILE = 'state.json'
/** The production manifest before this deploy: what a rollback republishes. */
export const PREVIOUS_MANIFEST = path.join('previous', 'manifest.json')

export async function readStateFile(dir: string): Promise<StateFile | null> {
  const file = path.join(dir, STATE_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return null
  }
  try {
    const parsed = JSON.parse(text) as StateFile
    if (parsed.version !== 1 || !Array.isArray(parsed.targets)) throw new Error('unknown layout')
    return parsed
  } catch (error) {
    throw new ArtifactError(file, `is not a dbt-slim-ci state file (${(error as Error).message}): publish state with a deploy first.`)
  }
}
