/**
 * The fork-safe setup's second half: a privileged workflow_run job posts the report that an unprivileged pull
 * request run stored as an artifact. Runs the bundled action against the loopback GitHub.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../fakes/github-server.js'
import { buildZip } from '../fakes/github-zip.js'
import { skippedReport } from '../report/fixtures/report-fixtures.js'
import { runAction } from '../helpers/run-action.js'

const PR = 12
const HEAD = 'abc1230000000000000000000000000000000000'

describe('comment mode', () => {
  let fake: FakeGitHub
  let runId: number

  const storedReport = (pullRequest: number) => {
    const report = skippedReport()
    report.context.pullRequest = pullRequest
    return buildZip([{ name: 'report.json', data: JSON.stringify(report) }])
  }

  const commentRun = () =>
    runAction({
      inputs: { mode: 'auto', 'github-token': 'ghs_actions', 'report-artifact': 'dbt-slim-ci-report' },
      eventName: 'workflow_run',
      event: { workflow_run: { id: runId, head_sha: HEAD }, repository: { full_name: fake.fullName, default_branch: 'main' } },
      env: { ...fake.environment(runId + 1), GITHUB_RUN_ID: String(runId + 1) }
    })

  beforeAll(async () => {
    fake = await FakeGitHub.start()
  })
  afterAll(async () => fake.close())
  beforeEach(() => {
    fake.reset()
    runId = fake.addRun({ workflow: 'slim-ci-forks.yml', event: 'pull_request', head_sha: HEAD }).id
    fake.pullRequests.set(PR, { headSha: HEAD })
  })

  test('posts the stored report on the pull request the run built', async () => {
    fake.addArtifact(runId, 'dbt-slim-ci-report', storedReport(PR))
    const run = await commentRun()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.mode).toBe('comment')
    const comments = fake.comments.filter(c => c.issue === PR)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('<!-- dbt-slim-ci:comment -->')
  })

  test('refuses a report that names a pull request the run did not build', async () => {
    fake.pullRequests.set(99, { headSha: 'ffff000000000000000000000000000000000000' })
    fake.addArtifact(runId, 'dbt-slim-ci-report', storedReport(99))
    const run = await commentRun()
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain('whose head is not the commit run')
    expect(fake.comments).toEqual([])
  })

  test('a run that stored no report posts nothing and succeeds', async () => {
    const run = await commentRun()
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain('stored no report')
    expect(fake.comments).toEqual([])
  })
})
