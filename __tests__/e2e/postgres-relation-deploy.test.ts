/**
 * The Postgres deploy on the example project with real dbt and real Postgres, through the CLI: green holds only
 * what the deploy rebuilds, the swap moves just those relations, history of incremental models and snapshots is
 * kept, unchanged relations are never copied or moved, and rollback puts every row back.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CliIo } from '../../src/cli/command.js'
import { main } from '../../src/cli/main.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { cleanUp, describeWithPostgres, ident, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const production = uniquePrefix('rdeploy')
const reader = `${production}_bi`
const MARKER_ORDER = 990_001

interface CliRun {
  exitCode: number
  output: string
}

type Rows = Record<string, unknown>[]

describeWithPostgres('relation-level deploys on Postgres', () => {
  let project: ProjectCopy
  let scratch: string
  let stateDir: string
  let db: SqlClient

  async function cli(...args: string[]): Promise<CliRun> {
    let output = ''
    const io: CliIo = { stdout: text => void (output += text), stderr: text => void (output += text) }
    const exitCode = await main(
      [
        ...args,
        '--project-dir',
        project.dir,
        '--work-dir',
        path.join(scratch, 'work'),
        '--deploy-lock-timeout-seconds',
        '30'
      ],
      io
    )
    return { exitCode, output }
  }

  /** Fails with the run's output when it did not exit with `exitCode`. */
  const expectExit = (run: CliRun, exitCode: number): void =>
    expect({ exitCode: run.exitCode, output: run.exitCode === exitCode ? '' : run.output }).toEqual({
      exitCode,
      output: ''
    })
  const deploy = (...extra: string[]) =>
    cli('deploy', '--state', stateDir, '--dbt-executable', dbtBin(), ...extra)
  const rows = (relation: string, orderBy = '1'): Promise<Rows> =>
    db.query(`select * from ${relation} order by ${orderBy}`)
  const oidOf = async (schema: string, name: string): Promise<number | null> => {
    const [row] = await db.query<{ oid: number }>(
      `select c.oid::int as oid from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and c.relname = $2`,
      [schema, name]
    )
    return row?.oid ?? null
  }
  const ledger = (): Promise<Rows> =>
    db.query(
      `select id, kind, commit_sha, manifest_sha256, previous_manifest_sha256 is not null as has_previous, moves
         from dbt_slim_ci.deploy_ledger where deployment = $1 order by id`,
      [production]
    )

  beforeAll(async () => {
    dbtBin()
    project = new ProjectCopy(production)
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-relation-deploy-'))
    stateDir = path.join(scratch, 'state')
    mkdirSync(stateDir)
    db = await openPgSession(TEST_CONNECTION)
  }, 60_000)

  afterAll(async () => {
    await cleanUp(db, production, [reader])
    await db
      .query('delete from dbt_slim_ci.deploy_ledger where deployment = $1', [production])
      .catch(() => [])
    await db?.close()
    project?.dispose()
    rmSync(scratch, { recursive: true, force: true })
  })

  test('a first deploy into an empty state folder builds everything, publishes the state and records it in the ledger', async () => {
    const run = await deploy()

    expectExit(run, 0)
    expect(await oidOf(production, 'fct_orders')).not.toBeNull()
    expect(await oidOf(`${production}_snapshots`, 'customers_snapshot')).not.toBeNull()
    expect(JSON.parse(readFileSync(path.join(stateDir, 'manifest.json'), 'utf8')).metadata).toBeDefined()
    expect((await ledger()).map(row => row.kind)).toEqual(['deploy'])
    expect(await oidOf(`${production}__green`, 'fct_orders')).toBeNull()
  }, 300_000)

  describe('a change to an incremental model and a snapshot', () => {
    let before: { fctOrders: number; snapshot: number; products: number; productScans: number }
    let productionRows: Record<string, Rows>
    const loaded: number[] = []
    let run: CliRun

    beforeAll(async () => {
      // History only production has: a row the incremental filter never revisits, a closed snapshot version.
      await db.query(
        `insert into ${ident(production)}.fct_orders (order_id, customer_id, product_id, status, ordered_at, amount, payment_count, is_large)
         values (${MARKER_ORDER}, 1, 1, 'completed', '2001-01-01', 0, 0, false)`
      )
      await db.query(
        `insert into ${ident(`${production}_snapshots`)}.customers_snapshot
           (customer_id, first_name, email, segment, signed_up_on, dbt_scd_id, dbt_updated_at, dbt_valid_from, dbt_valid_to)
         values (1, 'Old', 'old@example.com', 'retail', '2001-01-01', 'marker', '2001-01-01', '2001-01-01', '2002-01-01')`
      )
      await db.query(`create role ${ident(reader)}`)
      await db.query(`grant usage on schema ${ident(production)} to ${ident(reader)}`)
      await db.query(
        `alter default privileges in schema ${ident(production)} grant select on tables to ${ident(reader)}`
      )
      await db.query(`grant select on ${ident(production)}.fct_orders to ${ident(reader)}`)
      project.edit('models/marts/fct_orders.sql', sql => `-- one row per order\n${sql}`)
      project.edit('snapshots/customers_snapshot.sql', sql =>
        sql.replace('select *', 'select * /* all columns */')
      )
      project.write(
        'models/marts/order_count.sql',
        "select count(*) as orders from {{ ref('fct_orders') }}\n"
      )
      before = {
        fctOrders: (await oidOf(production, 'fct_orders')) as number,
        snapshot: (await oidOf(`${production}_snapshots`, 'customers_snapshot')) as number,
        products: (await oidOf(`${production}_raw`, 'raw_products')) as number,
        productScans: await scansOf(`${production}_raw`, 'raw_products')
      }
      productionRows = {
        fctOrders: await rows(`${ident(production)}.fct_orders`),
        snapshot: await rows(`${ident(`${production}_snapshots`)}.customers_snapshot`, 'dbt_scd_id'),
        dimCustomers: await rows(`${ident(production)}.dim_customers`)
      }
      // A loader keeps writing into an unchanged production table while the deploy runs.
      const loader = await openPgSession(TEST_CONNECTION)
      let running = true
      const loading = (async () => {
        for (let id = 900_000; running; id++) {
          await loader.query(
            `insert into ${ident(`${production}_raw`)}.raw_events (event_id, customer_id, event_type, occurred_at)
             values ($1, 1, 'loader', now())`,
            [id]
          )
          loaded.push(id)
          await new Promise(resolve => setTimeout(resolve, 100))
        }
      })()
      run = await deploy()
      running = false
      await loading
      await loader.close()
    }, 300_000)

    async function scansOf(schema: string, name: string): Promise<number> {
      const [row] = await db.query<{ scans: string }>(
        `select (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text as scans
           from pg_stat_user_tables where schemaname = $1 and relname = $2`,
        [schema, name]
      )
      return Number(row.scans)
    }

    test('deploys', () => {
      expectExit(run, 0)
    })

    test('the incremental model keeps the row its incremental filter skips', async () => {
      const marker = await db.query(
        `select order_id from ${ident(production)}.fct_orders where order_id = ${MARKER_ORDER}`
      )
      expect(marker).toHaveLength(1)
      expect(await oidOf(production, 'fct_orders')).not.toBe(before.fctOrders)
    })

    test('the snapshot keeps its history', async () => {
      const marker = await db.query(
        `select dbt_scd_id from ${ident(`${production}_snapshots`)}.customers_snapshot where dbt_scd_id = 'marker'`
      )
      expect(marker).toHaveLength(1)
    })

    test('an unchanged table keeps its OID and is neither copied nor read', async () => {
      expect(await oidOf(`${production}_raw`, 'raw_products')).toBe(before.products)
      expect(await scansOf(`${production}_raw`, 'raw_products')).toBe(before.productScans)
      expect(run.output).not.toContain('raw_products"')
    })

    test('every row a loader wrote into an unchanged table during the deploy is in production', async () => {
      const found = await db.query<{ event_id: number }>(
        `select event_id from ${ident(`${production}_raw`)}.raw_events where event_type = 'loader' order by 1`
      )
      expect(loaded.length).toBeGreaterThan(0)
      expect(found.map(row => row.event_id)).toEqual(loaded)
    })

    test('a model the deploy creates gets production’s default privileges, a replaced one keeps its grants', async () => {
      const [privileges] = await db.query<{ created: boolean; replaced: boolean }>(
        `select has_table_privilege($1, format('%I.order_count', $2::text), 'SELECT') as created,
                has_table_privilege($1, format('%I.fct_orders', $2::text), 'SELECT') as replaced`,
        [reader, production]
      )
      expect(privileges).toEqual({ created: true, replaced: true })
    })

    test('the replaced versions are kept in the previous schemas, and green is gone', async () => {
      expect(await oidOf(`${production}__previous`, 'fct_orders')).toBe(before.fctOrders)
      expect(await oidOf(`${production}_snapshots__previous`, 'customers_snapshot')).toBe(before.snapshot)
      expect(await oidOf(`${production}__previous`, 'raw_products')).toBeNull()
      const greens = await db.query(`select nspname from pg_namespace where nspname like $1`, [
        `${production}__green%`
      ])
      expect(greens).toEqual([])
    })

    test('rollback puts every row of every replaced relation back and removes what the deploy created', async () => {
      const rollback = await cli('rollback', '--state', stateDir)

      expectExit(rollback, 0)
      expect(await rows(`${ident(production)}.fct_orders`)).toEqual(productionRows.fctOrders)
      expect(await rows(`${ident(`${production}_snapshots`)}.customers_snapshot`, 'dbt_scd_id')).toEqual(
        productionRows.snapshot
      )
      expect(await rows(`${ident(production)}.dim_customers`)).toEqual(productionRows.dimCustomers)
      expect(await oidOf(production, 'order_count')).toBeNull()
      expect(await oidOf(production, 'fct_orders')).toBe(before.fctOrders)
      expect((await ledger()).map(row => row.kind)).toEqual(['deploy', 'deploy', 'rollback'])
    }, 300_000)
  })

  test('a deploy whose publish fails reports "deployed, state not yet published", and the next run publishes without swapping again', async () => {
    // The publish folder's parent is a file: nothing can be written there, which only publishing finds out.
    const file = path.join(scratch, 'not-a-folder')
    writeFileSync(file, 'a file where a folder should be')
    const failed = await deploy('--publish-dir', path.join(file, 'state'))
    const previousAfterSwap = await oidOf(`${production}__previous`, 'fct_orders')

    expectExit(failed, 3)
    expect(failed.output).toContain('Deployed, state not yet published')
    const retry = await deploy()
    expectExit(retry, 0)
    expect(retry.output).toContain('republished from the deploy ledger')
    expect(await oidOf(`${production}__previous`, 'fct_orders')).toBe(previousAfterSwap)
    expect((await ledger()).map(row => row.kind).slice(-2)).toEqual(['deploy', 'refresh'])
  }, 300_000)

  test('a change to a staging model whose source follows target.schema rebuilds the seed that source reads in green, and deploys', async () => {
    const raw = `${ident(`${production}_raw`)}.raw_orders`
    const seedRows = await rows(raw)
    const seedOid = await oidOf(`${production}_raw`, 'raw_orders')
    project.edit('models/staging/stg_orders.sql', sql => `-- staged orders\n${sql}`)

    const run = await deploy()

    expectExit(run, 0)
    expect(run.output).toContain('read by a source that follows target.schema')
    expect(await oidOf(`${production}_raw`, 'raw_orders')).not.toBe(seedOid)
    expect(await rows(raw)).toEqual(seedRows)
  }, 300_000)
})
