import { describe, expect, test } from '@jest/globals'
import { loadManifest } from '../../src/manifest/load.js'
import { normalizeNode } from '../../src/manifest/normalize.js'
import type { Json } from '../../src/manifest/types.js'
import { manifestWith, model, writeTemp } from './manifest-files.js'

/** Multi-byte UTF-8 (2, 3 and 4 bytes), escaped quotes, backslash runs and escapes next to quotes. */
const trickyCode = [
  'select \'café\' as "naïve ✓ 📦" -- 日本語',
  'where note = "say \\"hi\\"" and path = \'C:\\\\temp\\\\\' and re = \'\\\\\\"\'',
  `and emoji = '${'🙂'.repeat(40)}' and tab = '\t' and u = '\u2028'`
].join('\n')

const raw = manifestWith([
  model('orders', { raw_code: trickyCode, description: 'Ørders "quoted" \\ back' }),
  model('customers', {
    raw_code: '\\'.repeat(9) + '"' + 'é'.repeat(3000),
    depends_on: { macros: ['macro.shop.cents'], nodes: ['model.shop.orders'] }
  })
])
const compact = JSON.stringify(raw)

describe('loadManifest streams the file in chunks', () => {
  const file = writeTemp('manifest.json', compact)

  test.each([1, 2, 3, 5, 7, 13, 64, 1000])(
    'chunk size %i gives the same nodes as JSON.parse of the whole file',
    async chunkSize => {
      const manifest = await loadManifest(file, { chunkSize })
      const parsed = JSON.parse(compact) as { nodes: Record<string, Json> }
      for (const [id, entry] of Object.entries(parsed.nodes)) {
        expect(manifest.nodes.get(id)).toEqual(normalizeNode(entry, id, 'nodes'))
      }
      expect(manifest.nodes.get('model.shop.orders')?.rawCode).toBe(trickyCode)
      expect(manifest.macros.get('macro.shop.cents')?.macroSql).toContain('{{ x }} * 100')
    }
  )

  test('an entry larger than the chunk size loads whole', async () => {
    const big = manifestWith([model('wide', { raw_code: 'x'.repeat(200_000) })])
    const bigFile = writeTemp('manifest.json', JSON.stringify(big))
    const manifest = await loadManifest(bigFile, { chunkSize: 4096 })
    expect(manifest.nodes.get('model.shop.wide')?.rawCode).toHaveLength(200_000)
  })

  test('pretty-printed JSON with a byte order mark loads like compact JSON', async () => {
    const pretty = writeTemp('manifest.json', '\ufeff' + JSON.stringify(raw, null, 2) + '\n')
    const expected = await loadManifest(file)
    await expect(loadManifest(pretty, { chunkSize: 7 })).resolves.toEqual({ ...expected, path: pretty })
  })

  test('unknown top-level keys and unknown fields of entries are ignored', async () => {
    const withExtras = manifestWith([model('orders', { future_field: { deeply: [{ nested: '}]"' }] } })], {
      future_section: { '}': ['{', { '"': null }], n: -1.5e3, t: true },
      trailing_scalar: null
    })
    const manifest = await loadManifest(writeTemp('manifest.json', JSON.stringify(withExtras)), {
      chunkSize: 3
    })
    expect([...manifest.nodes.keys()]).toEqual(['model.shop.orders'])
    expect(manifest.nodes.get('model.shop.orders')?.extra).toEqual({})
  })

  test('graph edges come from depends_on.nodes of enabled members', async () => {
    const manifest = await loadManifest(file)
    expect(manifest.parents.get('model.shop.customers')).toEqual(['model.shop.orders'])
    expect(manifest.children.get('model.shop.orders')).toEqual(['model.shop.customers'])
    expect(manifest.children.get('model.shop.customers')).toEqual([])
  })
})

test('loadManifest keeps compiled code when asked to', async () => {
  const compiled = manifestWith([
    model('orders', { compiled_code: 'select 1 from "analytics"."prod"."raw"' })
  ])
  const file = writeTemp('manifest.json', JSON.stringify(compiled))
  const manifest = await loadManifest(file, { keepCompiledCode: true, chunkSize: 5 })
  expect(manifest.nodes.get('model.shop.orders')?.compiledCode).toBe('select 1 from "analytics"."prod"."raw"')
  expect((await loadManifest(file)).nodes.get('model.shop.orders')).not.toHaveProperty('compiledCode')
})

describe('fields nothing reads are skipped unparsed', () => {
  const skippedShapes = manifestWith([
    model('orders', {
      compiled_code: 'select "a,b": 1 from x where y = \'}\' -- {"compiled_code": [',
      description: 'compiled_code',
      columns: { compiled_code: { name: 'compiled_code', description: 'a column named like the field' } },
      refs: [{ name: 'customers', package: null, version: null }],
      extra_ctes: [{ id: 'model.shop.x', sql: 'with a as (select 1)' }],
      created_at: 1712345678.5,
      docs: { show: true, node_color: null }
    }),
    model('customers', { tags: ['first'], compiled_sql: '{"}": "]"}', metrics: [] })
  ])

  test.each([1, 2, 3, 7, 64, 100_000])(
    'chunk size %i: every node equals the normalised JSON.parse of its entry',
    async chunkSize => {
      for (const text of [JSON.stringify(skippedShapes), JSON.stringify(skippedShapes, null, 2)]) {
        const manifest = await loadManifest(writeTemp('manifest.json', text), { chunkSize })
        const parsed = JSON.parse(text) as { nodes: Record<string, Json> }
        for (const [id, entry] of Object.entries(parsed.nodes))
          expect(manifest.nodes.get(id)).toEqual(normalizeNode(entry, id, 'nodes'))
      }
    }
  )

  test('a nested key or a value spelled like a skipped field is kept', async () => {
    const manifest = await loadManifest(writeTemp('manifest.json', JSON.stringify(skippedShapes)), {
      chunkSize: 5
    })
    const orders = manifest.nodes.get('model.shop.orders')
    expect(orders?.description).toBe('compiled_code')
    expect(orders?.columns.compiled_code?.description).toBe('a column named like the field')
  })

  test('compiled code kept on request survives the same shapes', async () => {
    const manifest = await loadManifest(writeTemp('manifest.json', JSON.stringify(skippedShapes)), {
      keepCompiledCode: true,
      chunkSize: 3
    })
    expect(manifest.nodes.get('model.shop.orders')?.compiledCode).toBe(
      'select "a,b": 1 from x where y = \'}\' -- {"compiled_code": ['
    )
    expect(manifest.nodes.get('model.shop.customers')?.compiledCode).toBe('{"}": "]"}')
  })
})
