/** Real manifests of public projects, schema v1 to v12 (see ../shared/fixtures/manifests/README.md). */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ArtifactError } from '../../src/errors.js'
import { loadManifest } from '../../src/manifest/load.js'
import type { Manifest, ManifestSection } from '../../src/manifest/types.js'
import { writeTemp } from './manifest-files.js'

const fixtures = path.resolve(process.cwd(), '../shared/fixtures/manifests')
const present = existsSync(path.join(fixtures, 'index.json'))

interface FixtureFile {
  file: string
  dbt_schema_version: string
  dbt_version: string
  adapter_type: string
  counts: Partial<Record<ManifestSection, number>>
}

const files: FixtureFile[] = present
  ? (JSON.parse(readFileSync(path.join(fixtures, 'index.json'), 'utf8')) as { files: FixtureFile[] }).files
  : []
const schemaOf = (f: FixtureFile): number => Number(/v(\d+)\.json$/.exec(f.dbt_schema_version)?.[1])
const readable = files.filter(f => schemaOf(f) >= 4).map(f => [f.file, f] as const)
const tooOld = files.filter(f => schemaOf(f) < 4).map(f => [f.file, f] as const)
const fixture = (name: string): string => path.join(fixtures, name)

/** The raw maps, read with JSON.parse as an independent oracle (the fixtures are at most a few MB). */
function rawMaps(file: string): Record<string, Record<string, unknown>> {
  return JSON.parse(readFileSync(fixture(file), 'utf8')) as Record<string, Record<string, unknown>>
}

function idsIn(manifest: Manifest, section: ManifestSection): string[] {
  return [...manifest.nodes.values(), ...manifest.disabled.values()]
    .filter(n => n.section === section)
    .map(n => n.uniqueId)
}

test('the fixture manifests are present when running in CI', () => {
  if (process.env.CI) expect(present).toBe(true)
})

const describeFixtures = present ? describe : describe.skip

describeFixtures('real manifests of schema v4 to v12 load', () => {
  test.each(readable)('%s', async (file, entry) => {
    const manifest = await loadManifest(fixture(file))
    expect(manifest.metadata).toMatchObject({
      schemaVersion: schemaOf(entry),
      dbtVersion: entry.dbt_version,
      adapterType: entry.adapter_type
    })
    expect(manifest.metadata.projectName).toBeTruthy()

    const raw = rawMaps(file)
    for (const [section, count] of Object.entries(entry.counts) as [ManifestSection | 'macros', number][]) {
      if (section === 'macros') expect(manifest.macros.size).toBe(count)
      else expect(idsIn(manifest, section).filter(id => id in raw[section])).toHaveLength(count)
    }
    for (const id of Object.keys(raw.disabled ?? {})) expect(manifest.disabled.has(id)).toBe(true)
  })
})

describeFixtures('real manifests of schema v1 to v3 are rejected like dbt rejects them', () => {
  test.each(tooOld)('%s', async file => {
    const error = await loadManifest(fixture(file)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArtifactError)
    expect((error as ArtifactError).message).toContain(fixture(file))
    expect((error as ArtifactError).message).toContain(
      'dbt reads v4 and newer: regenerate it with dbt >= 1.0'
    )
  })
})

describeFixtures('what loading keeps from real manifests', () => {
  test('graph edges equal dbt parent_map restricted to enabled graph members', async () => {
    for (const [file] of readable) {
      const manifest = await loadManifest(fixture(file))
      const parentMap = rawMaps(file).parent_map as Record<string, string[]>
      for (const id of manifest.nodes.keys()) {
        const expected = [...new Set(parentMap[id] ?? [])].filter(p => manifest.nodes.has(p)).sort()
        expect({ id, parents: manifest.parents.get(id) }).toEqual({ id, parents: expected })
      }
    }
  })

  test('tests of disabled models stay out of the graph (config.enabled false inside "nodes")', async () => {
    const manifest = await loadManifest(fixture('analytics/13ab77603fa8d59022870307dc3d4f0ae06ed4ad.json'))
    const id = 'test.cdo_analytics.not_null_dim_school_districs_school_district_id.9a516ad834'
    expect(manifest.nodes.has(id)).toBe(false)
    expect(manifest.disabled.get(id)?.enabled).toBe(false)
  })

  test('a disabled model of the disabled map keeps its first copy', async () => {
    const manifest = await loadManifest(fixture('dbt-core-state/state_v12_at_v1.9.9.json'))
    expect(manifest.disabled.get('model.test.disabled_model')).toMatchObject({
      resourceType: 'model',
      section: 'nodes',
      enabled: false
    })
  })

  test('v4 (dbt 1.0): raw_sql becomes rawCode in SQL, and missing fields take dbt defaults', async () => {
    const manifest = await loadManifest(fixture('dbt-core-state/state_v4_at_v1.9.9.json'))
    expect(manifest.nodes.get('model.test.my_model')).toMatchObject({
      rawCode: 'select 1 as id',
      language: 'sql',
      access: 'protected',
      contract: { enforced: false, checksum: null },
      constraints: [],
      version: null,
      latestVersion: null,
      deprecationDate: null,
      unrenderedConfig: {}
    })
  })

  test('v4 to v9 legacy metrics are kept: the dbt ≤1.5 that wrote them has them in its graph', async () => {
    const manifest = await loadManifest(fixture('dbt-core-state/state_v9_at_v1.9.9.json'))
    expect([...manifest.nodes.values()].filter(n => n.resourceType === 'metric')).not.toEqual([])
    expect(manifest.nodes.get('exposure.test.simple_exposure')?.extra.owner).toMatchObject({ name: null })
  })

  test('sources carry their compared fields with defaults filled', async () => {
    const manifest = await loadManifest(fixture('dbt-core-state/state_v7_at_v1.9.9.json'))
    expect(manifest.nodes.get('source.test.my_source.my_table')?.extra).toMatchObject({
      source_name: 'my_source',
      unrendered_database: null,
      unrendered_schema: null,
      quoting: { database: null, schema: null, identifier: null, column: null },
      external: null
    })
  })

  test('unit tests keep their checksum string', async () => {
    const manifest = await loadManifest(fixture('aspects-dbt/757cfd27495b258c6b0af0694c9b9afc06ff2caf.json'))
    const unitTest = manifest.nodes.get(
      'unit_test.aspects.dim_learner_last_course_visit.test_dim_learner_last_course_visit'
    )
    expect(unitTest?.extra.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(unitTest?.enabled).toBe(true)
  })

  test('without metadata.project_name (before dbt 1.6) the project is the package of the first model', async () => {
    const manifest = await loadManifest(
      fixture('algorand-models/4f3ec1a50cf1ef8bbbbfcf57b9cfe9bc8e139399.json')
    )
    expect(manifest.metadata.projectName).toBe('algorand_models')
  })

  test('a truncated copy of a real manifest is rejected naming the copy', async () => {
    const original = readFileSync(fixture('sagerx/1c0adacdd91411389aaf6a40ae25dc2a4fe46753.json'))
    const copy = writeTemp('manifest.json', original.subarray(0, Math.floor(original.length / 2)))
    await expect(loadManifest(copy)).rejects.toThrow(`${copy}: is truncated`)
  })
})
