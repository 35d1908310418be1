import { describe, expect, test } from '@jest/globals'
import {
  formatMark,
  MARK_PREFIX,
  parseMark,
  renewedMark,
  type OwnershipMark
} from '../../src/warehouse/ownership-mark.js'

const mark: OwnershipMark = {
  role: 'pr',
  repository: 'acme/analytics',
  pullRequest: 42,
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-12-01T09:30:00.000Z'
}

describe('ownership marks', () => {
  test('a mark is the prefix and one JSON object, and parses back to itself', () => {
    const text = formatMark(mark)
    expect(text).toBe(
      'dbt-slim-ci:{"v":1,"role":"pr","repo":"acme/analytics","pr":42,"created":"2026-11-30T10:00:00.000Z","updated":"2026-12-01T09:30:00.000Z"}'
    )
    expect(parseMark(text)).toEqual(mark)
  })

  test('a deploy mark has no pull request', () => {
    const green: OwnershipMark = { ...mark, role: 'deploy', pullRequest: null }
    expect(formatMark(green)).not.toContain('"pr"')
    expect(parseMark(formatMark(green))).toEqual(green)
  })

  test.each([
    ['no comment', null],
    ['a person’s comment', 'Finance marts, owned by the data team'],
    ['the prefix with broken JSON', `${MARK_PREFIX}{"v":1,`],
    [
      'an unknown version',
      `${MARK_PREFIX}{"v":2,"role":"pr","repo":"a/b","pr":1,"created":"2026-01-01","updated":"2026-01-01"}`
    ],
    [
      'a PR mark without a number',
      `${MARK_PREFIX}{"v":1,"role":"pr","repo":"a/b","created":"2026-01-01","updated":"2026-01-01"}`
    ],
    [
      'a fractional PR number',
      `${MARK_PREFIX}{"v":1,"role":"pr","repo":"a/b","pr":1.5,"created":"2026-01-01","updated":"2026-01-01"}`
    ],
    [
      'an unsafe PR number',
      `${MARK_PREFIX}{"v":1,"role":"pr","repo":"a/b","pr":9007199254740993,"created":"2026-01-01","updated":"2026-01-01"}`
    ],
    [
      'a bad timestamp',
      `${MARK_PREFIX}{"v":1,"role":"pr","repo":"a/b","pr":1,"created":"yesterday","updated":"2026-01-01"}`
    ],
    ['an array', `${MARK_PREFIX}[1]`]
  ])('%s is not a mark', (_name, comment) => {
    expect(parseMark(comment)).toBeNull()
  })

  test('renewing keeps the creation time of the same owner and moves the update time', () => {
    const now = new Date('2026-12-02T08:00:00.000Z')
    const owner = { role: 'pr' as const, repository: 'acme/analytics', pullRequest: 42 }
    expect(renewedMark(owner, mark, now)).toEqual({
      ...owner,
      createdAt: mark.createdAt,
      updatedAt: now.toISOString()
    })
    expect(renewedMark({ ...owner, pullRequest: 43 }, mark, now).createdAt).toBe(now.toISOString())
  })
})
