import { describe, expect, test } from '@jest/globals'
import {
  assertBuildsInPrSchemas,
  assertBuildsOutsideProduction,
  assertPrNamesFit
} from '../../src/defer/safety.js'
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

describe('where a PR builds', () => {
  test('relations in the PR schema or schemas derived from it may build', () => {
    const pr = manifest({
      nodes: [
        model('orders', { schema: 'analytics_pr_42' }),
        model('revenue', { schema: 'analytics_pr_42_marts' })
      ]
    })
    const building = new Set(['model.test.orders', 'model.test.revenue'])
    expect(() => assertBuildsInPrSchemas(pr, building, 'analytics_pr_42')).not.toThrow()
  })

  test('a target that ignores DBT_SLIM_CI_SCHEMA is refused with the fix', () => {
    const pr = manifest({ nodes: [model('orders', { schema: 'dbt_ci' })] })
    expect(() => assertBuildsInPrSchemas(pr, new Set(['model.test.orders']), 'dbt_ci_pr_2')).toThrow(
      'model.test.orders would be built in `dbt_ci`, not in the PR schema `dbt_ci_pr_2`: the dbt target ignores DBT_SLIM_CI_SCHEMA.'
    )
  })

  test('relations the PR does not build are not its concern', () => {
    const pr = manifest({ nodes: [model('orders', { schema: 'dbt_ci' })] })
    expect(() => assertBuildsInPrSchemas(pr, new Set(), 'dbt_ci_pr_2')).not.toThrow()
  })
})

describe('names that cannot collide', () => {
  const long = 'a'.repeat(55)

  test('a PR schema longer than Postgres keeps is refused before dbt runs, naming the limit and the fix', () => {
    const pr = manifest({ nodes: [model('orders', { schema: `${long}_pr_12345` })] })
    expect(() => assertPrNamesFit(pr, `${long}_pr_12345`, '`schema-prefix` input')).toThrow(
      `\`${long}_pr_12345\` (the PR schema): 64 bytes`
    )
  })

  test('custom-schema descendants count too', () => {
    const prSchema = `${long}_pr_1`
    const pr = manifest({ nodes: [model('orders', { schema: `${prSchema}_marts` })] })
    expect(() => assertPrNamesFit(pr, prSchema, '`--schema-prefix`')).toThrow(/63 bytes/)
  })

  test('names within the limit pass; multi-byte characters count as bytes on Postgres', () => {
    const fits = 'ü'.repeat(26) + '_pr_1234' // 52 + 8 bytes
    expect(() => assertPrNamesFit(manifest({ nodes: [] }), fits, 'x')).not.toThrow()
    const over = 'ü'.repeat(28) + '_pr_1234' // 56 + 8 bytes
    expect(() => assertPrNamesFit(manifest({ nodes: [] }), over, 'x')).toThrow('64 bytes')
  })
})
