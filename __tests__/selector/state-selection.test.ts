import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { compareManifests } from '../../src/state/compare.js'
import { selectNodes } from '../../src/selector/select.js'
import { macro, node, withAddedNodes, withMacro, withNode } from '../helpers/manifest-builder.js'
import { dbtTestProject, ls } from '../state/dbt-test-project.js'

const state = dbtTestProject()
const SEED = 'seed.test.seed'
const ALL = [...state.nodes.keys()].sort()
const seedChanged = withNode(state, SEED, n => ({ ...n, checksum: { name: 'sha256', checksum: 'a2' } }))

describe('state selection as dbt ls prints it (T30, T34, T37)', () => {
  test('T30: a seed with a new row is the only state:modified node', () => {
    expect(ls(seedChanged, state, ['state:modified'])).toEqual([SEED])
  })

  test('T30: excluding state:unmodified leaves the seed', () => {
    expect(ls(seedChanged, state, ['fqn:* source:* exposure:*'], ['state:unmodified'])).toEqual([SEED])
  })

  test('T30: state:unmodified is the other six nodes', () => {
    expect(ls(seedChanged, state, ['state:unmodified'])).toHaveLength(6)
  })

  test('T30: state:modified+ is the seed and all seven nodes downstream, tests included', () => {
    expect(ls(seedChanged, state, ['state:modified+'])).toEqual(ALL)
  })

  test('the default selection is state:modified+', () => {
    const comparison = compareManifests(seedChanged, state)
    expect(
      selectNodes({ current: seedChanged, state, comparison, select: [], exclude: [] }).selected
    ).toEqual(ALL)
  })

  test('T34: a rewritten table_model is the only modified node', () => {
    const current = withNode(state, 'model.test.table_model', n => ({ ...n, rawCode: 'select 2 as id' }))
    expect(ls(current, state, ['state:modified'])).toEqual(['model.test.table_model'])
  })

  test('T37: an exposure owner change selects it and its parents with +state:modified', () => {
    const current = withNode(state, 'exposure.test.my_exposure', n => ({
      ...n,
      extra: { ...n.extra, owner: { email: 'owner@example.com', name: 'Owner' } }
    }))
    expect(ls(current, state, ['+state:modified'])).toEqual(
      [
        'exposure.test.my_exposure',
        'model.test.view_model',
        SEED,
        'test.test.not_null_view_model_id.0123456789',
        'test.test.unique_view_model_id.0123456789'
      ].sort()
    )
  })

  test('state:modified+ from a modified test selects nothing downstream', () => {
    const current = withMacro(state, macro('macro.dbt.test_unique', 'changed'))
    expect(ls(current, state, ['state:modified+'])).toEqual(['test.test.unique_view_model_id.0123456789'])
  })

  test('nodes only in state are never selected', () => {
    const current = withNode(state, 'model.test.table_model', n => ({ ...n, uniqueId: 'model.test.renamed' }))
    expect(ls(current, state, ['state:modified'])).toEqual(['model.test.renamed'])
  })

  test('operation hooks are matched but not listed, like dbt ls', () => {
    const current = withAddedNodes(state, node('operation', 'hook'))
    expect(ls(current, state, ['state:modified'])).toEqual([])
  })

  test('an intersection keeps tests that eager selection attached on both sides, as dbt does', () => {
    expect(ls(seedChanged, state, ['state:modified+,resource_type:model'])).toEqual([
      'model.test.ephemeral_model',
      'model.test.table_model',
      'model.test.view_model',
      'test.test.not_null_view_model_id.0123456789',
      'test.test.unique_view_model_id.0123456789'
    ])
    expect(
      selectNodes({
        current: seedChanged,
        state,
        comparison: compareManifests(seedChanged, state),
        select: ['state:modified+,resource_type:model'],
        exclude: [],
        indirectSelection: 'empty'
      }).selected
    ).toEqual(['model.test.ephemeral_model', 'model.test.table_model', 'model.test.view_model'])
  })
})

describe('state selector errors', () => {
  test('T2: a state selector without a state manifest is the error dbt gives', () => {
    for (const value of ['modified', 'new', 'unmodified', 'old']) {
      expect(() =>
        selectNodes({
          current: state,
          state: null,
          comparison: null,
          select: [`state:${value}`],
          exclude: []
        })
      ).toThrow(/Got a state selector method, but no comparison manifest/)
    }
  })

  test('an unknown state value is an invalid selector', () => {
    expect(() => ls(state, state, ['state:changed'])).toThrow(UserError)
    expect(() => ls(state, state, ['state:changed'])).toThrow(/Got an invalid selector "changed"/)
  })
})
