import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { selectNodes } from '../../src/selector/select.js'
import { exposure, genericTest, manifest, model, node, seed, source } from '../helpers/manifest-builder.js'

const orders = model('orders', {
  tags: ['nightly', 'finance'],
  config: {
    enabled: true,
    materialized: 'incremental',
    severity: 'warn',
    transient: true,
    grants: { select: ['a'] }
  },
  packageName: 'shop',
  uniqueId: 'model.shop.orders',
  fqn: ['shop', 'marts', 'orders'],
  originalFilePath: 'models/marts/orders.sql'
})
const project = manifest({
  nodes: [
    orders,
    seed('countries'),
    genericTest('not_null', orders, 'id'),
    node('test', 'assert_positive', { originalFilePath: 'tests/assert_positive.sql' }),
    node('unit_test', 'orders_ut', { dependsOnNodes: [orders.uniqueId] }),
    source('raw', 'payments'),
    exposure('dashboard')
  ]
})
const select = (expr: string) =>
  selectNodes({
    current: project,
    state: null,
    comparison: null,
    select: [expr],
    exclude: [],
    indirectSelection: 'empty'
  }).selected

describe('selector methods', () => {
  test('config.<key>:<value> compares rendered config values', () => {
    expect(select('config.materialized:incremental')).toEqual(['model.shop.orders'])
    expect(select('config.transient:true')).toEqual(['model.shop.orders'])
    expect(select('config.grants.select:a')).toEqual(['model.shop.orders'])
  })

  test('tag: matches with wildcards', () => {
    expect(select('tag:fin*')).toEqual(['model.shop.orders'])
  })

  test('resource_type: selects one type and rejects unknown types', () => {
    expect(select('resource_type:seed')).toEqual(['seed.test.countries'])
    expect(() => select('resource_type:table')).toThrow(UserError)
  })

  test('package: and package:this', () => {
    expect(select('package:shop')).toEqual(['model.shop.orders'])
    expect(select('package:this')).toHaveLength(6)
  })

  test('source: matches source name and table', () => {
    expect(select('source:raw')).toEqual(['source.test.raw.payments'])
    expect(select('source:raw.pay*')).toEqual(['source.test.raw.payments'])
    expect(select('source:other')).toEqual([])
  })

  test('exposure: matches by name', () => {
    expect(select('exposure:dashboard')).toEqual(['exposure.test.dashboard'])
  })

  test('test_type: generic, singular and unit', () => {
    expect(select('test_type:generic')).toEqual(['test.test.not_null_orders_id.0123456789'])
    expect(select('test_type:singular')).toEqual(['test.test.assert_positive'])
    expect(select('test_type:unit')).toEqual(['unit_test.test.orders_ut'])
  })

  test('test_name: matches the generic test macro name', () => {
    expect(select('test_name:not_null')).toEqual(['test.test.not_null_orders_id.0123456789'])
  })

  test('fqn: matches package-qualified and unqualified names', () => {
    expect(select('fqn:shop.marts.orders')).toEqual(['model.shop.orders'])
    expect(select('marts.orders')).toEqual(['model.shop.orders'])
  })

  test('path: matches a folder prefix', () => {
    expect(select('path:models/marts')).toEqual(['model.shop.orders'])
  })
})
