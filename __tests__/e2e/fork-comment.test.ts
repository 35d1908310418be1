/**
 * The fork-safe setup's second half: a privileged workflow_run job posts the report that an unprivileged pull
 * request run stored as an artifact. Runs the bundled action against the loopback GitHub.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/report/types.js'
import { FakeGitHub } from '../fakes/github-server.js'
import { buildZip } from '../fakes/github-zip.js'
import { skippedReport } from '../report/fixtures/report-fixtures.js'
import { runAction } from '../helpers/run-action.js'

const PR = 12
const HEAD = 'abc1230000000000000000000000000000000000'
const FORK = 'contributor/analytics'
const BRANCH = 'fix-typo'

describe('comment mode', () => {
  let fake: FakeGitHub
  let runId: number

  const storedReport = (pullRequest: number, edit: (report: Report) => void = () => undefined) => {
    const report = skippedReport()
    report.context.pullRequest = pullRequest
    edit(report)
    return buildZip([{ name: 'report.json', data: JSON.stringify(report) }])
  }

  const commentRun = (inputs: Record<string, string> = {}) =>
    runAction({
      inputs: {
        mode: 'auto',
        'github-token': 'ghs_actions',
        'report-artifact': 'dbt-slim-ci-report',
        ...inputs
      },
      eventName: 'workflow_run',
      event: {
        workflow_run: {
          id: runId,
          head_sha: HEAD,
          head_branch: BRANCH,
          head_repository: { full_name: FORK }
        },
        repository: { full_name: fake.fullName, default_branch: 'main' }
      },
      env: { ...fake.environment(runId + 1), GITHUB_RUN_ID: String(runId + 1) }
    })

  beforeAll(async () => {
    fake = await FakeGitHub.start()
  })
  afterAll(async () => fake.close())
  beforeEach(() => {
    fake.reset()
    runId = fake.addRun({
      workflow: 'slim-ci-forks.yml',
      event: 'pull_request',
      head_sha: HEAD,
      head_branch: BRANCH,
      headRepository: FORK
    }).id
    fake.pullRequests.set(PR, { headSha: HEAD, headRef: BRANCH, headRepository: FORK })
  })

  test('posts the stored report on the pull request the run built', async () => {
    fake.addArtifact(runId, 'dbt-slim-ci-report', storedReport(PR))
    const run = await commentRun()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.mode).toBe('comment')
    const comments = fake.comments.filter(c => c.issue === PR)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('<!-- dbt-slim-ci:comment -->')
    // The fork's read-only run could not create check runs; this privileged run does, on the head it built.
    expect(fake.checkRuns.map(check => [check.name, check.head_sha])).toEqual([
      ['dbt plan', HEAD],
      ['dbt build', HEAD],
      ['dbt tests', HEAD]
    ])
  })

  test('refuses a report that names a pull request the run did not build', async () => {
    fake.pullRequests.set(99, { headSha: 'ffff000000000000000000000000000000000000' })
    fake.addArtifact(runId, 'dbt-slim-ci-report', storedReport(99))
    const run = await commentRun()
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain('whose head is not the commit run')
    expect(fake.comments).toEqual([])
  })

  test('skips with a notice when the pull request has newer commits than the run it reports', async () => {
    fake.addArtifact(runId, 'dbt-slim-ci-report', storedReport(PR))
    fake.pullRequests.set(PR, {
      headSha: 'def4560000000000000000000000000000000000',
      headRef: BRANCH,
      headRepository: FORK
    })
    const run = await commentRun()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('skipped')
    expect(run.log).toContain(
      `::notice::Not commenting on pull request #${PR}: it has newer commits (head def4560)`
    )
    expect(fake.comments).toEqual([])
  })

  test('rebuilds every link from the repository and run ids, never from the stored report', async () => {
    const artifact = fake.addArtifact(
      runId,
      'dbt-slim-ci-report',
      storedReport(PR, report => {
        report.context.runUrl = 'https://evil.example/run'
        report.context.repository = 'evil/repo'
        report.fullReportUrl = 'https://evil.example/report'
        report.state = {
          ...report.state,
          source: 'artifact',
          runId: 4242,
          runUrl: 'https://evil.example/state'
        }
      })
    )
    const run = await commentRun()
    expect(run.exitCode).toBe(0)
    const [comment] = fake.comments
    expect(comment.body).not.toContain('evil')
    const runs = 'https://github.com/acme/analytics/actions/runs'
    expect(comment.body).toContain(`(${runs}/${runId})`)
    expect(comment.body).toContain(`(${runs}/${runId}/artifacts/${artifact.id})`)
    expect(comment.body).toContain(`(${runs}/4242)`)
  })

  test('a comment id picks the report that job uploaded under its own name', async () => {
    fake.addArtifact(runId, 'dbt-slim-ci-report', storedReport(PR))
    fake.addArtifact(runId, 'dbt-slim-ci-report-snowflake', storedReport(PR))
    const run = await commentRun({ 'comment-id': 'snowflake' })
    expect(run.exitCode).toBe(0)
    expect(fake.comments.map(c => c.body.split('\n')[0])).toEqual(['<!-- dbt-slim-ci:snowflake -->'])
  })

  test('with report-run-id outside workflow_run, the run is described by GitHub, not by the report', async () => {
    fake.addArtifact(runId, 'dbt-slim-ci-report', storedReport(99))
    fake.pullRequests.set(99, { headSha: 'ffff000000000000000000000000000000000000' })
    const run = await runAction({
      inputs: {
        mode: 'comment',
        'github-token': 'ghs_actions',
        'report-run-id': String(runId)
      },
      eventName: 'workflow_dispatch',
      event: { repository: { full_name: fake.fullName, default_branch: 'main' } },
      env: { ...fake.environment(runId + 1), GITHUB_RUN_ID: String(runId + 1) }
    })
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain('names pull request #99, whose head is not the commit run')
    expect(fake.requests.some(r => r.path.endsWith(`/actions/runs/${runId}`))).toBe(true)
    expect(fake.comments).toEqual([])
  })

  test('a run that stored no report posts nothing and succeeds', async () => {
    const run = await commentRun()
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain('stored no report')
    expect(fake.comments).toEqual([])
  })
})
