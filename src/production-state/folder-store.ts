import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../errors.js'
import { loadManifest, resolveManifestPath } from '../manifest/load.js'
import type { Manifest } from '../manifest/types.js'
import type { StateProvenance } from '../report/types.js'
import { secondsSince, staleWarning } from './staleness.js'
import { readStateRecord, STATE_FILES, stateRecordJson } from './state-record.js'
import {
  noState,
  NO_PROVENANCE,
  type ProductionStateStore,
  type PublishedState,
  type ResolvedState
} from './store.js'
import { pathExists } from '../util/fs.js'

export interface FolderStoreOptions {
  /** A folder with manifest.json (and state.json), or a manifest file; null: no state to read. */
  path: string | null
  /** What names `path` in messages: an action input or a CLI flag, e.g. "`--state`". */
  pathLabel: string
  /** Where publishing writes; null when this store never publishes. */
  publishDir: string | null
  publishLabel: string
  /**
   * A missing or empty `path` folder is no production state yet (a first deploy publishes the first state there)
   * rather than a mistake to report.
   */
  emptyMeansNone?: boolean
  maxAgeHours: number
  now?: () => Date
}

const NEW_SUFFIX = '.dbt-slim-ci-new'
const OLD_SUFFIX = '.dbt-slim-ci-old'

/**
 * Production state in local folders (the CLI, `state-path`): read in place, published by writing a new folder
 * beside the old one and switching the two by rename, so a reader sees the old state or the new one, never a mix.
 * A publish interrupted between the renames is finished on the next find or publish.
 */
export function folderStateStore(
  options: FolderStoreOptions
): ProductionStateStore & { checkPublish(): Promise<void> } {
  const now = options.now ?? (() => new Date())
  return {
    async find() {
      if (options.path === null) return noState([`No ${options.pathLabel} folder was given.`])
      await recoverInterruptedPublish(path.resolve(options.path))
      if (options.emptyMeansNone && (await isEmptyFolder(options.path))) {
        return noState([
          `${options.pathLabel} folder ${options.path} holds no production state yet (a first deploy).`
        ])
      }
      return readFolderState(options.path, options.pathLabel, options.maxAgeHours, now())
    },
    async publish(state) {
      const dir = await publishTarget(options)
      await publishFolder(dir, state)
      return dir
    },
    /** Fails as `publish` would on a publish folder it may not replace, before anything else runs. */
    async checkPublish() {
      await publishTarget(options)
    }
  }
}

/** The folder publishing writes, after checking it can be replaced by production state alone. */
async function publishTarget(options: FolderStoreOptions): Promise<string> {
  if (options.publishDir === null) {
    throw new UserError(`Nothing to publish to: this run reads state from ${options.pathLabel} only.`)
  }
  const dir = path.resolve(options.publishDir)
  await recoverInterruptedPublish(dir)
  await assertOwnFolder(dir, options.publishLabel)
  return dir
}

/** True for a folder that does not exist or holds nothing; a file is not a folder, so false. */
async function isEmptyFolder(dir: string): Promise<boolean> {
  const info = await stat(dir).catch(() => null)
  if (info === null) return true
  return info.isDirectory() && (await readdir(dir)).length === 0
}

async function readFolderState(
  statePath: string,
  label: string,
  maxAgeHours: number,
  now: Date
): Promise<ResolvedState> {
  const { manifestPath, manifest } = await loadFromStatePath(statePath, label)
  // Absolute: dbt runs inside the project folder, where a relative path would point elsewhere.
  const dir = path.resolve(path.dirname(manifestPath))
  const record = await readStateRecord(path.join(dir, STATE_FILES.record))
  const producedAt = record?.producedAt ?? manifest.metadata.generatedAt
  const ageSeconds = secondsSince(producedAt, now)
  const stale = staleWarning(ageSeconds, maxAgeHours)
  const provenance: StateProvenance = {
    ...NO_PROVENANCE,
    source: 'path',
    location: manifestPath,
    runId: record?.runId ?? null,
    runUrl: record?.runUrl ?? null,
    commitSha: record?.commitSha ?? null,
    producedAt,
    ageSeconds,
    dbtVersion: manifest.metadata.dbtVersion,
    warnings: stale ? [stale] : []
  }
  const previous = path.join(dir, STATE_FILES.previousManifest)
  return {
    dir,
    manifest,
    record,
    previousManifestPath: (await pathExists(previous)) ? previous : null,
    provenance
  }
}

async function loadFromStatePath(
  statePath: string,
  label: string
): Promise<{ manifestPath: string; manifest: Manifest }> {
  try {
    const manifestPath = await resolveManifestPath(statePath)
    return { manifestPath, manifest: await loadManifest(manifestPath) }
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    throw new UserError(`${label} (${statePath}): ${error.message}`, { cause: error })
  }
}

/** Publishing replaces the whole folder: refuse one that holds anything but state files (a dbt target folder). */
async function assertOwnFolder(dir: string, label: string): Promise<void> {
  const info = await stat(dir).catch(() => null)
  if (info === null) return
  if (!info.isDirectory()) {
    throw new UserError(
      `${label} (${dir}) is a file: production state is published into a folder of its own. Pass its folder (${path.dirname(dir)}), or a new folder.`
    )
  }
  const ours = new Set<string>(Object.values(STATE_FILES))
  const foreign = (await readdir(dir)).filter(name => !ours.has(name))
  if (foreign.length > 0) {
    throw new UserError(
      `${label} (${dir}) holds files that are not production state (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}): publishing replaces the folder, so give it a folder of its own, e.g. \`production-state\`.`
    )
  }
}

/**
 * Writes the state files into `<dir>.dbt-slim-ci-new`, then renames `<dir>` aside and the new folder into place.
 * The files are copied first: the previous manifest may be the old folder's own manifest.json.
 */
async function publishFolder(dir: string, state: PublishedState): Promise<void> {
  const fresh = dir + NEW_SUFFIX
  const old = dir + OLD_SUFFIX
  await rm(fresh, { recursive: true, force: true })
  await mkdir(fresh, { recursive: true })
  const sources: [string | null, string][] = [
    [state.manifestPath, STATE_FILES.manifest],
    [state.runResultsPath, STATE_FILES.runResults],
    [state.sourcesPath ?? null, STATE_FILES.sources],
    [state.previousManifestPath, STATE_FILES.previousManifest]
  ]
  for (const [source, name] of sources) if (source) await copyFile(source, path.join(fresh, name))
  await writeFile(path.join(fresh, STATE_FILES.record), stateRecordJson(state.record))
  if (await pathExists(dir)) await rename(dir, old)
  await rename(fresh, dir)
  await rm(old, { recursive: true, force: true })
}

/**
 * After a crash between the two renames the folder is missing and the new one is complete (it is written before
 * the first rename): it takes its place. A crash while writing it leaves the old folder in place; the rest goes.
 */
async function recoverInterruptedPublish(dir: string): Promise<void> {
  if (!(await pathExists(dir))) {
    if (await pathExists(dir + NEW_SUFFIX)) await rename(dir + NEW_SUFFIX, dir)
    else if (await pathExists(dir + OLD_SUFFIX)) await rename(dir + OLD_SUFFIX, dir)
    else return
  }
  await rm(dir + NEW_SUFFIX, { recursive: true, force: true })
  await rm(dir + OLD_SUFFIX, { recursive: true, force: true })
}
