import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { parseCriterion, parseUnion } from '../../src/selector/selector-syntax.js'

describe('selector syntax [@][N+]method[.args]:value[+N]', () => {
  test('state:modified.body is method state with value modified.body', () => {
    expect(parseCriterion('state:modified.body', 'eager')).toMatchObject({
      method: 'state',
      value: 'modified.body',
      methodArguments: []
    })
  })

  test('config.materialized:incremental carries the config key as method arguments', () => {
    expect(parseCriterion('config.materialized:incremental', 'eager')).toMatchObject({
      method: 'config',
      methodArguments: ['materialized'],
      value: 'incremental'
    })
  })

  test('depths are read on both sides', () => {
    expect(parseCriterion('2+orders+3', 'eager')).toMatchObject({
      parents: true,
      parentsDepth: 2,
      children: true,
      childrenDepth: 3,
      value: 'orders'
    })
    expect(parseCriterion('+orders+', 'eager')).toMatchObject({
      parents: true,
      parentsDepth: null,
      children: true,
      childrenDepth: null
    })
  })

  test('@ selects children and their parents', () => {
    expect(parseCriterion('@orders', 'eager')).toMatchObject({ childrensParents: true, value: 'orders' })
  })

  test('@ and a trailing + cannot be combined', () => {
    expect(() => parseCriterion('@orders+', 'eager')).toThrow(/incompatible/)
  })

  test('bare values pick the method the way dbt does', () => {
    expect(parseCriterion('orders', 'eager').method).toBe('fqn')
    expect(parseCriterion('models/staging', 'eager').method).toBe('path')
    expect(parseCriterion('orders.sql', 'eager').method).toBe('file')
  })

  test('an unknown method is a user error', () => {
    expect(() => parseCriterion('colour:red', 'eager')).toThrow(UserError)
  })

  test('spaces separate a union, commas an intersection', () => {
    const union = parseUnion(['a b,c', 'd'], 'eager')
    expect(union.components.map(c => c.kind === 'intersection' && c.components.map(x => x.raw))).toEqual([
      ['a'],
      ['b', 'c'],
      ['d']
    ])
  })
})
