import { expect, test } from '@jest/globals'
import { TopLevelJsonScanner } from '../../src/manifest/json-scanner.js'

/** Feeds `text` to a scanner in windows of `chunk` bytes, as the loader does, and returns the entries. */
function entriesOf(text: string, chunk: number, skippedFields: string[]): Record<string, unknown> {
  const entries: Record<string, unknown> = {}
  const scanner = new TopLevelJsonScanner({
    maps: new Set(['nodes']),
    values: new Set(),
    skippedFields: new Set(skippedFields),
    onEntry: (_map, key, json) => void (entries[key] = JSON.parse(json)),
    onValue: () => undefined
  })
  const bytes = Buffer.from(text)
  let window = Buffer.alloc(0)
  for (let at = 0; at <= bytes.length; at += chunk) {
    const keep = scanner.retainFrom()
    scanner.rebase(keep)
    window = Buffer.concat([window.subarray(keep), bytes.subarray(at, at + chunk)])
    scanner.scan(window, at + chunk >= bytes.length)
    if (at + chunk >= bytes.length) break
  }
  return entries
}

const text = JSON.stringify({
  nodes: {
    a: { compiled_code: 'x, "y": {z}', name: 'a', nested: { compiled_code: 'kept' }, sql: ['1'] },
    b: { name: 'compiled_code', compiled_code: { deep: [1, { compiled_code: 2 }] } },
    c: ['compiled_code', { compiled_code: 'in an array entry: not a field of the entry' }]
  }
})

test.each([1, 4, 9, 1000])(
  'chunk %i: skipped fields of an entry arrive as null, nothing else changes',
  chunk => {
    expect(entriesOf(text, chunk, ['compiled_code', 'sql'])).toEqual({
      a: { compiled_code: null, name: 'a', nested: { compiled_code: 'kept' }, sql: null },
      b: { name: 'compiled_code', compiled_code: null },
      c: ['compiled_code', { compiled_code: 'in an array entry: not a field of the entry' }]
    })
  }
)

test('without skipped fields every entry arrives whole', () => {
  expect(entriesOf(text, 5, [])).toEqual(JSON.parse(text).nodes)
})
