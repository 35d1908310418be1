import { describe, expect, test } from '@jest/globals'
import { compareManifests } from '../../src/state/compare.js'
import { exposure, manifest, model, node, source, withNode } from '../helpers/manifest-builder.js'
import { stateSearch } from './dbt-test-project.js'

const SOURCE = 'source.test.raw.orders'

describe('sources (T27, T53)', () => {
  const state = manifest({ nodes: [source('raw', 'orders', { database: 'db', schema: 'raw' })] })
  const edit = (change: Parameters<typeof withNode>[2], base = state) => withNode(base, SOURCE, change)

  test('only top-level tags or meta differing is not a change', () => {
    expect(
      stateSearch(
        edit(n => ({ ...n, tags: ['x'], meta: { a: 1 } })),
        state,
        'modified'
      )
    ).toEqual([])
  })

  test.each([
    [
      'freshness',
      (n: ReturnType<typeof source>) => ({
        ...n,
        extra: { ...n.extra, freshness: { warn_after: { count: 1, period: 'day' } } }
      })
    ],
    [
      'loaded_at_field',
      (n: ReturnType<typeof source>) => ({ ...n, extra: { ...n.extra, loaded_at_field: 'updated_at' } })
    ],
    [
      'quoting.identifier',
      (n: ReturnType<typeof source>) => ({
        ...n,
        extra: { ...n.extra, quoting: { database: null, schema: null, identifier: true, column: null } }
      })
    ],
    [
      'identifier',
      (n: ReturnType<typeof source>) => ({ ...n, extra: { ...n.extra, identifier: 'orders_v2' } })
    ]
  ])('a %s change is a change', (_name, change) => {
    expect(stateSearch(edit(change), state, 'modified')).toEqual([SOURCE])
  })

  test('with the flag off the rendered schema is compared', () => {
    const current = edit(n => ({ ...n, schema: 'raw_ci' }))
    const comparison = compareManifests(current, state, { stateModifiedCompareMoreUnrenderedValues: false })
    expect(comparison.nodes.get(SOURCE)?.reasons[0]).toMatchObject({
      code: 'relation_changed',
      changes: [{ key: 'schema', old: 'raw', new: 'raw_ci' }]
    })
  })

  test('T53: with the flag on only unrendered_schema counts, so an env-var driven schema is not a change', () => {
    const before = edit(n => ({ ...n, extra: { ...n.extra, unrendered_schema: "{{ env_var('SCHEMA') }}" } }))
    const after = edit(n => ({ ...n, schema: 'raw_ci' }), before)
    expect(stateSearch(after, before, 'modified')).toEqual([])
    const literal = edit(n => ({ ...n, extra: { ...n.extra, unrendered_schema: 'updated' } }), before)
    expect(stateSearch(literal, before, 'modified.relation')).toEqual([SOURCE])
  })

  test('a new source is new but not modified, yet selected by modified.configs and modified.relation', () => {
    const current = manifest({ nodes: [...state.nodes.values(), source('raw', 'customers')] })
    const id = 'source.test.raw.customers'
    expect(stateSearch(current, state, 'new')).toEqual([id])
    expect(stateSearch(current, state, 'modified')).toEqual([])
    expect(stateSearch(current, state, 'unmodified')).toContain(id)
    expect(stateSearch(current, state, 'modified.configs')).toEqual([id])
    expect(stateSearch(current, state, 'modified.relation')).toEqual([id])
    expect(stateSearch(current, state, 'modified.body')).toEqual([])
  })
})

describe('exposures (T28, T37)', () => {
  const parent = model('view_model')
  const state = manifest({ nodes: [parent, exposure('dash', { dependsOnNodes: [parent.uniqueId] })] })
  const ID = 'exposure.test.dash'

  test.each([
    ['type', { type: 'notebook' }],
    ['owner.name', { owner: { email: 'owner@example.com', name: 'Owner' } }],
    ['maturity', { maturity: 'high' }],
    ['url', { url: 'https://example.com' }]
  ])('a %s change is a change', (_name, extra) => {
    const current = withNode(state, ID, n => ({ ...n, extra: { ...n.extra, ...extra } }))
    expect(stateSearch(current, state, 'modified')).toEqual([ID])
  })

  test('a description or depends_on change is a change', () => {
    expect(
      stateSearch(
        withNode(state, ID, n => ({ ...n, description: 'x' })),
        state,
        'modified'
      )
    ).toEqual([ID])
    expect(
      stateSearch(
        withNode(state, ID, n => ({ ...n, dependsOnNodes: [] })),
        state,
        'modified'
      )
    ).toEqual([ID])
  })

  test('depends_on.nodes compares as a set', () => {
    const two = manifest({
      nodes: [parent, model('b'), exposure('dash', { dependsOnNodes: [parent.uniqueId, 'model.test.b'] })]
    })
    expect(
      stateSearch(
        withNode(two, ID, n => ({ ...n, dependsOnNodes: ['model.test.b', parent.uniqueId] })),
        two,
        'modified'
      )
    ).toEqual([])
  })

  test('a new exposure is new but not modified', () => {
    const current = manifest({ nodes: [...state.nodes.values(), exposure('other')] })
    expect(compareManifests(current, state).nodes.get('exposure.test.other')).toMatchObject({
      status: 'new',
      stateModified: false
    })
  })
})

describe('metrics, semantic models, saved queries and unit tests', () => {
  test('metric filters and type_params are not compared, type is', () => {
    const state = manifest({
      nodes: [
        node('metric', 'revenue', {
          extra: { type: 'simple', label: 'Revenue', type_params: { measure: 'a' } }
        })
      ]
    })
    const id = 'metric.test.revenue'
    expect(
      stateSearch(
        withNode(state, id, n => ({ ...n, extra: { ...n.extra, type_params: { measure: 'b' } } })),
        state,
        'modified'
      )
    ).toEqual([])
    expect(
      stateSearch(
        withNode(state, id, n => ({ ...n, extra: { ...n.extra, type: 'derived' } })),
        state,
        'modified'
      )
    ).toEqual([id])
  })

  test('T29: a semantic model whose model changed is modified; node_relation is not compared', () => {
    const state = manifest({
      nodes: [
        node('semantic_model', 'people', { extra: { model: "ref('people')", node_relation: { alias: 'p' } } })
      ]
    })
    const id = 'semantic_model.test.people'
    expect(
      stateSearch(
        withNode(state, id, n => ({ ...n, extra: { ...n.extra, model: "ref('other')" } })),
        state,
        'modified'
      )
    ).toEqual([id])
    expect(
      stateSearch(
        withNode(state, id, n => ({ ...n, extra: { ...n.extra, node_relation: { alias: 'q' } } })),
        state,
        'modified'
      )
    ).toEqual([])
  })

  test('T47: a semantic model description change is a change', () => {
    const state = manifest({ nodes: [node('semantic_model', 'people')] })
    expect(
      stateSearch(
        withNode(state, 'semantic_model.test.people', n => ({ ...n, description: 'x' })),
        state,
        'modified'
      )
    ).toHaveLength(1)
  })

  test('T21: a saved query with an extra metric is modified', () => {
    const state = manifest({
      nodes: [
        node('saved_query', 'test_saved_query', {
          extra: { query_params: { metrics: ['a'], group_by: [], where: null }, exports: [] }
        })
      ]
    })
    const id = 'saved_query.test.test_saved_query'
    const current = withNode(state, id, n => ({
      ...n,
      extra: { ...n.extra, query_params: { metrics: ['a', 'b'], group_by: [], where: null } }
    }))
    expect(stateSearch(current, state, 'modified')).toEqual([id])
  })

  test('T57: a renamed saved query export is a change', () => {
    const exportNamed = (name: string) => ({ name, config: {}, unrendered_config: { export_as: 'table' } })
    const state = manifest({ nodes: [node('saved_query', 'q', { extra: { exports: [exportNamed('a')] } })] })
    const current = withNode(state, 'saved_query.test.q', n => ({
      ...n,
      extra: { exports: [exportNamed('b')] }
    }))
    expect(stateSearch(current, state, 'modified')).toEqual(['saved_query.test.q'])
  })

  test('T56: a unit test is compared by its stored checksum only', () => {
    const state = manifest({ nodes: [node('unit_test', 'ut', { extra: { checksum: 'x' } })] })
    const id = 'unit_test.test.ut'
    expect(
      stateSearch(
        withNode(state, id, n => ({ ...n, description: 'y' })),
        state,
        'modified'
      )
    ).toEqual([])
    expect(
      stateSearch(
        withNode(state, id, n => ({ ...n, extra: { checksum: 'z' } })),
        state,
        'modified'
      )
    ).toEqual([id])
  })

  test('a new unit test is modified', () => {
    const state = manifest({ nodes: [] })
    expect(stateSearch(manifest({ nodes: [node('unit_test', 'ut')] }), state, 'modified')).toEqual([
      'unit_test.test.ut'
    ])
  })
})
