import { crc32, deflateRawSync } from 'node:zlib'

/** One entry of a hand-built zip; names are written as given, so tests can build hostile archives. */
export interface ZipFixtureEntry {
  name: string
  data: Buffer | string
  method?: 'store' | 'deflate'
  /** Write this uncompressed size in the directory instead of the real one (a lying zip bomb). */
  declaredSize?: number
}

/** Builds a zip archive byte by byte (local headers, data, central directory, end record). */
export function buildZip(entries: ZipFixtureEntry[]): Buffer {
  const locals: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data)
    const deflate = (entry.method ?? 'deflate') === 'deflate'
    const stored = deflate ? deflateRawSync(data) : data
    const name = Buffer.from(entry.name)
    const crc = crc32(data)
    const size = entry.declaredSize ?? data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x800, 6)
    local.writeUInt16LE(deflate ? 8 : 0, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(stored.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x800, 8)
    central.writeUInt16LE(deflate ? 8 : 0, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(stored.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, stored)
    directory.push(central, name)
    offset += local.length + name.length + stored.length
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directoryBytes, end])
}
