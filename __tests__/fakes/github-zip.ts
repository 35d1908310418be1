import { crc32, deflateRawSync } from 'node:zlib'

/** One entry of a hand-built zip; names are written as given, so tests can build hostile archives. */
export interface ZipFixtureEntry {
  name: string
  data: Buffer | string
  method?: 'store' | 'deflate'
  /** Write this uncompressed size in the directory instead of the real one (a lying zip bomb). */
  declaredSize?: number
}

const MAX_32 = 0xffffffff

/**
 * Builds a zip archive byte by byte (local headers, data, central directory, end record). With `zip64`, sizes,
 * offsets and counts are written the ZIP64 way (0xFFFFFFFF markers, extended information extra fields, the
 * ZIP64 end record and its locator), as zip writers do for archives over 4 GiB.
 */
export function buildZip(entries: ZipFixtureEntry[], options: { zip64?: boolean } = {}): Buffer {
  const zip64 = options.zip64 === true
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
    const localExtra = zip64 ? zip64Extra([size, stored.length]) : Buffer.alloc(0)
    const centralExtra = zip64 ? zip64Extra([size, stored.length, offset]) : Buffer.alloc(0)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(zip64 ? 45 : 20, 4)
    local.writeUInt16LE(0x800, 6)
    local.writeUInt16LE(deflate ? 8 : 0, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(zip64 ? MAX_32 : stored.length, 18)
    local.writeUInt32LE(zip64 ? MAX_32 : size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(localExtra.length, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(zip64 ? 45 : 20, 4)
    central.writeUInt16LE(zip64 ? 45 : 20, 6)
    central.writeUInt16LE(0x800, 8)
    central.writeUInt16LE(deflate ? 8 : 0, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(zip64 ? MAX_32 : stored.length, 20)
    central.writeUInt32LE(zip64 ? MAX_32 : size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt16LE(centralExtra.length, 30)
    central.writeUInt32LE(zip64 ? MAX_32 : offset, 42)
    locals.push(local, name, localExtra, stored)
    directory.push(central, name, centralExtra)
    offset += local.length + name.length + localExtra.length + stored.length
  }
  const directoryBytes = Buffer.concat(directory)
  const tail: Buffer[] = []
  if (zip64) {
    const record = Buffer.alloc(56)
    record.writeUInt32LE(0x06064b50, 0)
    record.writeBigUInt64LE(44n, 4)
    record.writeUInt16LE(45, 12)
    record.writeUInt16LE(45, 14)
    record.writeBigUInt64LE(BigInt(entries.length), 24)
    record.writeBigUInt64LE(BigInt(entries.length), 32)
    record.writeBigUInt64LE(BigInt(directoryBytes.length), 40)
    record.writeBigUInt64LE(BigInt(offset), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(offset + directoryBytes.length), 8)
    locator.writeUInt32LE(1, 16)
    tail.push(record, locator)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8)
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10)
  end.writeUInt32LE(zip64 ? MAX_32 : directoryBytes.length, 12)
  end.writeUInt32LE(zip64 ? MAX_32 : offset, 16)
  return Buffer.concat([...locals, directoryBytes, ...tail, end])
}

/** The ZIP64 extended information extra field (id 1) holding the given 64-bit values in order. */
function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length)
  extra.writeUInt16LE(0x0001, 0)
  extra.writeUInt16LE(8 * values.length, 2)
  values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i))
  return extra
}
