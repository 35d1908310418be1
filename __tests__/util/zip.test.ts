import { beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractZip, ZipError } from '../../src/util/zip.js'
import { buildZip } from '../fakes/github-zip.js'

const STATE_FILES = new Set(['manifest.json', 'run_results.json', 'state.json'])
const LIMIT = 1024 * 1024
let scratch: string
let target: string

/** The archive is read from disk, as downloads arrive. */
function extract(zip: Buffer, maxEntryBytes = LIMIT) {
  const file = join(scratch, 'artifact.zip')
  writeFileSync(file, zip)
  return extractZip(file, target, { wanted: STATE_FILES, maxEntryBytes })
}

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'zip-test-'))
  target = join(scratch, 'state')
})

describe('reading artifact archives', () => {
  test('extracts stored and deflated files byte for byte', async () => {
    const manifest = JSON.stringify({ metadata: { dbt_version: '1.10.0' }, nodes: {} }).repeat(50)
    const zip = buildZip([
      { name: 'manifest.json', data: manifest, method: 'deflate' },
      { name: 'state.json', data: '{"runId": 1}', method: 'store' }
    ])

    const written = await extract(zip)

    expect(written).toEqual(['manifest.json', 'state.json'])
    expect(readFileSync(join(target, 'manifest.json'), 'utf8')).toBe(manifest)
    expect(readFileSync(join(target, 'state.json'), 'utf8')).toBe('{"runId": 1}')
  })

  test('reads ZIP64 archives (sizes, offsets and counts in the ZIP64 records)', async () => {
    const zip = buildZip(
      [
        { name: 'manifest.json', data: '{"nodes": {}}' },
        { name: 'state.json', data: '{"runId": 7}', method: 'store' }
      ],
      { zip64: true }
    )

    expect(await extract(zip)).toEqual(['manifest.json', 'state.json'])
    expect(readFileSync(join(target, 'state.json'), 'utf8')).toBe('{"runId": 7}')
  })

  test('skips entries that are not state files, including ones in subfolders', async () => {
    const zip = buildZip([
      { name: 'manifest.json', data: '{}' },
      { name: 'target/manifest.json', data: '{"other": true}' },
      { name: 'run.sh', data: 'rm -rf /' }
    ])

    await extract(zip)

    expect(readdirSync(target)).toEqual(['manifest.json'])
    expect(readFileSync(join(target, 'manifest.json'), 'utf8')).toBe('{}')
  })

  test.each([
    ['../manifest.json'],
    ['nested/../../manifest.json'],
    ['/etc/manifest.json'],
    ['..\\manifest.json'],
    ['C:/manifest.json']
  ])('refuses the whole archive when an entry named %s would escape the folder', async name => {
    const zip = buildZip([
      { name: 'state.json', data: '{}' },
      { name, data: '{}' }
    ])

    await expect(extract(zip)).rejects.toThrow(ZipError)
    await expect(extract(zip)).rejects.toThrow(/points outside the extraction folder/)
    expect(existsSync(target)).toBe(false)
  })

  test('refuses a file larger than the limit by its directory size', async () => {
    const zip = buildZip([{ name: 'manifest.json', data: 'x'.repeat(2000) }])

    await expect(extract(zip, 1000)).rejects.toThrow(/over the limit of 1000/)
  })

  test('refuses a file that inflates beyond the limit while claiming to be small', async () => {
    const zip = buildZip([{ name: 'manifest.json', data: Buffer.alloc(50_000), declaredSize: 10 }])

    await expect(extract(zip, 1000)).rejects.toThrow(/cannot be decompressed/)
  })

  test('detects damaged data by its CRC-32', async () => {
    const zip = buildZip([{ name: 'manifest.json', data: '{"a": 1}', method: 'store' }])
    zip[30 + 'manifest.json'.length] = '['.charCodeAt(0)

    await expect(extract(zip)).rejects.toThrow(/CRC-32/)
  })

  test('refuses bytes that are not a zip archive', async () => {
    await expect(extract(Buffer.from('<html>Service unavailable</html>'))).rejects.toThrow(
      /not a zip archive/
    )
  })

  test('refuses an archive cut short', async () => {
    const zip = buildZip([{ name: 'manifest.json', data: 'x'.repeat(5000), method: 'store' }])
    const truncated = Buffer.concat([zip.subarray(0, 2000), zip.subarray(zip.length - 80)])

    await expect(extract(truncated)).rejects.toThrow(ZipError)
  })

  test('refuses an archive holding the same file twice', async () => {
    const zip = buildZip([
      { name: 'manifest.json', data: '{}' },
      { name: 'manifest.json', data: '{"evil": true}' }
    ])

    await expect(extract(zip)).rejects.toThrow(/twice/)
  })
})
