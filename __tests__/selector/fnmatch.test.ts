import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fnmatch } from '../../src/selector/fnmatch.js'

/** Python's own answers, written by data/fnmatch-cases.py. */
const { python, cases } = JSON.parse(
  readFileSync(new URL('./data/fnmatch-cases.json', import.meta.url), 'utf8')
) as { python: string; cases: [string, string, boolean][] }

describe(`fnmatch answers as Python ${python}'s fnmatch.fnmatch does`, () => {
  test('a reversed range matches nothing instead of throwing', () => {
    expect(fnmatch('z', '[z-a]')).toBe(false)
    expect(fnmatch('-', '[z-a]')).toBe(false)
  })

  test('an unclosed bracket is a literal', () => {
    expect(fnmatch('a[', 'a[')).toBe(true)
  })

  test(`on ${cases.length} patterns and names`, () => {
    const disagreements = cases.filter(([pattern, name, matches]) => fnmatch(name, pattern) !== matches)
    expect(disagreements).toEqual([])
  })
})
