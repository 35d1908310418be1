import { describe, expect, test } from '@jest/globals'
import { COMMENT_LIMIT, MINIMUM_BUDGET, renderMarkdown, SUMMARY_LIMIT } from '../../src/report/render.js'
import { syntheticReport } from './fixtures/synthetic.js'

const MARKER = '<!-- dbt-slim-ci:pr -->'
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function moreCount(markdown: string, what: string): number {
  const match = new RegExp(`… and ([\\d,]+) more ${what}`).exec(markdown)
  if (!match) throw new Error(`no "… and N more ${what}" line`)
  return Number(match[1].replace(/,/g, ''))
}

describe('a PR with 10,000 modified models', () => {
  const report = syntheticReport({ modified: 10_000, downstream: 2_000 })
  const comment = renderMarkdown(report, { budget: COMMENT_LIMIT, target: 'comment', marker: MARKER })

  test('the comment stays within GitHub’s 65,536 characters', () => {
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment.length).toBeGreaterThan(COMMENT_LIMIT * 0.8)
  })

  test('the marker is the first line', () => {
    expect(comment.split('\n')[0]).toBe(MARKER)
  })

  test('it says how many modified models were left out, and the shown ones plus that add up', () => {
    const shown = comment.match(/^- `changed_model_\d+` \(table/gm)?.length ?? 0
    expect(shown).toBeGreaterThan(10)
    expect(shown + moreCount(comment, 'modified models')).toBe(10_000)
    expect(comment).toContain('**Modified models (10,000)**')
  })

  test('cut lists point to the full report', () => {
    expect(comment).toMatch(
      /… and [\d,]+ more modified models — \[see the full report\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/1#summary-2\)/
    )
  })

  test('every section still has room: results start with failures, the lineage becomes a list', () => {
    expect(comment).toContain('#### Build and test results')
    const firstRow =
      comment.split('\n')[comment.split('\n').indexOf('| --- | --- | --- | ---: | ---: | --- |') + 1]
    expect(firstRow).toMatch(/^\| ❌ error \| `changed_model_\d+` \| model \|/)
    expect(comment).toContain('#### What happens on merge')
    expect(comment).toContain('Too large for a diagram')
    expect(comment).not.toContain('```mermaid')
  })

  test('the job summary shows more within 1 MB, measured in bytes', () => {
    const summary = renderMarkdown(report, { budget: SUMMARY_LIMIT, target: 'summary' })
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    const shown = summary.match(/^- `changed_model_\d+` \(table/gm)?.length ?? 0
    expect(shown).toBeGreaterThan(comment.match(/^- `changed_model_\d+` \(table/gm)?.length ?? 0)
  })
})

describe('budgets', () => {
  const report = syntheticReport({ modified: 400, downstream: 300 })

  test('any budget from the minimum up is respected, for comments and summaries', () => {
    for (let budget = MINIMUM_BUDGET; budget <= 40_000; budget += 1_013) {
      const comment = renderMarkdown(report, { budget, target: 'comment', marker: MARKER })
      expect(comment.length).toBeLessThanOrEqual(budget)
      expect(comment.startsWith(`${MARKER}\n### ❌ dbt Slim CI failed`)).toBe(true)
      expect(bytes(renderMarkdown(report, { budget, target: 'summary' }))).toBeLessThanOrEqual(budget)
    }
  })

  test('a budget above GitHub’s limit is capped to it', () => {
    const huge = syntheticReport({ modified: 5_000 })
    expect(renderMarkdown(huge, { budget: 10_000_000, target: 'comment' }).length).toBeLessThanOrEqual(
      COMMENT_LIMIT
    )
    expect(bytes(renderMarkdown(huge, { budget: 10_000_000, target: 'summary' }))).toBeLessThanOrEqual(
      SUMMARY_LIMIT
    )
  })

  test('a small budget keeps the status line and names the sections it left out', () => {
    const small = renderMarkdown(report, { budget: 2_500, target: 'comment' })
    expect(small).toContain('### ❌ dbt Slim CI failed in 1h 01m')
    expect(small).toMatch(/Left out for size: [a-z ,-]+/)
  })

  test('a budget too small for the status line is refused', () => {
    expect(() => renderMarkdown(report, { budget: 500, target: 'comment' })).toThrow(RangeError)
  })

  test('a report that fits is not cut at all', () => {
    const fits = renderMarkdown(syntheticReport({ modified: 3 }), {
      budget: COMMENT_LIMIT,
      target: 'comment'
    })
    expect(fits).not.toContain('… and')
    expect(fits).not.toContain('Left out for size')
  })
})

describe('very long failure messages', () => {
  const report = syntheticReport({
    modified: 200,
    failureMessage: index => `error ${index}: ${'x'.repeat(100_000)}`
  })

  test('are clipped in the comment, which stays within the limit', () => {
    const comment = renderMarkdown(report, { budget: COMMENT_LIMIT, target: 'comment' })
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment).toContain('<summary>Failure and warning messages (20)</summary>')
    expect(comment).toMatch(/^error \d+: x{3000,}…\n```$/m)
  })

  test('are clipped in the summary too', () => {
    expect(bytes(renderMarkdown(report, { budget: SUMMARY_LIMIT, target: 'summary' }))).toBeLessThanOrEqual(
      SUMMARY_LIMIT
    )
  })
})

describe('Unicode names', () => {
  const names = ['顧客_注文', '📦_orders', '👩‍👩‍👧‍👦_family', 'café_naïve', 'заказы', '🇺🇦_flags']
  const report = syntheticReport({
    modified: 600,
    downstream: 100,
    changedName: index => `${names[index % names.length]}_${'数据'.repeat(index % 40)}`,
    failureMessage: index => `失败 ${index}: ${'🔥'.repeat(3_000)}`
  })

  test('are never cut inside a code point, whatever the budget', () => {
    for (let budget = MINIMUM_BUDGET; budget <= 66_000; budget += 2_011) {
      const comment = renderMarkdown(report, { budget, target: 'comment' })
      expect(comment.length).toBeLessThanOrEqual(budget)
      expect(comment).not.toMatch(LONE_SURROGATE)
      const summary = renderMarkdown(report, { budget, target: 'summary' })
      expect(bytes(summary)).toBeLessThanOrEqual(budget)
      expect(summary).not.toMatch(LONE_SURROGATE)
    }
  })

  test('show as they are, CJK and emoji included', () => {
    const comment = renderMarkdown(report, { budget: COMMENT_LIMIT, target: 'comment' })
    expect(comment).toContain('`顧客_注文_` (table')
    expect(comment).toContain('`👩‍👩‍👧‍👦_family_数据数据` (table')
  })
})
