/**
 * `mode: gc` as GitHub runs it (the bundle, INPUT_* variables, a schedule event) on the example project with real
 * dbt and real Postgres, asking the loopback GitHub which pull requests are closed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { formatMark } from '../../src/warehouse/ownership-mark.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { FakeGitHub } from '../fakes/github-server.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { cleanUp, describeWithPostgres, ident, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'
import { expectSucceeded, runAction } from '../helpers/run-action.js'

const production = uniquePrefix('gcact')

describeWithPostgres('mode: gc in the action', () => {
  let fake: FakeGitHub
  let project: ProjectCopy
  let db: SqlClient

  beforeAll(async () => {
    dbtBin()
    // A repository of its own: other tests' marks on this shared Postgres name acme/analytics.
    fake = await FakeGitHub.start({ owner: 'acme', repo: `gc-${randomBytes(3).toString('hex')}` })
    project = new ProjectCopy(production)
    db = await openPgSession(TEST_CONNECTION)
  }, 60_000)

  afterAll(async () => {
    await cleanUp(db, production)
    await db.close()
    await fake.close()
    project.dispose()
  })

  async function prSchema(schema: string, pullRequest: number): Promise<void> {
    const at = new Date(Date.now() - 3_600_000).toISOString()
    const mark = formatMark({
      role: 'pr',
      repository: fake.fullName,
      pullRequest,
      createdAt: at,
      updatedAt: at
    })
    await db.query(`CREATE SCHEMA ${ident(schema)}`)
    await db.query(`COMMENT ON SCHEMA ${ident(schema)} IS '${mark}'`)
  }

  test('drops the schemas of a closed pull request, keeps an open one, and says why in the summary', async () => {
    await prSchema(`${production}_pr_4`, 4)
    await prSchema(`${production}_pr_5`, 5)
    fake.pullRequests.set(4, { headSha: 'a'.repeat(40), state: 'closed', merged: true })
    fake.pullRequests.set(5, { headSha: 'b'.repeat(40) })
    fake.workflows.add('deploy.yml')

    const run = await runAction({
      inputs: {
        mode: 'gc',
        'project-dir': project.dir,
        'dbt-executable': dbtBin(),
        'github-token': 'ghs_actions',
        'state-workflow': 'deploy.yml'
      },
      eventName: 'schedule',
      event: { schedule: '17 3 * * *', repository: { full_name: fake.fullName, default_branch: 'main' } },
      env: { ...fake.environment(1), GITHUB_RUN_ID: '1', GITHUB_REPOSITORY: fake.fullName }
    })

    expectSucceeded(run)
    expect(run.outputs).toMatchObject({ mode: 'gc', status: 'success' })
    const left = await db.query<{ nspname: string }>(
      'SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1) ORDER BY 1',
      [production]
    )
    expect(left.map(row => row.nspname)).toEqual([`${production}_pr_5`])
    expect(run.summary).toContain('pull request states from GitHub')
    expect(run.summary).toContain(`- \`${production}_pr_4\`: pull request \\#\u200b4 is closed`)
    expect(run.summary).toMatch(new RegExp(`- \`${production}_pr_5\`: pull request \\\\#\u200b5 is open`))
    expect(fake.requests.filter(r => r.path.includes('/pulls/')).map(r => r.path)).toEqual([
      `/repos/${fake.fullName}/pulls/4`,
      `/repos/${fake.fullName}/pulls/5`
    ])
  }, 180_000)
})
