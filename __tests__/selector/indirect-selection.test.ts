import { describe, expect, test } from '@jest/globals'
import type { IndirectSelection } from '../../src/selector/selector-syntax.js'
import { selectNodes } from '../../src/selector/select.js'
import { genericTest, manifest, model, node } from '../helpers/manifest-builder.js'

// orders and customers, a test on orders only, and a relationship test on both
const customers = model('customers')
const orders = model('orders', { dependsOnNodes: [customers.uniqueId] })
const notNull = genericTest('not_null', orders, 'id')
const relationship = genericTest('relationships', orders, 'customer_id', {
  dependsOnNodes: [orders.uniqueId, customers.uniqueId]
})
const unitTest = node('unit_test', 'orders_ut', { dependsOnNodes: [orders.uniqueId] })
const project = manifest({ nodes: [customers, orders, notNull, relationship, unitTest] })
const select = (selectArgs: string[], mode?: IndirectSelection, exclude: string[] = []) =>
  selectNodes({
    current: project,
    state: null,
    comparison: null,
    select: selectArgs,
    exclude,
    indirectSelection: mode
  }).selected

describe('indirect selection of tests', () => {
  test('eager (default) adds every test with any selected parent', () => {
    expect(select(['orders'])).toEqual(
      [orders.uniqueId, relationship.uniqueId, notNull.uniqueId, unitTest.uniqueId].sort()
    )
  })

  test('cautious adds only tests whose parents are all selected', () => {
    expect(select(['orders'], 'cautious')).toEqual(
      [orders.uniqueId, notNull.uniqueId, unitTest.uniqueId].sort()
    )
  })

  test('cautious adds a pending test once a union selects its other parent', () => {
    expect(select(['orders', 'customers'], 'cautious')).toContain(relationship.uniqueId)
  })

  test('buildable adds tests whose other parents are upstream of the selection', () => {
    expect(select(['orders'], 'buildable')).toContain(relationship.uniqueId)
    expect(select(['customers'], 'buildable')).toEqual([customers.uniqueId])
  })

  test('empty adds no tests', () => {
    expect(select(['orders'], 'empty')).toEqual([orders.uniqueId])
  })

  test('tests of excluded nodes are excluded with them', () => {
    expect(select(['customers+'], undefined, ['orders'])).toEqual([customers.uniqueId])
  })

  test('explains an indirectly selected test by its selected parents', () => {
    const result = selectNodes({
      current: project,
      state: null,
      comparison: null,
      select: ['orders'],
      exclude: []
    })
    expect(result.why.get(relationship.uniqueId)).toEqual({
      kind: 'indirect_test',
      selector: 'orders',
      of: [orders.uniqueId]
    })
  })
})
