import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { crc32 } from 'node:zlib'
import yauzl from 'yauzl'

/**
 * Our policy for the zip archives GitHub serves for artifacts, on top of yauzl (which reads the central
 * directory, ZIP64 included, streams each entry from disk and refuses names that are absolute or climb with
 * `..`): any such name refuses the whole archive before anything is written, only the wanted root-level files
 * are extracted, each under a size limit, and each is checked against its CRC-32, which yauzl leaves to us.
 */

export class ZipError extends Error {
  override name = 'ZipError'
}

export interface ExtractOptions {
  /** Names of root-level files to extract; every other entry is skipped. */
  wanted: ReadonlySet<string>
  /** Largest uncompressed size accepted for one file. */
  maxEntryBytes: number
}

/** Extracts the wanted root-level files of the archive at `zipFile` into `directory`; returns the names written. */
export async function extractZip(
  zipFile: string,
  directory: string,
  options: ExtractOptions
): Promise<string[]> {
  const zip = await yauzl
    .openPromise(zipFile, { autoClose: false, strictFileNames: false, validateEntrySizes: true })
    .catch((error: Error) => {
      throw new ZipError(`not a zip archive, or a damaged one (${error.message})`)
    })
  try {
    const wanted = await wantedEntries(zip, options)
    await mkdir(directory, { recursive: true })
    for (const entry of wanted) await extractEntry(zip, entry, join(directory, entry.fileName))
    return wanted.map(entry => entry.fileName)
  } finally {
    zip.close()
  }
}

/** Reads the whole central directory first, so a hostile entry anywhere refuses the archive untouched. */
async function wantedEntries(zip: yauzl.ZipFile, options: ExtractOptions): Promise<yauzl.Entry[]> {
  const wanted: yauzl.Entry[] = []
  try {
    for await (const entry of zip.eachEntry()) {
      if (!options.wanted.has(entry.fileName)) continue
      if (wanted.some(seen => seen.fileName === entry.fileName))
        throw new ZipError(`the archive holds ${entry.fileName} twice`)
      if (entry.isEncrypted()) throw new ZipError(`${entry.fileName} is encrypted`)
      if (entry.uncompressedSize > options.maxEntryBytes) {
        throw new ZipError(
          `${entry.fileName} is ${entry.uncompressedSize} bytes, over the limit of ${options.maxEntryBytes}`
        )
      }
      wanted.push(entry)
    }
  } catch (error) {
    if (error instanceof ZipError) throw error
    const message = (error as Error).message
    throw new ZipError(
      /absolute path|invalid relative path|invalid characters/.test(message)
        ? `an entry points outside the extraction folder (${message}); refusing the archive`
        : `its central directory is damaged (${message})`
    )
  }
  return wanted
}

/** Streams one entry to `target`, computing its CRC-32 on the way; a damaged entry leaves no file behind. */
async function extractEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, target: string): Promise<void> {
  let crc = 0
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      crc = crc32(chunk, crc)
      done(null, chunk)
    }
  })
  try {
    // validateEntrySizes stops an entry that inflates past the size its directory record claims.
    await pipeline(await zip.openReadStreamPromise(entry), check, createWriteStream(target))
  } catch (error) {
    await rm(target, { force: true })
    throw new ZipError(`${entry.fileName} cannot be decompressed: ${(error as Error).message}`)
  }
  if (crc !== entry.crc32) {
    await rm(target, { force: true })
    throw new ZipError(`${entry.fileName} fails its CRC-32 check (the data is damaged)`)
  }
}
