/**
 * `defer --clone-incremental` on the example project with real dbt and real Postgres. Postgres cannot clone
 * tables, so `dbt clone` gives the modified incremental model a view pointing at production; the build then
 * finds a view where the incremental table should be, and dbt's incremental materialization rebuilds it in full
 * as a table. The report must say exactly that: a pointer view, not a copy of production's history.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CliIo } from '../../src/cli/command.js'
import { main } from '../../src/cli/main.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { cleanUp, describeWithPostgres, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const PR = 3
const production = uniquePrefix('clone_incr')
const prSchema = `${production}_pr_${PR}`
/** fct_orders without the column the pull request adds. */
const ORDER_COLUMNS = 'order_id, customer_id, product_id, status, ordered_at, amount, payment_count, is_large'

interface CliRun {
  exitCode: number
  stdout: string
  report: string
}

describeWithPostgres('defer --clone-incremental on Postgres', () => {
  let project: ProjectCopy
  let scratch: string
  let db: SqlClient
  let first: CliRun

  async function cli(...args: string[]): Promise<CliRun> {
    let stdout = ''
    const io: CliIo = { stdout: text => void (stdout += text), stderr: text => void (stdout += text) }
    const report = path.join(scratch, 'report.md')
    rmSync(report, { force: true })
    const exitCode = await main(
      [
        ...args,
        '--project-dir',
        project.dir,
        '--dbt-executable',
        dbtBin(),
        '--report',
        report,
        // A work folder of its own: the default (.work/defer-pr-<n> in the checkout) is shared with other files' runs.
        '--work-dir',
        path.join(scratch, 'work')
      ],
      io
    )
    return { exitCode, stdout, report: readFileSync(report, 'utf8') }
  }

  const defer = (): Promise<CliRun> =>
    cli('defer', '--pr', String(PR), '--clone-incremental', '--state', path.join(scratch, 'state'))

  async function relationType(schema: string, name: string): Promise<string | undefined> {
    const rows = await db.query<{ table_type: string }>(
      'select table_type from information_schema.tables where table_schema = $1 and table_name = $2',
      [schema, name]
    )
    return rows[0]?.table_type
  }

  /** dbt's log line for building the PR's fct_orders, which ends in the adapter's response to the build. */
  const prBuildLine = (run: CliRun): string | undefined =>
    run.stdout
      .split('\n')
      .find(line => line.includes(`OK created sql incremental model ${prSchema}.fct_orders`))

  const ordersIn = (schema: string): Promise<Record<string, unknown>[]> =>
    db.query(`select ${ORDER_COLUMNS} from "${schema}".fct_orders order by order_id`)

  beforeAll(async () => {
    dbtBin()
    project = new ProjectCopy(production)
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-clone-incremental-'))
    db = await openPgSession(TEST_CONNECTION)
    const deploy = await cli('deploy', '--publish-dir', path.join(scratch, 'state'))
    expect(deploy).toMatchObject({ exitCode: 0 })
    project.edit('models/marts/fct_orders.sql', sql =>
      sql.replace(
        'coalesce(p.payment_count, 0) as payment_count,',
        'coalesce(p.payment_count, 0) as payment_count,\n    true as reviewed,'
      )
    )
    first = await defer()
  }, 240_000)

  afterAll(async () => {
    if (db) {
      await cleanUp(db, production)
      await db.close()
    }
    project?.dispose()
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  test('succeeds, cloning with the modified-incremental selector before building', () => {
    expect(first.exitCode).toBe(0)
    expect(first.stdout).toContain(
      'dbt clone --select state:modified+,config.materialized:incremental,state:old --state'
    )
  })

  test('reports fct_orders as cloned into the PR schema through a pointer view', () => {
    expect(first.stdout).toContain(
      `fct_orders: "test"."${production}"."fct_orders" -> "test"."${prSchema}"."fct_orders" (view, incremental)`
    )
    expect(first.report).toContain('1 relation cloned before building')
    expect(first.report).toMatch(/\| .*fct_orders.* \| incremental \| .* \| pointer view \|/)
    expect(first.report).toContain('1 incremental model got a pointer view, not a copy')
  })

  test('the build replaces the pointer view with a table rebuilt in full, holding the rows production holds', async () => {
    expect(await relationType(production, 'fct_orders')).toBe('BASE TABLE')
    expect(await relationType(prSchema, 'fct_orders')).toBe('BASE TABLE')
    const productionRows = await ordersIn(production)
    expect(productionRows.length).toBeGreaterThan(0)
    expect(prBuildLine(first)).toContain(`SELECT ${productionRows.length}`)
    expect(await ordersIn(prSchema)).toEqual(productionRows)
    const reviewed = await db.query(`select distinct reviewed from "${prSchema}".fct_orders`)
    expect(reviewed).toEqual([{ reviewed: true }])
  })

  test('the merge preview names the production table the deploy will copy into green, with its size', () => {
    expect(first.report).toMatch(
      new RegExp(`Production tables copied into green first \\(1, \\d+(\\.\\d)? kB\\)`)
    )
    expect(first.report).toContain(`\`${production}.fct_orders\``)
  })

  describe('a second push', () => {
    let second: CliRun
    beforeAll(async () => {
      second = await defer()
    }, 120_000)

    test('finds the PR table already there, so dbt clones nothing and the report lists no clone', () => {
      expect(second.exitCode).toBe(0)
      expect(second.stdout).toContain('dbt clone --select')
      expect(second.stdout).not.toContain('Cloned before building')
      expect(second.report).not.toContain('cloned before building')
    })

    test('builds fct_orders incrementally on the PR table, which keeps production’s rows', async () => {
      expect(prBuildLine(second)).toContain('INSERT 0 0')
      expect(await relationType(prSchema, 'fct_orders')).toBe('BASE TABLE')
      expect(await ordersIn(prSchema)).toEqual(await ordersIn(production))
    })
  })
})
