/**
 * Cleanup finds a pull request's schemas by their ownership mark, so it drops them even when it runs with another
 * target (or prefix) than the defer that built them, and never drops a production schema or another owner's.
 * Real dbt on the example project, real Postgres, through the CLI.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import path from 'node:path'
import type { CliIo } from '../../src/cli/command.js'
import { main } from '../../src/cli/main.js'
import { formatMark } from '../../src/warehouse/ownership-mark.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { cleanUp, describeWithPostgres, ident, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const production = uniquePrefix('bymark')
const ciSchema = `${production}_ci`

describeWithPostgres('cleanup by ownership mark', () => {
  let project: ProjectCopy
  let db: SqlClient

  async function cli(...args: string[]): Promise<{ exitCode: number; stdout: string }> {
    let stdout = ''
    const io: CliIo = { stdout: text => void (stdout += text), stderr: text => void (stdout += text) }
    const exitCode = await main(
      [
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

  beforeAll(async () => {
    dbtBin()
    project = new ProjectCopy(production)
    // The ci target names its schemas differently from prod: cleanup with --target prod cannot derive them.
    project.edit('profiles.yml', text => {
      const at = text.indexOf('    ci:')
      return text.slice(0, at) + text.slice(at).replace(`'${production}'`, `'${ciSchema}'`)
    })
    db = await openPgSession(TEST_CONNECTION)
  }, 60_000)

  afterAll(async () => {
    await cleanUp(db, production)
    await db.close()
    project.dispose()
  })

  test('defer marks the schemas it builds; cleanup with another target finds and drops them by mark', async () => {
    const defer = await cli('defer', '--pr', '5', '--target', 'ci')
    expect(defer).toMatchObject({ exitCode: 0 })
    const built = await schemas()
    expect(built).toEqual(
      expect.arrayContaining([`${ciSchema}_pr_5`, `${ciSchema}_pr_5_staging`, `${ciSchema}_pr_5_finance`])
    )
    const [{ c }] = await db.query<{ c: string }>(
      `SELECT obj_description($1::regnamespace, 'pg_namespace') AS c`,
      [ident(`${ciSchema}_pr_5`)]
    )
    expect(JSON.parse(c.slice('dbt-slim-ci:'.length))).toMatchObject({
      v: 1,
      role: 'pr',
      repo: 'local',
      pr: 5
    })

    // Another pull request's schema, another repository's, and a production schema with a forged mark.
    const mark = (repository: string, pullRequest: number) =>
      formatMark({
        role: 'pr',
        repository,
        pullRequest,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z'
      })
    for (const [schema, comment] of [
      [`${production}_other_pr`, mark('local', 6)],
      [`${production}_other_repo`, mark('someone/else', 5)],
      [production, mark('local', 5)]
    ]) {
      await db.query(`CREATE SCHEMA ${ident(schema)}`)
      await db.query(`COMMENT ON SCHEMA ${ident(schema)} IS '${comment}'`)
    }

    const cleanup = await cli('cleanup', '--pr', '5', '--target', 'prod')
    expect(cleanup).toMatchObject({ exitCode: 0 })
    expect(cleanup.stdout).toContain(`Dropped schema ${ciSchema}_pr_5_staging.`)
    expect(await schemas()).toEqual([production, `${production}_other_pr`, `${production}_other_repo`])
    expect(cleanup.stdout).toMatch(new RegExp(`${production}\\b.*production uses it`))
  }, 240_000)
})
