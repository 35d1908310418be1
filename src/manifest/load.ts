/** Reading manifest.json from disk: the imperative shell around the scanner and the assembler. */
import { constants } from 'node:fs'
import { access, open, stat } from 'node:fs/promises'
import path from 'node:path'
import { ArtifactError } from '../errors.js'
import { ENTRY_MAPS, ManifestAssembler } from './assemble.js'
import { JsonStructureError, TopLevelJsonScanner } from './json-scanner.js'
import { unreadFields, type NormalizeOptions } from './normalize.js'
import type { Manifest } from './types.js'

export interface LoadOptions extends NormalizeOptions {
  /** Bytes per read. Manifests are never decoded whole, so any size works; tests use tiny ones. */
  chunkSize?: number
}

const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024
const REGENERATE = 'Regenerate it with `dbt parse` (or download the artifact again).'

/** A directory means `<dir>/manifest.json` (dbt's target folder or a downloaded state folder). */
export async function resolveManifestPath(dirOrFile: string): Promise<string> {
  let isDirectory: boolean
  try {
    isDirectory = (await stat(dirOrFile)).isDirectory()
  } catch (error) {
    throw new ArtifactError(
      dirOrFile,
      `${describeFileError(error)}. Pass the dbt target folder that holds manifest.json, or the manifest file itself.`
    )
  }
  if (!isDirectory) return dirOrFile
  const file = path.join(dirOrFile, 'manifest.json')
  try {
    await access(file, constants.R_OK)
  } catch (error) {
    throw new ArtifactError(
      file,
      `${describeFileError(error)}. Run \`dbt parse\` (or compile/build) so dbt writes it, or pass the folder that holds it.`
    )
  }
  return file
}

/**
 * Loads a manifest of schema v4..v12 by streaming it: only entries of the graph maps, macros and metadata are
 * parsed, one at a time, and reduced to the fields comparisons need, so files beyond V8's string limit load.
 */
export async function loadManifest(file: string, options: LoadOptions = {}): Promise<Manifest> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE
  const assembler = new ManifestAssembler(file, { keepCompiledCode: options.keepCompiledCode })
  const scanner = new TopLevelJsonScanner({
    maps: ENTRY_MAPS,
    values: new Set(['metadata']),
    skippedFields: unreadFields(options),
    onEntry: (map, key, json) => assembler.addEntry(map, key, json),
    onValue: (_key, json) => assembler.addMetadata(json)
  })
  let handle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    throw new ArtifactError(
      file,
      `${describeFileError(error)}. Check the path, or run \`dbt parse\` to write it.`
    )
  }
  try {
    let window: Buffer = Buffer.allocUnsafe(chunkSize * 2)
    let length = 0
    for (;;) {
      if (window.length - length < chunkSize) {
        const keep = scanner.retainFrom()
        window.copy(window, 0, keep, length)
        length -= keep
        scanner.rebase(keep)
        if (window.length - length < chunkSize) window = grow(window, length, chunkSize)
      }
      const { bytesRead } = await readChunk(file, handle, window, length, chunkSize)
      length += bytesRead
      const eof = bytesRead === 0
      scanner.scan(window.subarray(0, length), eof)
      if (eof) break
    }
  } catch (error) {
    if (!(error instanceof JsonStructureError)) throw error
    throw new ArtifactError(
      file,
      error.truncated
        ? `is truncated: ${error.message} at byte ${error.offset}. ${REGENERATE}`
        : `is not valid JSON: ${error.message} at byte ${error.offset}. ${REGENERATE}`
    )
  } finally {
    await handle.close()
  }
  return assembler.build()
}

/** A larger window keeping the first `length` bytes: needed when one entry is larger than a chunk. */
function grow(window: Buffer, length: number, chunkSize: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.max(window.length * 2, length + chunkSize))
  window.copy(bigger, 0, 0, length)
  return bigger
}

async function readChunk(
  file: string,
  handle: Awaited<ReturnType<typeof open>>,
  window: Buffer,
  offset: number,
  size: number
): Promise<{ bytesRead: number }> {
  try {
    return await handle.read(window, offset, size, null)
  } catch (error) {
    throw new ArtifactError(file, `${describeFileError(error)}. Pass the path of a readable manifest.json.`)
  }
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'does not exist'
  if (code === 'EACCES' || code === 'EPERM') return 'is not readable (permission denied)'
  if (code === 'EISDIR') return 'is a directory, not a file'
  return `cannot be read (${(error as Error).message})`
}
