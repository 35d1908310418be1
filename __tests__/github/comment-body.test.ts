import { describe, expect, test } from '@jest/globals'
import {
  commentBody,
  commentMarker,
  MAX_COMMENT_LENGTH,
  startsWithMarker
} from '../../src/github/comment-body.js'

const MARKER = commentMarker()

describe('the comment body', () => {
  test('puts the hidden marker on the first line', () => {
    expect(commentBody('## Report', MARKER)).toBe('<!-- dbt-slim-ci:comment -->\n## Report')
  })

  test('uses the marker id so jobs can keep separate comments', () => {
    expect(commentMarker('snowflake')).toBe('<!-- dbt-slim-ci:snowflake -->')
  })

  test('keeps a body that fits exactly', () => {
    const markdown = 'x'.repeat(MAX_COMMENT_LENGTH - MARKER.length - 1)

    expect(commentBody(markdown, MARKER)).toHaveLength(MAX_COMMENT_LENGTH)
  })

  test('cuts an oversized body at a line break and says so', () => {
    const markdown = Array.from({ length: 4000 }, (_, i) => `line ${i} ${'-'.repeat(20)}`).join('\n')

    const body = commentBody(markdown, MARKER)

    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(body).toMatch(/-\n\n… \*\(comment truncated/)
    expect(startsWithMarker(body, MARKER)).toBe(true)
  })

  test('closes a code block the cut left open', () => {
    const markdown = '```sql\n' + 'select 1\n'.repeat(10_000)

    const body = commentBody(markdown, MARKER)

    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(body.match(/^```/gm)).toHaveLength(2)
  })

  test('never ends on half of a surrogate pair', () => {
    const body = commentBody('😀'.repeat(MAX_COMMENT_LENGTH), MARKER)

    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(body.replace(/\n\n….*$/s, '')).not.toMatch(/[\uD800-\uDBFF]$/)
  })
})

describe('recognising our comment', () => {
  test('by the marker on the first line only', () => {
    expect(startsWithMarker(`${MARKER}\nreport`, MARKER)).toBe(true)
    expect(startsWithMarker(`> ${MARKER}\nquoted`, MARKER)).toBe(false)
    expect(startsWithMarker(`hello\n${MARKER}`, MARKER)).toBe(false)
    expect(startsWithMarker(null, MARKER)).toBe(false)
  })

  test('not by another id', () => {
    expect(startsWithMarker(`${commentMarker('other')}\nreport`, MARKER)).toBe(false)
  })
})
