import { mkdir, writeFile } from 'node:fs/promises'
import { isAbsolute, join, posix } from 'node:path'
import { crc32, inflateRawSync } from 'node:zlib'

/**
 * A small, strict reader for the zip archives GitHub serves for artifacts. It reads the central directory
 * (the authoritative list of entries), refuses entries that would land outside the target folder, extracts only
 * the files asked for, enforces a size limit on each and checks every CRC-32.
 */

export class ZipError extends Error {
  override name = 'ZipError'
}

export interface ZipEntry {
  name: string
  method: number
  flags: number
  crc32: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

export interface ExtractOptions {
  /** Names of root-level files to extract; every other entry is skipped. */
  wanted: ReadonlySet<string>
  /** Largest uncompressed size accepted for one file. */
  maxEntryBytes: number
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_DIRECTORY_HEADER = 0x02014b50
const LOCAL_FILE_HEADER = 0x04034b50
const STORED = 0
const DEFLATED = 8
const ENCRYPTED_FLAG = 0x1

export function listZipEntries(zip: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(zip)
  const count = zip.readUInt16LE(end + 10)
  const directorySize = zip.readUInt32LE(end + 12)
  const directoryOffset = zip.readUInt32LE(end + 16)
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new ZipError('ZIP64 archives are not supported')
  if (directoryOffset + directorySize > end)
    throw new ZipError('the central directory lies outside the archive')
  const entries: ZipEntry[] = []
  let at = directoryOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_HEADER) {
      throw new ZipError(`central directory entry ${i + 1} of ${count} is damaged`)
    }
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    entries.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      crc32: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength)
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Extracts the wanted root-level files into `directory`; returns the names written. */
export async function extractZip(zip: Buffer, directory: string, options: ExtractOptions): Promise<string[]> {
  const entries = listZipEntries(zip)
  for (const entry of entries) assertInside(entry.name)
  await mkdir(directory, { recursive: true })
  const written: string[] = []
  for (const entry of entries) {
    if (!options.wanted.has(entry.name)) continue
    if (written.includes(entry.name)) throw new ZipError(`the archive holds ${entry.name} twice`)
    await writeFile(join(directory, entry.name), readEntry(zip, entry, options.maxEntryBytes))
    written.push(entry.name)
  }
  return written
}

function readEntry(zip: Buffer, entry: ZipEntry, maxEntryBytes: number): Buffer {
  if (entry.flags & ENCRYPTED_FLAG) throw new ZipError(`${entry.name} is encrypted`)
  if (entry.uncompressedSize > maxEntryBytes) {
    throw new ZipError(`${entry.name} is ${entry.uncompressedSize} bytes, over the limit of ${maxEntryBytes}`)
  }
  const header = entry.localHeaderOffset
  if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL_FILE_HEADER) {
    throw new ZipError(`the local header of ${entry.name} is damaged`)
  }
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28)
  if (start + entry.compressedSize > zip.length) throw new ZipError(`${entry.name} is truncated`)
  const stored = zip.subarray(start, start + entry.compressedSize)
  const content = decompress(stored, entry, maxEntryBytes)
  if (content.length !== entry.uncompressedSize) {
    throw new ZipError(
      `${entry.name} has ${content.length} bytes, the directory says ${entry.uncompressedSize}`
    )
  }
  if (crc32(content) !== entry.crc32)
    throw new ZipError(`${entry.name} fails its CRC-32 check (the data is damaged)`)
  return content
}

function decompress(stored: Buffer, entry: ZipEntry, maxEntryBytes: number): Buffer {
  if (entry.method === STORED) return stored
  if (entry.method !== DEFLATED)
    throw new ZipError(`${entry.name} uses unsupported compression method ${entry.method}`)
  try {
    // The limit guards against entries whose directory record understates their real size.
    return inflateRawSync(stored, { maxOutputLength: Math.max(1, maxEntryBytes) })
  } catch (error) {
    throw new ZipError(`${entry.name} cannot be decompressed: ${(error as Error).message}`)
  }
}

function assertInside(name: string): void {
  const normalized = name.replace(/\\/g, '/')
  const escapes =
    isAbsolute(name) ||
    normalized.startsWith('/') ||
    /^[A-Za-z]:/.test(normalized) ||
    normalized.split('/').includes('..') ||
    posix.normalize(normalized).startsWith('..')
  if (escapes)
    throw new ZipError(`entry "${name}" points outside the extraction folder; refusing the archive`)
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff)
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at
  }
  throw new ZipError('not a zip archive (no end of central directory record)')
}
