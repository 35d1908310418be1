/** The oracle stores each edit's manifest as its delta from the unedited manifest; rebuilding must be exact. */
import { describe, expect, test } from '@jest/globals'
import { applyJsonDelta, jsonDelta, type Json } from './json-delta.js'

type JsonObject = { [key: string]: Json }

function roundTrip(from: JsonObject, to: JsonObject): JsonObject {
  return applyJsonDelta(from, JSON.parse(JSON.stringify(jsonDelta(from, to))))
}

describe('jsonDelta', () => {
  test('equal documents have an empty delta', () => {
    expect(jsonDelta({ a: { b: [1, 2] } }, { a: { b: [1, 2] } })).toEqual({})
  })

  test('only the changed member of a nested object is stored', () => {
    const from = { nodes: { a: { raw_code: 'select 1', created_at: 1 }, b: { raw_code: 'select 2' } } }
    const to = { nodes: { a: { raw_code: 'select 1', created_at: 2 }, b: { raw_code: 'select 2' } } }
    expect(jsonDelta(from, to)).toEqual({ change: { nodes: { change: { a: { set: { created_at: 2 } } } } } })
  })

  test('added, removed and retyped members rebuild exactly', () => {
    const from = { a: 1, b: { c: null }, d: [1], e: 'x' }
    const to = { a: { now: 'an object' }, b: null, d: [1, 2], f: false }
    expect(roundTrip(from, to)).toStrictEqual(to)
  })

  test('the key order of the edited document is kept', () => {
    const from = { nodes: { a: 1, c: 3 } }
    const to = { nodes: { a: 1, b: 2, c: 3 } }
    expect(Object.keys(roundTrip(from, to).nodes as JsonObject)).toEqual(['a', 'b', 'c'])
  })

  test('null members are values, not removals', () => {
    const from = { a: 1, b: 2 }
    const to = { a: null, b: 2 }
    expect(roundTrip(from, to)).toStrictEqual(to)
  })
})
