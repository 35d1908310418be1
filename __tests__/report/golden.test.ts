import { describe, expect, test } from '@jest/globals'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderText } from '../../src/report/render-text.js'
import { COMMENT_LIMIT, renderMarkdown, SUMMARY_LIMIT } from '../../src/report/render.js'
import type { Report } from '../../src/report/types.js'
import {
  cleanupReport,
  deployReport,
  failedPullRequestReport,
  firstDeployReport,
  rollbackReport,
  skippedReport
} from './fixtures/report-fixtures.js'
import { dataDiffBoundsReport, dataDiffPullRequestReport } from './fixtures/data-diff-fixtures.js'

const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '__golden__')
const MARKER = '<!-- dbt-slim-ci:pr -->'

/** Compares with the committed rendering; UPDATE_GOLDEN=1 rewrites it instead (review the diff!). */
async function expectGolden(name: string, actual: string): Promise<void> {
  const file = path.join(GOLDEN_DIR, name)
  if (process.env.UPDATE_GOLDEN === '1') {
    await mkdir(GOLDEN_DIR, { recursive: true })
    await writeFile(file, actual)
    return
  }
  let expected: string
  try {
    expected = await readFile(file, 'utf8')
  } catch {
    throw new Error(`No golden file ${file}: run the tests with UPDATE_GOLDEN=1 and review what they write.`)
  }
  expect(actual).toBe(expected)
}

const cases: [string, () => Report | Promise<Report>][] = [
  ['failed-pr', failedPullRequestReport],
  ['deploy', deployReport],
  ['first-deploy', firstDeployReport],
  ['rollback', rollbackReport],
  ['cleanup', cleanupReport],
  ['skipped', skippedReport],
  ['data-diff', dataDiffPullRequestReport],
  ['data-diff-bounds', dataDiffBoundsReport]
]

describe.each(cases)('the %s report renders as committed', (name, build) => {
  test('as the PR comment', async () => {
    await expectGolden(
      `${name}.comment.md`,
      renderMarkdown(await build(), { budget: COMMENT_LIMIT, target: 'comment', marker: MARKER })
    )
  })

  test('as the job summary', async () => {
    await expectGolden(
      `${name}.summary.md`,
      renderMarkdown(await build(), { budget: SUMMARY_LIMIT, target: 'summary' })
    )
  })

  test('as terminal text', async () => {
    await expectGolden(`${name}.txt`, renderText(await build()))
  })
})
