import { describe, expect, test } from '@jest/globals'
import { testModifierKeys, unrenderedConfigChanges } from '../../src/state/config-comparison.js'
import { parseDbtVersion } from '../../src/state/dbt-version.js'

const v112 = parseDbtVersion('1.12.3')!
const base = { column_types: { a: 'text' }, materialized: 'table', post_hook: ['select 1'] }

describe('model config comparison over unrendered_config (T25)', () => {
  test.each([
    ['post_hook emptied', { ...base, post_hook: [] }],
    ['materialized changed', { ...base, materialized: 'view' }],
    ['quoting added', { ...base, quoting: { identifier: true } }],
    ['unknown key added', { ...base, extra: 'x' }],
    ['column_types changed', { ...base, column_types: { a: 'varchar' } }]
  ])('%s is a config change', (_name, changed) => {
    expect(unrenderedConfigChanges('model', changed, base, v112)).not.toHaveLength(0)
  })

  test.each([
    ['tags', { ...base, tags: ['x'] }],
    ['alias', { ...base, alias: 'other' }],
    ['schema', { ...base, schema: 'other' }],
    ['database', { ...base, database: 'other' }],
    ['group', { ...base, group: 'finance' }]
  ])('changing only %s is not a config change', (_name, changed) => {
    expect(unrenderedConfigChanges('model', changed, base, v112)).toEqual([])
  })

  test('a key present on one side only differs even when its value is null', () => {
    expect(unrenderedConfigChanges('model', { meta: null }, {}, v112)).toEqual([
      { key: 'meta', old: undefined, new: null }
    ])
  })

  test('each differing key is listed with its old and new value', () => {
    expect(
      unrenderedConfigChanges(
        'model',
        { materialized: 'table', meta: { a: 1 } },
        { materialized: 'view' },
        v112
      )
    ).toEqual([
      { key: 'materialized', old: 'view', new: 'table' },
      { key: 'meta', old: undefined, new: { a: 1 } }
    ])
  })

  test('sources exclude no keys: tags and meta in unrendered_config count', () => {
    expect(unrenderedConfigChanges('source', { tags: ['a'] }, {}, v112)).toHaveLength(1)
  })

  test('metrics exclude only group', () => {
    expect(unrenderedConfigChanges('metric', { group: 'g' }, {}, v112)).toEqual([])
    expect(unrenderedConfigChanges('metric', { meta: {} }, {}, v112)).toHaveLength(1)
  })
})

describe('test configs compare only the modifier keys', () => {
  test('tests ignore everything but the modifiers', () => {
    expect(
      unrenderedConfigChanges('test', { enabled: true, tags: ['a'], schema: 'x', meta: { a: 1 } }, {}, v112)
    ).toEqual([])
    expect(unrenderedConfigChanges('test', { severity: 'warn' }, {}, v112)).toHaveLength(1)
  })

  test('the modifier list has 7 keys before 1.7, 8 from 1.7 and 9 from 1.12', () => {
    expect(testModifierKeys(parseDbtVersion('1.6.9')!)).toHaveLength(7)
    expect(testModifierKeys(parseDbtVersion('1.7.0')!)).toHaveLength(8)
    expect(testModifierKeys(parseDbtVersion('1.11.2')!)).toHaveLength(8)
    expect(testModifierKeys(v112)).toHaveLength(9)
  })

  test('sql_header is only a modifier from 1.12', () => {
    expect(unrenderedConfigChanges('test', { sql_header: 'set x' }, {}, parseDbtVersion('1.11.0')!)).toEqual(
      []
    )
    expect(unrenderedConfigChanges('test', { sql_header: 'set x' }, {}, v112)).toHaveLength(1)
  })
})
