/**
 * `dbt-slim-ci gc` on real Postgres with real dbt on the example project: schemas are found by their ownership
 * mark whatever their name, dropped when older than the TTL (in dependency order), and never when production
 * uses them; green and previous leftovers go by the same TTL; a dry run lists the same and changes nothing.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'
import path from 'node:path'
import type { CliIo } from '../../src/cli/command.js'
import { main } from '../../src/cli/main.js'
import { formatMark, type OwnershipMark } from '../../src/warehouse/ownership-mark.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { cleanUp, describeWithPostgres, ident, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const production = uniquePrefix('gc')
const DAY = 24

describeWithPostgres('gc on Postgres', () => {
  let project: ProjectCopy
  let db: SqlClient

  async function cli(...args: string[]): Promise<{ exitCode: number; stdout: string }> {
    let stdout = ''
    const io: CliIo = { stdout: text => void (stdout += text), stderr: text => void (stdout += text) }
    const exitCode = await main(
      [
        'gc',
        ...args,
        '--project-dir',
        project.dir,
        '--dbt-executable',
        dbtBin(),
        '--work-dir',
        path.join(project.dir, '.work')
      ],
      io
    )
    return { exitCode, stdout }
  }

  const schemas = async (): Promise<string[]> =>
    (
      await db.query<{ nspname: string }>(
        'SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1) ORDER BY 1',
        [production]
      )
    ).map(row => row.nspname)

  async function marked(schema: string, mark: Partial<OwnershipMark> & { hoursAgo: number }): Promise<void> {
    const { hoursAgo, ...fields } = mark
    const at = new Date(Date.now() - hoursAgo * 3_600_000).toISOString()
    await db.query(`CREATE SCHEMA ${ident(schema)}`)
    const comment = formatMark({
      role: 'pr',
      repository: 'local',
      pullRequest: 1,
      createdAt: at,
      updatedAt: at,
      ...fields
    })
    await db.query(`COMMENT ON SCHEMA ${ident(schema)} IS '${comment.replaceAll("'", "''")}'`)
  }
  const deploy = { role: 'deploy' as const, pullRequest: null }

  beforeAll(async () => {
    dbtBin()
    project = new ProjectCopy(production)
    db = await openPgSession(TEST_CONNECTION)
  }, 60_000)

  beforeEach(async () => {
    await cleanUp(db, production)
    await marked(`${production}_pr_1`, { pullRequest: 1, hoursAgo: 10 * DAY })
    // A naming macro that ignores the PR number: only the mark says whose it is.
    await marked(`${production}_custom_named`, { pullRequest: 3, hoursAgo: 9 * DAY })
    await db.query(`CREATE TABLE ${ident(`${production}_custom_named`)}.orders AS SELECT 1 AS id`)
    await db.query(
      `CREATE VIEW ${ident(`${production}_pr_1`)}.v AS SELECT id FROM ${ident(`${production}_custom_named`)}.orders`
    )
    await marked(`${production}_pr_2`, { pullRequest: 2, hoursAgo: 2 })
    await marked(`${production}_other_repo`, { repository: 'someone/else', hoursAgo: 30 * DAY })
    await marked(production, { pullRequest: 4, hoursAgo: 30 * DAY })
    await marked(`${production}__green`, { ...deploy, hoursAgo: 8 * DAY })
    await marked(`${production}_staging__previous`, { ...deploy, hoursAgo: 3 })
    await marked(`${production}__previous`, { ...deploy, hoursAgo: 10 * DAY })
    await db.query(`CREATE SCHEMA ${ident(`${production}_unmarked_pr_9`)}`)
  })

  afterAll(async () => {
    await cleanUp(db, production)
    await db.close()
    project.dispose()
  })

  test("drops marked schemas past the TTL, even one read by a view of another, keeping production and recent ones; other repositories' are not listed", async () => {
    const run = await cli()

    expect(run).toMatchObject({ exitCode: 0 })
    expect(await schemas()).toEqual([
      production,
      `${production}_other_repo`,
      `${production}_pr_2`,
      `${production}_staging__previous`,
      `${production}_unmarked_pr_9`
    ])
    expect(run.stdout).toContain(
      `dropped ${production}_custom_named: pull request #3's state was not asked (TTL only), 9 days since it was last built: older than the TTL of 168 hours`
    )
    expect(run.stdout).toContain(
      `dropped ${production}__green: a green leftover of a deploy that did not swap, 8 days since it was last built`
    )
    expect(run.stdout).toContain(
      `dropped ${production}__previous: the previous production (rollback), 10 days`
    )
    expect(run.stdout).toContain(`kept ${production}: production uses it`)
    expect(run.stdout).toContain(
      `kept ${production}_staging__previous: the previous production (rollback), 3 hours since it stopped being production: within the TTL`
    )
    expect(run.stdout).toContain(
      'note: No repository given (--repository): pull request schemas are dropped by the TTL only.'
    )
    expect(run.stdout).not.toContain('unmarked_pr_9')
    expect(run.stdout).not.toContain('other_repo')
  }, 120_000)

  test('a shorter TTL also drops the recent pull request schema', async () => {
    const run = await cli('--gc-ttl-hours', '1')

    expect(run).toMatchObject({ exitCode: 0 })
    expect(await schemas()).toEqual([production, `${production}_other_repo`, `${production}_unmarked_pr_9`])
  }, 120_000)

  test('a dry run lists what it would drop and the exact SQL, and changes nothing', async () => {
    const before = await schemas()

    const run = await cli('--dry-run')

    expect(run).toMatchObject({ exitCode: 0 })
    expect(await schemas()).toEqual(before)
    expect(run.stdout).toContain(`would drop ${production}_pr_1: `)
    expect(run.stdout).toContain(`kept ${production}: production uses it`)
    expect(run.stdout).toContain(`DROP SCHEMA ${ident(`${production}_pr_1`)} CASCADE;`)
  }, 120_000)
})
