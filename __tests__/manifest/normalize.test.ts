import { describe, expect, test } from '@jest/globals'
import { EntryShapeError, normalizeMacro, normalizeNode } from '../../src/manifest/normalize.js'

describe('normalizeNode fills what dbt would fill when deserialising', () => {
  test('a bare model gets every default of §9.3', () => {
    const node = normalizeNode({ resource_type: 'model', name: 'orders' }, 'model.shop.orders', 'nodes')
    expect(node).toMatchObject({
      uniqueId: 'model.shop.orders',
      section: 'nodes',
      enabled: true,
      fqn: [],
      dependsOnNodes: [],
      dependsOnMacros: [],
      rawCode: '',
      config: {},
      unrenderedConfig: {},
      description: '',
      columns: {},
      checksum: { name: 'none', checksum: '' },
      contract: { enforced: false, checksum: null },
      constraints: [],
      access: 'protected',
      version: null,
      latestVersion: null,
      deprecationDate: null,
      testMetadata: null,
      extra: {}
    })
  })

  test('raw_sql of manifests before v7 becomes the raw code, in SQL', () => {
    const node = normalizeNode({ resource_type: 'model', raw_sql: 'select 1' }, 'model.shop.a', 'nodes')
    expect(node).toMatchObject({ rawCode: 'select 1', language: 'sql' })
  })

  test('seeds drop depends_on.nodes, as dbt does when upgrading', () => {
    const seed = { resource_type: 'seed', depends_on: { nodes: ['model.shop.a'], macros: ['macro.dbt.x'] } }
    expect(normalizeNode(seed, 'seed.shop.s', 'nodes')).toMatchObject({
      dependsOnNodes: [],
      dependsOnMacros: ['macro.dbt.x']
    })
  })

  test('a removed macro still referenced stays visible as null', () => {
    const node = normalizeNode(
      { resource_type: 'model', depends_on: { macros: [null] } },
      'model.shop.a',
      'nodes'
    )
    expect(node.dependsOnMacros).toEqual([null])
  })

  test('columns keep name, description, data type and constraints', () => {
    const node = normalizeNode(
      {
        resource_type: 'model',
        columns: { id: { name: 'id', data_type: 'int', constraints: [{ type: 'not_null' }] }, x: {} }
      },
      'model.shop.a',
      'nodes'
    )
    expect(node.columns).toEqual({
      id: { name: 'id', description: '', dataType: 'int', constraints: [{ type: 'not_null' }] },
      x: { name: 'x', description: '', dataType: null, constraints: [] }
    })
  })

  test('sources: freshness members, quoting and external get their dataclass defaults', () => {
    const source = normalizeNode(
      {
        resource_type: 'source',
        freshness: { warn_after: { count: 1 } },
        quoting: { identifier: true },
        external: {}
      },
      'source.shop.raw.orders',
      'sources'
    )
    expect(source.extra).toEqual({
      identifier: null,
      source_name: '',
      unrendered_database: null,
      unrendered_schema: null,
      quoting: { database: null, schema: null, identifier: true, column: null },
      freshness: {
        warn_after: { count: 1, period: null },
        error_after: { count: null, period: null },
        filter: null
      },
      loaded_at_field: null,
      external: {
        location: null,
        file_format: null,
        row_format: null,
        tbl_properties: null,
        partitions: null
      }
    })
  })

  test('exposures are graph members whatever their config says, with owner defaults', () => {
    const exposure = normalizeNode(
      { resource_type: 'exposure', type: 'dashboard', owner: { email: 'a@b.c' }, config: { enabled: false } },
      'exposure.shop.board',
      'exposures'
    )
    expect(exposure).toMatchObject({
      enabled: true,
      extra: { owner: { email: 'a@b.c', name: null }, maturity: null }
    })
  })

  test('unit tests without config.enabled are enabled and keep their checksum string', () => {
    const unitTest = normalizeNode(
      { resource_type: 'unit_test', checksum: 'abc', model: 'orders' },
      'unit_test.shop.t',
      'unit_tests'
    )
    expect(unitTest).toMatchObject({
      enabled: true,
      extra: { checksum: 'abc', model: 'orders', versions: null }
    })
  })

  test('entries of disabled take their section from their resource type', () => {
    expect(
      normalizeNode({ resource_type: 'source', config: { enabled: false } }, 'source.a.b.c', null)
    ).toMatchObject({
      section: 'sources',
      enabled: false
    })
  })

  test('"rpc" nodes of dbt 1.0–1.2 are SQL operations', () => {
    expect(normalizeNode({ resource_type: 'rpc' }, 'rpc.shop.q', 'nodes').resourceType).toBe('sql_operation')
  })

  test('a resource type that does not belong to its section is rejected', () => {
    expect(() => normalizeNode({ resource_type: 'model' }, 'model.shop.a', 'sources')).toThrow(
      EntryShapeError
    )
  })

  test('an entry that is not an object is rejected', () => {
    expect(() => normalizeNode('model', 'model.shop.a', 'nodes')).toThrow('is not a JSON object')
  })
})

test('normalizeMacro keeps the macro SQL and its macro dependencies', () => {
  const macro = normalizeMacro(
    {
      unique_id: 'macro.shop.m',
      name: 'm',
      package_name: 'shop',
      macro_sql: '{% macro m() %}{% endmacro %}',
      depends_on: { macros: ['macro.dbt.x'] }
    },
    'macro.shop.m'
  )
  expect(macro).toEqual({
    uniqueId: 'macro.shop.m',
    name: 'm',
    packageName: 'shop',
    macroSql: '{% macro m() %}{% endmacro %}',
    dependsOnMacros: ['macro.dbt.x'],
    originalFilePath: ''
  })
})

describe('compiled code', () => {
  const compiled = { resource_type: 'model', compiled_code: 'select 1 from "db"."prod"."a"' }

  test('is dropped by default: it is most of a manifest and nothing compares it', () => {
    expect(normalizeNode(compiled, 'model.shop.b', 'nodes')).not.toHaveProperty('compiledCode')
  })

  test('is kept on request, also from compiled_sql of manifests before v7', () => {
    expect(normalizeNode(compiled, 'model.shop.b', 'nodes', { keepCompiledCode: true }).compiledCode).toBe(
      'select 1 from "db"."prod"."a"'
    )
    const old = { resource_type: 'model', compiled_sql: 'select 2' }
    expect(normalizeNode(old, 'model.shop.b', 'nodes', { keepCompiledCode: true }).compiledCode).toBe(
      'select 2'
    )
  })
})
