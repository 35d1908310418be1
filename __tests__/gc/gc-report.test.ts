/** The garbage collection section of the job summary: every dropped and kept schema with why, within budget. */
import { expect, test } from '@jest/globals'
import { newReport } from '../../src/report/lifecycle.js'
import { renderMarkdown, SUMMARY_LIMIT } from '../../src/report/render.js'
import type { GcEntry, Report } from '../../src/report/types.js'

function gcReport(dropped: GcEntry[], kept: GcEntry[], note: string | null = null): Report {
  const report = newReport('gc', {
    run: { repository: 'acme/analytics', runId: 1, runUrl: null, pullRequest: null, commitSha: null },
    now: () => new Date('2026-12-02T03:17:00Z')
  })
  report.gc = { ttlHours: 168, pullRequestStates: note ? 'ttl-only' : 'github', note, dropped, kept }
  return report
}
const entry = (name: string, reason: string): GcEntry => ({ name, database: 'test', kind: 'pr', reason })

test('lists the dropped and the kept schemas, each with its reason', () => {
  const markdown = renderMarkdown(
    gcReport(
      [entry('analytics_pr_7', 'pull request #7 is closed')],
      [entry('analytics', 'production uses it')]
    ),
    { target: 'summary', budget: SUMMARY_LIMIT }
  )
  expect(markdown).toContain('#### Garbage collection')
  expect(markdown).toContain('Dropped 1 schema, kept 1 · TTL 168 hours · pull request states from GitHub')
  // `#7` is neutralised so GitHub links no issue from the summary.
  expect(markdown).toContain('**Dropped (1)**\n\n- `analytics_pr_7`: pull request \\#\u200b7 is closed')
  expect(markdown).toContain('**Kept (1)**\n\n- `analytics`: production uses it')
})

test('without GitHub the summary says the TTL alone decided, and why', () => {
  const markdown = renderMarkdown(gcReport([], [], 'The `github-token` input is empty.'), {
    target: 'summary',
    budget: SUMMARY_LIMIT
  })
  expect(markdown).toContain('pull request states not asked (TTL only)')
  expect(markdown).toContain('> [!NOTE]\n> The `github-token` input is empty.')
})

test('thousands of schemas fit a comment-sized budget, ending with how many were left out', () => {
  const many = Array.from({ length: 5000 }, (_, i) => entry(`analytics_pr_${i}`, 'pull request is closed'))
  const markdown = renderMarkdown(gcReport(many, []), { target: 'comment', budget: 20_000 })
  expect(markdown.length).toBeLessThanOrEqual(20_000)
  expect(markdown).toMatch(/… and [\d,]+ more schemas/)
})
