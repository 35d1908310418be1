import { describe, expect, test } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ArtifactError } from '../../src/errors.js'
import { loadManifest, resolveManifestPath } from '../../src/manifest/load.js'
import { manifestWith, model, tempDir, writeTemp } from './manifest-files.js'

const valid = JSON.stringify(manifestWith([model('orders')]))

async function loadError(file: string): Promise<ArtifactError> {
  const error = await loadManifest(file).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ArtifactError)
  return error as ArtifactError
}

describe('loadManifest rejects files that are not readable manifests, naming the file', () => {
  test('a missing file', async () => {
    const file = path.join(tempDir(), 'manifest.json')
    const error = await loadError(file)
    expect(error.file).toBe(file)
    expect(error.message).toContain(`${file}: does not exist`)
  })

  test('an empty file', async () => {
    const file = writeTemp('manifest.json', '')
    expect((await loadError(file)).message).toMatch(/is truncated: .*the file is empty/)
  })

  test('a truncated manifest, with the byte where it ends and how to fix it', async () => {
    const file = writeTemp('manifest.json', valid.slice(0, Math.floor(valid.length * 0.6)))
    const error = await loadError(file)
    expect(error.message).toContain(`${file}: is truncated`)
    expect(error.message).toContain('Regenerate it')
  })

  test('a manifest cut off right after its closing brace is missing', async () => {
    const file = writeTemp('manifest.json', valid.slice(0, -1))
    expect((await loadError(file)).message).toContain('is truncated')
  })

  test('text that is not JSON', async () => {
    const file = writeTemp('manifest.json', 'Not Found')
    expect((await loadError(file)).message).toMatch(
      /is not valid JSON: the document is not a JSON object at byte 0/
    )
  })

  test('a JSON array', async () => {
    const file = writeTemp('manifest.json', '[1, 2]')
    expect((await loadError(file)).message).toContain('is not valid JSON: the document is not a JSON object')
  })

  test('a JSON object without metadata', async () => {
    const file = writeTemp('manifest.json', JSON.stringify({ nodes: {}, hello: 'world' }))
    expect((await loadError(file)).message).toContain('is not a dbt manifest: it has no "metadata" object')
  })

  test('another dbt artifact, such as run_results.json', async () => {
    const runResults = {
      metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/run-results/v6.json' },
      results: []
    }
    const file = writeTemp('run_results.json', JSON.stringify(runResults))
    expect((await loadError(file)).message).toContain('is a dbt run-results artifact')
  })

  test('schema v3 (dbt 0.21), which dbt itself no longer reads', async () => {
    const old = manifestWith([model('orders')])
    old.metadata = {
      dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v3.json',
      dbt_version: '0.21.1'
    }
    const file = writeTemp('manifest.json', JSON.stringify(old))
    expect((await loadError(file)).message).toContain(
      'written by dbt 0.19–0.21; dbt reads v4 and newer: regenerate it with dbt >= 1.0'
    )
  })

  test('a schema newer than v12', async () => {
    const future = manifestWith([model('orders')])
    future.metadata = { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v13.json' }
    const file = writeTemp('manifest.json', JSON.stringify(future))
    expect((await loadError(file)).message).toContain(
      'has manifest schema v13, newer than the v12 this tool reads'
    )
  })

  test('an entry that is not valid JSON names the entry', async () => {
    const broken = valid.replace('"select 1 as id"', '"select 1 as id" oops')
    const file = writeTemp('manifest.json', broken)
    expect((await loadError(file)).message).toContain('nodes["model.shop.orders"] is not valid JSON')
  })

  test('an unknown resource type names the entry and the type', async () => {
    const file = writeTemp(
      'manifest.json',
      JSON.stringify(manifestWith([model('orders', { resource_type: 'gizmo' })]))
    )
    expect((await loadError(file)).message).toContain('nodes["model.shop.orders"] has resource_type "gizmo"')
  })

  test('a directory passed as the manifest file', async () => {
    const dir = tempDir()
    expect((await loadError(dir)).message).toContain(`${dir}: is a directory`)
  })
})

describe('resolveManifestPath', () => {
  test('a directory means the manifest.json inside it', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'manifest.json'), valid)
    await expect(resolveManifestPath(dir)).resolves.toBe(path.join(dir, 'manifest.json'))
  })

  test('a file path is used as given', async () => {
    const file = writeTemp('prod-manifest.json', valid)
    await expect(resolveManifestPath(file)).resolves.toBe(file)
  })

  test('a directory without manifest.json is rejected naming the expected file', async () => {
    const dir = path.join(tempDir(), 'target')
    mkdirSync(dir)
    const error = await resolveManifestPath(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArtifactError)
    expect((error as ArtifactError).message).toContain(`${path.join(dir, 'manifest.json')}: does not exist`)
    expect((error as ArtifactError).message).toContain('dbt parse')
  })

  test('a path that does not exist is rejected naming it', async () => {
    const missing = path.join(tempDir(), 'state')
    await expect(resolveManifestPath(missing)).rejects.toThrow(`${missing}: does not exist`)
  })
})
