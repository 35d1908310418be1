import { describe, expect, test } from '@jest/globals'
import { keyCandidates } from '../../src/datadiff/keys.js'
import { describePiiRule, piiPredicate } from '../../src/datadiff/pii.js'
import { planDataDiff, type DiffPlanInput } from '../../src/datadiff/plan.js'
import type { ManifestNode } from '../../src/manifest/types.js'
import { genericTest, manifest, model, seed } from '../helpers/manifest-builder.js'

const table = (name: string, overrides: Partial<ManifestNode> = {}) =>
  model(name, { config: { enabled: true, materialized: 'table' }, ...overrides })
const inPr = (node: ManifestNode): ManifestNode => ({
  ...node,
  schema: 'analytics_pr_1',
  relationName: `"db"."analytics_pr_1"."${node.alias ?? node.name}"`
})
const rule = { piiColumns: ['*email*'], piiTags: ['pii'] }

function planOf(nodes: ManifestNode[], overrides: Partial<DiffPlanInput> = {}) {
  const ids = nodes.map(n => n.uniqueId)
  return planDataDiff({
    current: manifest({ nodes: nodes.map(inPr) }),
    production: manifest({ nodes }),
    modified: ids,
    built: new Map(ids.map(id => [id, 'success'])),
    chosen: null,
    settings: { mode: 'auto', ...rule },
    ...overrides
  })
}

describe('which modified models the data diff compares', () => {
  test('a modified table the PR built is compared, PR relation against production relation', () => {
    const plan = planOf([table('orders')])
    expect(plan.skipped).toEqual([])
    expect(plan.targets.map(t => [t.uniqueId, t.pr.sql, t.production.sql])).toEqual([
      ['model.test.orders', '"db"."analytics_pr_1"."orders"', '"db"."analytics"."orders"']
    ])
  })

  test('a modified model the PR did not build (deferred to production) is not even listed', () => {
    const plan = planOf([table('orders')], { built: new Map() })
    expect(plan).toEqual({ targets: [], skipped: [] })
  })

  test('a model whose PR build failed is skipped with its status', () => {
    const plan = planOf([table('orders')], { built: new Map([['model.test.orders', 'error']]) })
    expect(plan.skipped.map(s => s.reason)).toEqual([
      'Its PR build ended with status `error`: nothing to compare.'
    ])
  })

  test('views are compared only with data-diff: on, since comparing them runs their query', () => {
    const view = model('v_orders')
    expect(planOf([view]).skipped.map(s => s.reason)).toEqual([
      'A view: comparing it would run its query; set data-diff to `on` to compare views too.'
    ])
    expect(planOf([view], { settings: { mode: 'on', ...rule } }).targets).toHaveLength(1)
  })

  test('ephemeral models have no relation and say so', () => {
    const plan = planOf([model('eph', { config: { enabled: true, materialized: 'ephemeral' } })])
    expect(plan.skipped.map(s => s.reason)).toEqual([
      'Materialized as ephemeral: it has no relation to compare.'
    ])
  })

  test('seeds are compared like tables', () => {
    expect(planOf([seed('raw_orders')]).targets.map(t => t.uniqueId)).toEqual(['seed.test.raw_orders'])
  })

  test('models outside the data-diff selection are skipped, saying so', () => {
    const plan = planOf([table('a'), table('b')], { chosen: new Set(['model.test.b']) })
    expect(plan.targets.map(t => t.uniqueId)).toEqual(['model.test.b'])
    expect(plan.skipped).toEqual([
      expect.objectContaining({ uniqueId: 'model.test.a', reason: 'Not picked by the data-diff selection.' })
    ])
  })
})

describe('how the key of a model is found', () => {
  const orders = table('orders', {
    columns: {
      id: { name: 'id', description: '', dataType: null, constraints: [] },
      code: { name: 'code', description: '', dataType: null, constraints: [] }
    }
  })

  test('a column with both a unique and a not_null test is a key', () => {
    const m = manifest({
      nodes: [orders, genericTest('unique', orders, 'code'), genericTest('not_null', orders, 'code')]
    })
    expect(keyCandidates(orders, m)).toEqual([{ columns: ['code'], source: 'test' }])
  })

  test('a unique test alone is not a key: nulls would not join', () => {
    const m = manifest({ nodes: [orders, genericTest('unique', orders, 'code')] })
    expect(keyCandidates(orders, m)).toEqual([])
  })

  test('meta.slim_ci.key comes first, then unique_key, then a primary key constraint, then tests', () => {
    const node = table('orders', {
      meta: { slim_ci: { key: 'id' } },
      config: { enabled: true, materialized: 'incremental', unique_key: ['id', 'day'] },
      constraints: [{ type: 'primary_key', columns: ['code'] }]
    })
    const m = manifest({
      nodes: [node, genericTest('unique', node, 'x'), genericTest('not_null', node, 'x')]
    })
    expect(keyCandidates(node, m)).toEqual([
      { columns: ['id'], source: 'meta' },
      { columns: ['id', 'day'], source: 'unique_key' },
      { columns: ['code'], source: 'primary_key' },
      { columns: ['x'], source: 'test' }
    ])
  })
})

describe('the PII rule', () => {
  test('a column matching a name pattern, in any case, is PII', () => {
    const isPii = piiPredicate([table('customers')], rule)
    expect([isPii('email'), isPii('Work_Email_Address'), isPii('segment')]).toEqual([true, true, false])
  })

  test('a column tagged pii is PII, and so is every column of a model tagged pii', () => {
    const tagged = table('customers', {
      columns: {
        ssn_hash: { name: 'ssn_hash', description: '', dataType: null, constraints: [], tags: ['pii'] }
      }
    })
    expect(piiPredicate([tagged], rule)('ssn_hash')).toBe(true)
    expect(piiPredicate([tagged], rule)('segment')).toBe(false)
    expect(piiPredicate([table('people', { tags: ['pii'] })], rule)('segment')).toBe(true)
  })

  test('the report states the rule in words', () => {
    expect(describePiiRule(rule)).toBe(
      'columns named like `*email*` or tagged `pii`, and every column of a model tagged `pii`'
    )
    expect(describePiiRule({ piiColumns: [], piiTags: [] })).toBe('none (no PII patterns or tags are set)')
  })
})
