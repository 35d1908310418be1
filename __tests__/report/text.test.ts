import { describe, expect, test } from '@jest/globals'
import {
  clip,
  firstLine,
  formatAge,
  formatCount,
  formatDuration,
  formatTimestamp
} from '../../src/report/text.js'

describe('clip', () => {
  test('leaves short text alone', () => {
    expect(clip('orders', 6)).toBe('orders')
  })

  test('ends shortened text with … within the limit', () => {
    expect(clip('abcdefgh', 5)).toBe('abcd…')
  })

  test('never splits a surrogate pair', () => {
    const clipped = clip('ab😀😀😀', 4)
    expect(clipped).toBe('ab…')
  })

  test('never splits an emoji sequence or a combining accent', () => {
    expect(clip('x👩‍👩‍👧‍👦yz', 10)).toBe('x…')
    expect(clip('cafe\u0301s', 5)).toBe('caf…')
  })

  test('is fast on very long text: only the cut is segmented', () => {
    const long = 'x'.repeat(5_000_000)
    expect(clip(long, 4_000)).toHaveLength(4_000)
  })
})

describe('firstLine', () => {
  test('marks that lines were dropped', () => {
    expect(firstLine('Database Error\n  column does not exist', 100)).toBe('Database Error …')
  })
})

describe('formatting', () => {
  test('counts use thousands separators whatever the locale', () => {
    expect(formatCount(9950)).toBe('9,950')
  })

  test('durations', () => {
    expect([0.0412, 1.5, 65, 3725].map(formatDuration)).toEqual(['41 ms', '1.5 s', '1m 05s', '1h 02m'])
  })

  test('ages round down', () => {
    expect([59, 3599, 7200, 93_600, 870_000].map(formatAge)).toEqual([
      '0 minutes',
      '59 minutes',
      '2 hours',
      '26 hours',
      '10 days'
    ])
  })

  test('timestamps in UTC to the minute', () => {
    expect(formatTimestamp('2026-11-25T08:00:59+01:00')).toBe('2026-11-25 07:00 UTC')
    expect(formatTimestamp('yesterday')).toBe('yesterday')
  })
})
