import { describe, expect, test } from '@jest/globals'
import type { ChangeReason } from '../../src/state/types.js'
import { markdownContext } from '../../src/report/markdown-context.js'
import { measureChars } from '../../src/report/budget.js'
import { describeReason, nodeName, outcomeOf, plainInline, typedNodeName } from '../../src/report/wording.js'
import { RUN_RESULT_STATUSES } from '../../src/dbt/run-results.js'
import { skippedReport } from './fixtures/report-fixtures.js'

const inWords = (reason: ChangeReason): string => describeReason(reason, plainInline)
const markdown = markdownContext(skippedReport(), measureChars, null).inline

describe('every change reason is said in words', () => {
  test('body', () => {
    expect(inWords({ code: 'body_changed', check: 'body', message: '' })).toBe('SQL body changed')
  })

  test('generic tests: what only the body and relation sub-selectors see', () => {
    expect(inWords({ code: 'generic_test_body_changed', check: 'body', message: '' })).toBe(
      'test definition changed (only state:modified.body selects this)'
    )
    expect(
      inWords({
        code: 'generic_test_relation_changed',
        check: 'relation',
        message: '',
        changes: [{ key: 'schema', old: 'dbt_test__audit', new: 'audit' }]
      })
    ).toBe(
      'test relation config changed: schema dbt_test__audit → audit (only state:modified.relation selects this)'
    )
  })

  test('config keys with old → new values, unset keys named as such', () => {
    expect(
      inWords({
        code: 'config_changed',
        check: 'configs',
        message: '',
        changes: [
          { key: 'materialized', old: 'view', new: 'incremental' },
          { key: 'on_schema_change', old: undefined, new: 'fail' }
        ]
      })
    ).toBe('config changed: materialized view → incremental, on_schema_change (unset) → fail')
  })

  test('relation parts', () => {
    expect(
      inWords({
        code: 'relation_changed',
        check: 'relation',
        message: '',
        changes: [{ key: 'schema', old: 'finance', new: 'marts' }]
      })
    ).toBe('relation changed: schema finance → marts')
  })

  test('which macro, through which chain', () => {
    expect(
      inWords({
        code: 'macro_changed',
        check: 'macros',
        message: '',
        chain: ['money', 'cents_to_dollars'],
        macroChange: 'modified'
      })
    ).toBe('macro cents_to_dollars modified, used via money → cents_to_dollars')
  })

  test('a breaking contract change says what breaks, and when dbt refuses it', () => {
    expect(
      inWords({
        code: 'contract_changed',
        check: 'contract',
        message: '',
        fatal: true,
        breaking: [
          { kind: 'column_removed', detail: 'column `customer_id` was removed', column: 'customer_id' }
        ]
      })
    ).toBe(
      'breaking contract change: column `customer_id` was removed — dbt refuses to build it: versioned models need a new version'
    )
  })

  test('a contract change that breaks nothing says so', () => {
    expect(
      inWords({ code: 'contract_changed', check: 'contract', message: '', fatal: false, breaking: [] })
    ).toBe('contract changed (not breaking: nothing consumers rely on was removed)')
  })

  test('persisted descriptions name the columns', () => {
    expect(
      inWords({
        code: 'description_changed',
        check: 'persisted_descriptions',
        message: '',
        columns: ['id', 'amount'],
        relation: true
      })
    ).toBe('persisted description changed: model description; columns id, amount')
  })

  test('fqn moves', () => {
    expect(
      inWords({
        code: 'fqn_changed',
        check: 'fqn',
        message: '',
        old: ['shop', 'staging', 'orders'],
        new: ['shop', 'marts', 'orders']
      })
    ).toBe('moved: shop.staging.orders → shop.marts.orders')
  })

  test('seed contents, with dbt’s big-seed warning', () => {
    expect(
      inWords({
        code: 'seed_checksum_changed',
        check: 'body',
        message: '',
        oldHash: { name: 'path', checksum: 'seeds/big.csv' },
        newHash: { name: 'sha256', checksum: 'abc' },
        warning: 'the seed is over 1 MiB: dbt compares its path only'
      })
    ).toBe(
      'seed contents changed (checksum seeds/big.c… → abc); the seed is over 1 MiB: dbt compares its path only'
    )
  })

  test('ref representation and other fields', () => {
    expect(
      inWords({
        code: 'ref_representation_changed',
        check: 'ref_representation',
        message: '',
        changes: [{ key: 'alias', old: 'a', new: 'b' }]
      })
    ).toBe('a ref now resolves differently: alias a → b')
    expect(
      inWords({
        code: 'field_changed',
        check: 'other',
        message: '',
        changes: [{ key: 'owner', old: { name: 'x' }, new: null }]
      })
    ).toBe('changed: owner {"name":"x"} → null')
  })

  test("an index dbt's unrendered_config lists twice (YAML config appended to the config block) is shown once", () => {
    const index = { columns: ['customer_id'], unique: true }
    expect(
      inWords({
        code: 'config_changed',
        check: 'configs',
        message: '',
        changes: [{ key: 'indexes', old: undefined, new: [index, index] }]
      })
    ).toBe('config changed: indexes (unset) → [{"columns":["customer_id"],"unique":true}]')
  })

  test('in Markdown, values are code spans and free text is escaped', () => {
    expect(
      describeReason(
        {
          code: 'config_changed',
          check: 'configs',
          message: '',
          changes: [{ key: 'post_hook', old: [], new: ['grant <x> | y'] }]
        },
        markdown
      )
    ).toBe('config changed: `post_hook` `[]` → `["grant <x> | y"]`')
  })
})

describe('every dbt status counts as an outcome', () => {
  test.each(RUN_RESULT_STATUSES.map(status => [status]))('%s', status => {
    expect(['failed', 'warned', 'passed', 'skipped', 'reused', 'no-op']).toContain(outcomeOf(status))
  })

  test('a no-op (an exposure or saved query, nothing to run) is not counted as reused', () => {
    expect(outcomeOf('no-op')).toBe('no-op')
    expect(outcomeOf('reused')).toBe('reused')
  })
})

describe('nodes are named the way dbt names them, also without display info', () => {
  const none = { nodes: {} }

  test('a generic test drops the hash of its arguments, a singular test has none', () => {
    expect(nodeName(none, 'test.shop.not_null_orders_id.5fb22c2710')).toBe('not_null_orders_id')
    expect(nodeName(none, 'test.shop.assert_order_amounts_positive')).toBe('assert_order_amounts_positive')
  })

  test('a unit test is named with its model, a versioned model with its version', () => {
    expect(nodeName(none, 'unit_test.shop.fct_orders.test_large_orders')).toBe(
      'fct_orders::test_large_orders'
    )
    expect(nodeName(none, 'model.shop.dim_products.v1')).toBe('dim_products.v1')
  })

  test('lists that mix resource types say what each node is', () => {
    expect(typedNodeName(none, 'source.shop.raw.customers')).toBe('source raw.customers')
    expect(typedNodeName(none, 'model.shop.customers')).toBe('model customers')
  })
})
