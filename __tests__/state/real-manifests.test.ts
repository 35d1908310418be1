import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadManifest } from '../../src/manifest/load.js'
import type { Manifest } from '../../src/manifest/types.js'
import { compareManifests } from '../../src/state/compare.js'
import type { StateComparison } from '../../src/state/types.js'
import { selectNodes } from '../../src/selector/select.js'

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/manifests/', import.meta.url))
const present = existsSync(`${FIXTURES}index.json`)

if (!present && process.env.CI === 'true') {
  test('the real-manifest fixtures are present in CI', () => {
    throw new Error(`${FIXTURES} is missing: CI must provide the shared manifest fixtures.`)
  })
}

interface FixtureIndex {
  files: { file: string; dbt_schema_version: string }[]
  pairs: { base: string; changed: string; note: string }[]
}

const index: FixtureIndex = present
  ? JSON.parse(readFileSync(`${FIXTURES}index.json`, 'utf8'))
  : { files: [], pairs: [] }
const readable = index.files.filter(entry => Number(/v(\d+)\.json$/.exec(entry.dbt_schema_version)?.[1]) >= 4)
const cache = new Map<string, Promise<Manifest>>()
const load = (file: string): Promise<Manifest> => {
  if (!cache.has(file)) cache.set(file, loadManifest(`${FIXTURES}${file}`))
  return cache.get(file) as Promise<Manifest>
}

/** Status and reason-code counts: a compact, order-free fingerprint of a comparison. */
function summary(comparison: StateComparison): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const node of comparison.nodes.values()) {
    counts[node.status] = (counts[node.status] ?? 0) + 1
    for (const reason of node.reasons) counts[reason.code] = (counts[reason.code] ?? 0) + 1
  }
  return counts
}

const describeFixtures = present ? describe : describe.skip

describeFixtures('real manifests compared with themselves', () => {
  test.each(readable.map(entry => entry.file))('%s selects nothing', async file => {
    const manifest = await load(file)
    const comparison = compareManifests(manifest, manifest)
    // dbt 1.6 and 1.7 do not look semantic models and saved queries up in the state, so they are new there
    const unseen = [...comparison.nodes.values()].filter(node =>
      node.reasons.some(
        reason => reason.code === 'new' && reason.message.includes('looks previous versions up')
      )
    )
    expect(unseen.every(node => ['semantic_model', 'saved_query'].includes(node.resourceType))).toBe(true)
    expect(
      [...comparison.nodes.values()].filter(node => node.status !== 'unmodified' && !unseen.includes(node))
    ).toEqual([])
    expect(
      selectNodes({
        current: manifest,
        state: manifest,
        comparison,
        select: ['state:modified+'],
        exclude: []
      }).selected
    ).toEqual([])
  })
})

describeFixtures('before/after pairs of real projects', () => {
  const expected: Record<string, { selected: number; summary: Record<string, number> }> = {
    'aspects-dbt/757cfd27495b258c6b0af0694c9b9afc06ff2caf.json': {
      selected: 82,
      summary: {
        new: 92,
        modified: 24,
        unmodified: 27,
        removed: 110,
        body_changed: 12,
        config_changed: 11,
        relation_changed: 1,
        field_changed: 7
      }
    },
    'dbt_hubspot/069d9ac2b2eed58f3cdfe16fe3d4ea574d322326.json': {
      selected: 331,
      summary: {
        new: 26,
        modified: 197,
        unmodified: 156,
        removed: 4,
        seed_checksum_changed: 14,
        config_changed: 4,
        relation_changed: 181,
        macro_changed: 10,
        body_changed: 2
      }
    },
    'thorchain-models/ea50af7395c4f699e4b060f8b5062fb565b0f8db.json': {
      selected: 786,
      summary: {
        new: 20,
        modified: 776,
        unmodified: 128,
        removed: 8,
        config_changed: 736,
        macro_changed: 3,
        body_changed: 41,
        generic_test_body_changed: 1
      }
    }
  }

  test.each(index.pairs.map(pair => [pair.changed, pair.base, pair.note]))(
    '%s against its base gives the recorded reasons (%s; %s)',
    async (changed, base) => {
      const [current, state] = await Promise.all([load(changed), load(base)])
      const comparison = compareManifests(current, state)
      const selection = selectNodes({ current, state, comparison, select: ['state:modified'], exclude: [] })
      expect({ selected: selection.selected.length, summary: summary(comparison) }).toEqual(expected[changed])
    }
  )

  test('thorchain tests that changed config changed only store_failures or where', async () => {
    const [current, state] = await Promise.all([
      load('thorchain-models/ea50af7395c4f699e4b060f8b5062fb565b0f8db.json'),
      load('thorchain-models/653934ed6e960a04097fac1b7f9b3709aa9e3418.json')
    ])
    const changedKeys = new Set<string>()
    for (const node of compareManifests(current, state).nodes.values()) {
      for (const reason of node.reasons)
        if (node.resourceType === 'test' && reason.code === 'config_changed')
          reason.changes.forEach(c => changedKeys.add(c.key))
    }
    expect([...changedKeys].sort()).toEqual(['store_failures', 'where'])
  })
})

describeFixtures("dbt-core's previous-version state fixtures (T58)", () => {
  const modifiedModels = async (version: number): Promise<string[]> => {
    const [current, state] = await Promise.all([
      load('dbt-core-state/state_v12_at_v1.9.9.json'),
      load(`dbt-core-state/state_v${version}_at_v1.9.9.json`)
    ])
    const comparison = compareManifests(current, state)
    return selectNodes({
      current,
      state,
      comparison,
      select: ['state:modified,resource_type:model'],
      exclude: [],
      indirectSelection: 'empty'
    }).selected
  }

  test.each([4, 5, 6, 7, 8, 9])(
    'state v%i: only the new metricflow_time_spine model is modified',
    async version => {
      expect(await modifiedModels(version)).toEqual(['model.test.metricflow_time_spine'])
    }
  )

  test.each([10, 11, 12])('state v%i: no model is modified', async version => {
    expect(await modifiedModels(version)).toEqual([])
  })
})
