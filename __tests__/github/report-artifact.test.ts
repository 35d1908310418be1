import { describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { reportArtifactName, uploadReport } from '../../src/github/report-artifact.js'
import { skippedReport } from '../report/fixtures/report-fixtures.js'

describe('the report artifact', () => {
  test('keeps its name for the default comment and gets the comment id otherwise', () => {
    expect(reportArtifactName('dbt-slim-ci-report', 'comment')).toBe('dbt-slim-ci-report')
    expect(reportArtifactName('dbt-slim-ci-report', 'snowflake')).toBe('dbt-slim-ci-report-snowflake')
  })

  test('on GitHub Enterprise Server, says where the report is and how to upload it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'report-'))
    const ghes = { GITHUB_SERVER_URL: 'https://github.acme.internal' }
    await expect(uploadReport('dbt-slim-ci-report', folder, skippedReport(), ghes)).rejects.toThrow(
      `The report is in the job summary and in ${folder} (the \`report-path\` output's folder): upload that folder with \`actions/upload-artifact@v3\``
    )
  })
})
