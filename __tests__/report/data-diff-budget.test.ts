import { expect, test } from '@jest/globals'
import { COMMENT_LIMIT, renderMarkdown, SUMMARY_LIMIT } from '../../src/report/render.js'
import { dataDiffBoundsReport } from './fixtures/data-diff-fixtures.js'

async function hugeDiff() {
  const report = await dataDiffBoundsReport()
  const template = report.dataDiff!.models[0]
  const models = Array.from({ length: 3000 }, (_, i) => ({ ...template, uniqueId: `model.shop.events_${i}` }))
  return { ...report, dataDiff: { ...report.dataDiff!, models } }
}

test('a data diff of 3,000 models keeps the comment within GitHub’s limit and says how many rows were left out', async () => {
  const comment = renderMarkdown(await hugeDiff(), { budget: COMMENT_LIMIT, target: 'comment' })
  expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
  expect(comment).toContain('#### Data diff against production')
  expect(comment).toMatch(/… and [\d,]+ more models — \[see the full report\]/)
})

test('the job summary has room for more of the same diff than the comment', async () => {
  const report = await hugeDiff()
  const rows = (text: string) =>
    text.split('\n').filter(line => /^\| 🔍 `(model\.shop\.)?events_\d+` \|/.test(line)).length
  const comment = renderMarkdown(report, { budget: COMMENT_LIMIT, target: 'comment' })
  const summary = renderMarkdown(report, { budget: SUMMARY_LIMIT, target: 'summary' })
  expect(rows(summary)).toBe(3000)
  expect(rows(comment)).toBeLessThan(3000)
})
