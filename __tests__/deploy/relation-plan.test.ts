import { describe, expect, test } from '@jest/globals'
import { planSchemaSwap } from '../../src/deploy/plan.js'
import { planRelationDeploy, type RelationPlanInput } from '../../src/deploy/relation-plan.js'
import type { NodeRelation } from '../../src/manifest/relations.js'
import type { ManifestNode } from '../../src/manifest/types.js'
import type { CatalogEntry } from '../../src/warehouse/warehouse.js'
import { manifest, model, node, seed, source } from '../helpers/manifest-builder.js'

/** A project of a seed, a view, a table, an incremental model and a snapshot, parsed with both namings. */
function project(schema: string, extra: (schema: string) => ManifestNode[] = () => []) {
  return manifest({
    nodes: [
      seed('raw', { schema: `${schema}_raw` }),
      model('stg', { schema, config: { materialized: 'view' } }),
      model('orders', { schema, config: { materialized: 'table' } }),
      model('events', { schema, config: { materialized: 'incremental' } }),
      node('snapshot', 'history', { schema: `${schema}_snapshots`, config: { materialized: 'snapshot' } }),
      ...extra(schema)
    ]
  })
}

const PRODUCTION: CatalogEntry[] = [
  { schema: 'analytics_raw', name: 'raw', kind: 'table' },
  { schema: 'analytics', name: 'stg', kind: 'view' },
  { schema: 'analytics', name: 'orders', kind: 'table' },
  { schema: 'analytics', name: 'events', kind: 'table' },
  { schema: 'analytics_snapshots', name: 'history', kind: 'table' }
]

function plan(overrides: Partial<Omit<RelationPlanInput, 'selected'>> & { selected: string[] }) {
  const current = overrides.current ?? project('analytics')
  const green = overrides.green ?? project('analytics__green')
  return planRelationDeploy({
    current,
    green,
    targets: planSchemaSwap(current, green),
    production: PRODUCTION,
    fullRefresh: false,
    deleted: [],
    deletedRelations: 'report',
    ...overrides,
    selected: new Set(overrides.selected)
  })
}

const ids = (...names: string[]) =>
  names.map(name => (name === 'history' ? `snapshot.test.${name}` : `model.test.${name}`))

describe('relation deploy planning', () => {
  test('only the selected relations move; unselected ones that exist in production stay and are not built', () => {
    const result = plan({ selected: ids('orders') })

    expect(result.moves).toEqual([
      {
        uniqueId: 'model.test.orders',
        production: { schema: 'analytics', name: 'orders' },
        green: { schema: 'analytics__green', name: 'orders' },
        previous: { schema: 'analytics__previous', name: 'orders' }
      }
    ])
    expect(result.targets.map(target => target.production)).toEqual(['analytics'])
    expect(result.copies).toEqual([])
    expect(result.alsoBuild).toEqual([])
  })

  test('a selected incremental model and snapshot start from a copy of their production table', () => {
    const result = plan({ selected: ids('events', 'history', 'orders') })

    expect(result.copies).toEqual([
      {
        uniqueId: 'model.test.events',
        from: { schema: 'analytics', name: 'events' },
        to: { schema: 'analytics__green', name: 'events' }
      },
      {
        uniqueId: 'snapshot.test.history',
        from: { schema: 'analytics_snapshots', name: 'history' },
        to: { schema: 'analytics__green_snapshots', name: 'history' }
      }
    ])
  })

  test('a full refresh copies nothing, unless a model says full_refresh: false', () => {
    const keeper = (schema: string) => [
      model('ledger', { schema, config: { materialized: 'incremental', full_refresh: false } })
    ]
    const result = plan({
      current: project('analytics', keeper),
      green: project('analytics__green', keeper),
      production: [...PRODUCTION, { schema: 'analytics', name: 'ledger', kind: 'table' }],
      selected: ids('events', 'history', 'ledger'),
      fullRefresh: true
    })

    expect(result.copies.map(copy => copy.uniqueId)).toEqual(['model.test.ledger'])
  })

  test('an incremental model production has no table for yet is built from scratch, without a copy', () => {
    const result = plan({
      production: PRODUCTION.filter(entry => entry.name !== 'events'),
      selected: ids('events')
    })

    expect(result.copies).toEqual([])
    expect(result.moves.map(move => move.uniqueId)).toEqual(['model.test.events'])
  })

  test('an unselected node production lacks is built and moved too', () => {
    const result = plan({
      production: PRODUCTION.filter(entry => entry.name !== 'stg'),
      selected: ids('orders')
    })

    expect(result.alsoBuild).toEqual(['stg'])
    expect(result.moves.map(move => move.uniqueId)).toEqual(['model.test.orders', 'model.test.stg'])
  })

  test('nothing selected: no move, no copy, no target', () => {
    expect(plan({ selected: [] })).toEqual({
      targets: [],
      moves: [],
      copies: [],
      alsoBuild: [],
      sourceProducers: [],
      kept: []
    })
  })

  test('a deleted node’s relation leaves production with deleted-relations: drop and stays with report', () => {
    const gone: NodeRelation = {
      uniqueId: 'model.test.gone',
      resourceType: 'model',
      database: 'db',
      schema: 'analytics',
      alias: 'gone',
      materialized: 'table'
    }
    const production = [...PRODUCTION, { schema: 'analytics', name: 'gone', kind: 'table' as const }]

    const dropped = plan({ production, deleted: [gone], deletedRelations: 'drop', selected: [] })
    const kept = plan({ production, deleted: [gone], deletedRelations: 'report', selected: [] })

    expect(dropped.moves).toEqual([
      {
        uniqueId: 'model.test.gone',
        production: { schema: 'analytics', name: 'gone' },
        green: null,
        previous: { schema: 'analytics__previous', name: 'gone' }
      }
    ])
    expect(kept.moves).toEqual([])
    expect(kept.kept).toEqual([gone])
  })

  describe('a source whose schema follows target.schema', () => {
    /** `shop_raw.raw` reads `<target schema>_raw.raw`, where the seed `raw` lands: it moves into green too. */
    const withSource = (schema: string) =>
      project(schema, s => [
        source('shop_raw', 'raw', { schema: `${s}_raw` }),
        model('stg_raw', { schema: s, dependsOnNodes: ['source.test.shop_raw.raw'] })
      ])
    const PRODUCTION_WITH_STG = [
      ...PRODUCTION,
      { schema: 'analytics', name: 'stg_raw', kind: 'view' as const }
    ]

    test('the seed it reads is rebuilt in green with the model that reads it, and swapped with it', () => {
      const result = plan({
        current: withSource('analytics'),
        green: withSource('analytics__green'),
        production: PRODUCTION_WITH_STG,
        selected: ['model.test.stg_raw']
      })

      expect(result.sourceProducers).toEqual(['seed.test.raw'])
      expect(result.alsoBuild).toEqual(['raw'])
      expect(result.moves.map(move => move.uniqueId)).toEqual(['model.test.stg_raw', 'seed.test.raw'])
    })

    test('nothing is added when no node being built reads it', () => {
      const result = plan({
        current: withSource('analytics'),
        green: withSource('analytics__green'),
        production: PRODUCTION_WITH_STG,
        selected: ids('orders')
      })

      expect(result.sourceProducers).toEqual([])
      expect(result.alsoBuild).toEqual([])
    })

    test('a source nothing in the project writes stops the deploy before anything is built, naming the source', () => {
      const loaded = (schema: string) =>
        project(schema, s => [
          source('loader', 'events_raw', { schema: `${s}_landing` }),
          model('stg_events', { schema: s, dependsOnNodes: ['source.test.loader.events_raw'] })
        ])

      expect(() =>
        plan({
          current: loaded('analytics'),
          green: loaded('analytics__green'),
          selected: ['model.test.stg_events']
        })
      ).toThrow(/Source source\.test\.loader\.events_raw .*follows target\.schema/)
    })

    test('a source with a fixed schema reads production in place: nothing is added', () => {
      const fixed = (schema: string) =>
        project(schema, s => [
          source('loader', 'events_raw', { schema: 'landing' }),
          model('stg_events', { schema: s, dependsOnNodes: ['source.test.loader.events_raw'] })
        ])

      const result = plan({
        current: fixed('analytics'),
        green: fixed('analytics__green'),
        selected: ['model.test.stg_events']
      })

      expect(result.sourceProducers).toEqual([])
    })
  })
})
