import { describe, expect, test } from '@jest/globals'
import { pyEq, sameInstant } from '../../src/state/python-equality.js'

describe('pyEq follows Python equality on JSON values', () => {
  test('true equals 1 and false equals 0, as Python bools are ints', () => {
    expect(pyEq(true, 1)).toBe(true)
    expect(pyEq(false, 0)).toBe(true)
    expect(pyEq(true, 2)).toBe(false)
  })

  test('integers equal floats of the same value', () => {
    expect(pyEq(1, 1.0)).toBe(true)
  })

  test('a string never equals a number', () => {
    expect(pyEq('1', 1)).toBe(false)
  })

  test('dict equality ignores key order but not values', () => {
    expect(pyEq({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true)
    expect(pyEq({ a: 1 }, { a: 1, b: null })).toBe(false)
  })

  test('lists are ordered', () => {
    expect(pyEq([1, 2], [2, 1])).toBe(false)
  })

  test('null equals only null', () => {
    expect(pyEq(null, null)).toBe(true)
    expect(pyEq(null, 0)).toBe(false)
    expect(pyEq(null, {})).toBe(false)
  })

  test('datetimes compare as instants whatever their ISO spelling', () => {
    expect(sameInstant('2020-01-01T00:00:00Z', '2020-01-01T01:00:00+01:00')).toBe(true)
    expect(sameInstant('2020-01-01T00:00:00Z', '2020-01-02T00:00:00Z')).toBe(false)
    expect(sameInstant(null, null)).toBe(true)
  })
})
