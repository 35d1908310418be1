import { describe, expect, test } from '@jest/globals'
import { deferralsOf } from '../../src/defer/deferrals.js'
import { executableNodes, executedNodes, selfCheck } from '../../src/defer/self-check.js'
import { exposure, genericTest, manifest, model, seed } from '../helpers/manifest-builder.js'

const orders = model('orders', { dependsOnNodes: ['model.test.base'] })
const notNull = genericTest('not_null', orders, 'id')
const project = manifest({
  nodes: [
    seed('raw'),
    model('base', { config: { materialized: 'ephemeral' }, dependsOnNodes: ['seed.test.raw'] }),
    orders,
    notNull
  ]
})

describe('what dbt is expected to execute', () => {
  const selected = ['model.test.base', 'model.test.orders', notNull.uniqueId]

  test('build executes models and tests, never ephemeral models', () => {
    expect([...executableNodes(project, selected, ['build'])].sort()).toEqual([
      'model.test.orders',
      notNull.uniqueId
    ])
  })

  test('run then test executes the same nodes as build', () => {
    expect(executableNodes(project, selected, ['run', 'test'])).toEqual(
      executableNodes(project, selected, ['build'])
    )
  })

  test('agreement is reported as no differences', () => {
    expect(selfCheck(new Set(['a', 'b']), new Set(['b', 'a']))).toEqual({
      plannedNotExecuted: [],
      executedNotPlanned: []
    })
  })

  test('disagreement lists the nodes on each side', () => {
    expect(selfCheck(new Set(['a', 'b']), new Set(['b', 'c']))).toEqual({
      plannedNotExecuted: ['a'],
      executedNotPlanned: ['c']
    })
  })
})

describe('deferral report', () => {
  const production = manifest({
    nodes: [seed('raw', { relationName: '"db"."analytics"."raw"' }), model('orders')]
  })
  const run = (compiledCode: string) =>
    manifest({
      nodes: [
        seed('raw', { schema: 'analytics_pr_1', relationName: '"db"."analytics_pr_1"."raw"' }),
        model('orders', { dependsOnNodes: ['seed.test.raw'], compiledCode })
      ]
    })

  test('a ref compiled to the production relation is reported as deferred', () => {
    expect(
      deferralsOf(run('select * from "db"."analytics"."raw"'), production, new Set(['model.test.orders']))
    ).toEqual([
      { node: 'model.test.orders', upstream: 'seed.test.raw', productionRelation: '"db"."analytics"."raw"' }
    ])
  })

  test('a ref compiled to the PR relation is not deferred', () => {
    expect(
      deferralsOf(
        run('select * from "db"."analytics_pr_1"."raw"'),
        production,
        new Set(['model.test.orders'])
      )
    ).toEqual([])
  })

  test('refs between nodes built in the same run are never deferred', () => {
    const built = new Set(['model.test.orders', 'seed.test.raw'])
    expect(deferralsOf(run('select * from "db"."analytics"."raw"'), production, built)).toEqual([])
  })
})

describe('what dbt reports executing', () => {
  const withExposure = manifest({
    nodes: [model('orders'), exposure('dashboard', { dependsOnNodes: ['model.test.orders'] })]
  })

  test('exposures dbt lists as no-op do not count as executed', () => {
    expect([
      ...executedNodes(withExposure, ['model.test.orders', 'exposure.test.dashboard'], ['build'])
    ]).toEqual(['model.test.orders'])
  })

  test('nodes missing from the plan’s manifest still count, so the self-check can name them', () => {
    expect([...executedNodes(withExposure, ['model.test.ghost'], ['build'])]).toEqual(['model.test.ghost'])
  })
})
