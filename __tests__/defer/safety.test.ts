import { describe, expect, test } from '@jest/globals'
import { assertBuildsOutsideProduction } from '../../src/defer/safety.js'
import { prSchemaName } from '../../src/dbt/pr-environment.js'
import { manifest, model } from '../helpers/manifest-builder.js'

describe('PR schemas', () => {
  test('are named after the prefix and the pull request', () => {
    expect(prSchemaName('analytics', 42)).toBe('analytics_pr_42')
  })

  test('need a pull request number', () => {
    expect(() => prSchemaName('analytics', 0)).toThrow(
      'Cannot name a PR schema without a pull request number'
    )
  })

  test('a PR whose relations all render outside production may build', () => {
    const production = manifest({ nodes: [model('orders', { schema: 'analytics' })] })
    const pr = manifest({ nodes: [model('orders', { schema: 'analytics_pr_42' })] })
    expect(() => assertBuildsOutsideProduction(pr, production, 'analytics_pr_42')).not.toThrow()
  })

  test('a PR relation rendering into a production schema stops the run before dbt builds', () => {
    const production = manifest({ nodes: [model('orders', { schema: 'analytics' })] })
    const pr = manifest({ nodes: [model('customers', { schema: 'ANALYTICS' })] })
    expect(() => assertBuildsOutsideProduction(pr, production, 'analytics_pr_42')).toThrow(
      'model.test.customers would be built in production schema `ANALYTICS`'
    )
  })
})
