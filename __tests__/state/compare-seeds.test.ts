import { describe, expect, test } from '@jest/globals'
import { compareManifests } from '../../src/state/compare.js'
import { sameFileHash } from '../../src/state/seed-comparison.js'
import { manifest, seed, withAddedNodes, withNode } from '../helpers/manifest-builder.js'
import { stateSearch } from './dbt-test-project.js'

const SEED = 'seed.test.seed'
const state = manifest({ nodes: [seed('seed', { checksum: { name: 'sha256', checksum: 'abc' } })] })
const pathMode = { name: 'path', checksum: 'seeds/seed.csv' }
const edit = (base = state, change: Parameters<typeof withNode>[2] = n => n) => withNode(base, SEED, change)

describe('seed comparison (T6–T17, T22)', () => {
  test('T6: an added seed is modified and new', () => {
    const current = withAddedNodes(state, seed('other'))
    expect(stateSearch(current, state, 'modified')).toEqual(['seed.test.other'])
    expect(stateSearch(current, state, 'new')).toEqual(['seed.test.other'])
  })

  test('T7: a different sha256 is modified, old, and not unmodified', () => {
    const current = edit(state, n => ({ ...n, checksum: { name: 'sha256', checksum: 'def' } }))
    expect(stateSearch(current, state, 'modified')).toEqual([SEED])
    expect(stateSearch(current, state, 'modified.body')).toEqual([SEED])
    expect(stateSearch(current, state, 'old')).toEqual([SEED])
    expect(stateSearch(current, state, 'unmodified')).toEqual([])
  })

  test('T8: path mode on both sides with the same path is unmodified, with a warning', () => {
    const before = edit(state, n => ({ ...n, checksum: pathMode }))
    const comparison = compareManifests(before, before)
    expect(comparison.nodes.get(SEED)?.status).toBe('unmodified')
    expect(comparison.warnings).toEqual([{ uniqueId: SEED, message: expect.stringContaining('same path') }])
    expect(stateSearch(before, before, 'unmodified')).toEqual([SEED])
  })

  test('T9: a seed growing into path mode is modified with a warning', () => {
    const current = edit(state, n => ({ ...n, checksum: pathMode }))
    const comparison = compareManifests(current, state)
    expect(comparison.nodes.get(SEED)?.reasons[0]).toMatchObject({
      code: 'seed_checksum_changed',
      warning: expect.stringContaining('>1MiB')
    })
    expect(comparison.warnings).toHaveLength(1)
    expect(stateSearch(current, state, 'new')).toEqual([])
  })

  test('T10: a seed shrinking out of path mode is modified without a warning', () => {
    const before = edit(state, n => ({ ...n, checksum: pathMode }))
    const comparison = compareManifests(state, before)
    expect(comparison.nodes.get(SEED)?.status).toBe('modified')
    expect(comparison.warnings).toEqual([])
  })

  test('a big seed that moved to another path is modified', () => {
    const before = edit(state, n => ({ ...n, checksum: pathMode }))
    const after = edit(state, n => ({ ...n, checksum: { name: 'path', checksum: 'seeds/moved/seed.csv' } }))
    expect(compareManifests(after, before).nodes.get(SEED)?.status).toBe('modified')
  })

  test('T11: a seed fqn change is modified', () => {
    const current = edit(state, n => ({ ...n, fqn: ['test', 'sub', 'seed'] }))
    expect(stateSearch(current, state, 'modified')).toEqual([SEED])
  })

  test('T12: gaining persist_docs.relation is a config change, not a description change', () => {
    const current = edit(state, n => ({
      ...n,
      config: { ...n.config, persist_docs: { relation: true } },
      unrenderedConfig: { persist_docs: { relation: true } }
    }))
    expect(stateSearch(current, state, 'modified.configs')).toEqual([SEED])
    expect(stateSearch(current, state, 'modified.body')).toEqual([])
    expect(stateSearch(current, state, 'modified.persisted_descriptions')).toEqual([])
  })

  const persisted = (key: 'relation' | 'columns') =>
    edit(state, n => ({
      ...n,
      config: { ...n.config, persist_docs: { [key]: true } },
      unrenderedConfig: { persist_docs: { [key]: true } }
    }))

  test('T13/T14: with relation docs persisted, adding or removing the description is a description change', () => {
    const before = persisted('relation')
    const described = edit(before, n => ({ ...n, description: 'a seed' }))
    expect(stateSearch(described, before, 'modified.persisted_descriptions')).toEqual([SEED])
    expect(stateSearch(described, before, 'modified.configs')).toEqual([])
    expect(stateSearch(before, described, 'modified.persisted_descriptions')).toEqual([SEED])
  })

  test('T15: gaining persist_docs.columns is a config change only', () => {
    const current = persisted('columns')
    expect(stateSearch(current, state, 'modified.configs')).toEqual([SEED])
    expect(stateSearch(current, state, 'modified.persisted_descriptions')).toEqual([])
  })

  test('T16/T17: with column docs persisted, a column description added or removed is a description change', () => {
    const before = persisted('columns')
    const described = edit(before, n => ({
      ...n,
      columns: { a: { name: 'a', description: 'a column', dataType: null, constraints: [] } }
    }))
    expect(stateSearch(described, before, 'modified.persisted_descriptions')).toEqual([SEED])
    expect(stateSearch(before, described, 'modified.persisted_descriptions')).toEqual([SEED])
    expect(compareManifests(described, before).nodes.get(SEED)?.reasons[0]).toMatchObject({
      columns: ['a'],
      relation: false
    })
  })

  test('T26: rendered alias/schema/database changes alone are not seed changes', () => {
    const current = edit(state, n => ({ ...n, alias: 'x', schema: 'y', database: 'z' }))
    expect(stateSearch(current, state, 'modified')).toEqual([])
  })
})

describe('FileHash equality (T22)', () => {
  test('equal hashes are the same', () => {
    expect(sameFileHash({ name: 'sha256', checksum: 'a' }, { name: 'sha256', checksum: 'a' })).toBe(true)
  })

  test('different hash types never match', () => {
    expect(sameFileHash({ name: 'path', checksum: 'a' }, { name: 'sha256', checksum: 'a' })).toBe(false)
  })

  test('a none hash never matches, not even itself', () => {
    expect(sameFileHash({ name: 'none', checksum: '' }, { name: 'none', checksum: '' })).toBe(false)
  })
})
