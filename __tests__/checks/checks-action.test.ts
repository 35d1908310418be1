/**
 * The action on a pull request creates its check runs on the loopback GitHub (validated against GitHub's OpenAPI
 * description): the committed bundle, real dbt and Postgres, a PR whose model fails to build because production
 * does not exist here. Without `checks: write` the job summary says so and the comment is still posted.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { FakeGitHub } from '../fakes/github-server.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { productionStateOf } from '../helpers/git-state.js'
import { cleanUp, describeWithPostgres, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import { runAction } from '../helpers/run-action.js'

const production = uniquePrefix('checks')
const HEAD = 'c0ffee'.padEnd(40, '0')

describeWithPostgres('check runs from the action', () => {
  let fake: FakeGitHub
  let project: ProjectCopy
  let scratch: string
  let stateDir: string

  beforeAll(async () => {
    fake = await FakeGitHub.start()
    project = new ProjectCopy(production)
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-checks-'))
    stateDir = productionStateOf(project.dir, path.join(scratch, 'state'))
    // The PR changes a staging view; production was never built, so building it fails.
    project.edit('models/staging/stg_customers.sql', text => `${text}\n-- pr: a comment changes the body\n`)
  }, 120_000)

  afterAll(async () => {
    const db = await openPgSession(TEST_CONNECTION)
    await cleanUp(db, production)
    await db.close()
    await fake.close()
    project.dispose()
    rmSync(scratch, { recursive: true, force: true })
  })

  const pullRequest = (token: string) =>
    runAction({
      inputs: {
        mode: 'defer',
        'project-dir': project.dir,
        'dbt-executable': dbtBin(),
        'github-token': token,
        'state-path': stateDir,
        'report-artifact': '',
        'data-diff': 'off'
      },
      eventName: 'pull_request',
      event: {
        action: 'synchronize',
        number: 3,
        pull_request: {
          number: 3,
          head: { sha: HEAD, repo: { full_name: fake.fullName } },
          base: { sha: 'b'.repeat(40), repo: { full_name: fake.fullName } }
        },
        repository: { full_name: fake.fullName, default_branch: 'main' }
      },
      env: { ...fake.environment(5), GITHUB_RUN_ID: '5', GITHUB_WORKSPACE: project.dir }
    })

  test('one check run per phase on the PR head; the failing model is annotated at its file', async () => {
    const run = await pullRequest('ghs_actions')

    expect(run.exitCode).toBe(1)
    expect(fake.checkRuns.map(c => [c.name, c.head_sha, c.status])).toEqual([
      ['dbt plan', HEAD, 'completed'],
      ['dbt build', HEAD, 'completed'],
      ['dbt tests', HEAD, 'completed']
    ])
    const build = fake.checkRuns[1]
    expect(build.conclusion).toBe('failure')
    expect(build.annotations).toContainEqual(
      expect.objectContaining({
        path: 'models/staging/stg_customers.sql',
        annotation_level: 'failure',
        title: 'stg_customers failed: error'
      })
    )
    expect(build.summary).toContain('dbt Slim CI failed')
  }, 300_000)

  test('without checks: write the summary says so and the comment is still posted', async () => {
    fake.tokens.set('ghs_no_checks', {
      login: 'github-actions[bot]',
      type: 'Bot',
      canReadUser: false,
      canWrite: true,
      canWriteChecks: false
    })
    const before = fake.checkRuns.length

    const run = await pullRequest('ghs_no_checks')

    expect(fake.checkRuns).toHaveLength(before)
    expect(run.summary).toContain('No check runs were created')
    expect(run.summary).toContain('`permissions: checks: write`')
    expect(fake.comments.filter(c => c.issue === 3).length).toBeGreaterThan(0)
  }, 300_000)
})
