/**
 * `source_status:fresher+` end to end, as dbt documents the freshness-driven build: a deploy with
 * `--source-freshness` publishes its sources.json with the state, new rows land in one source, and a pull request
 * selecting `source_status:fresher+` builds exactly what real `dbt ls` selects for it: that source's downstream.
 * Real dbt, real Postgres, a small project of its own.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { main } from '../../src/cli/main.js'
import { dbtBin } from '../helpers/example-project.js'
import { describeWithPostgres, uniquePrefix } from '../helpers/postgres.js'
import { SmallProject } from '../helpers/small-project.js'

interface CliRun {
  status: number
  out: string
  report: string
}

const PR = 5

describeWithPostgres('source_status:fresher+ from the state a deploy published', () => {
  const production = uniquePrefix('freshness')
  const raw = `${production}_raw`
  let project: SmallProject
  let scratch: string
  let stateDir: string
  let db: pg.Client

  async function cli(command: string, ...args: string[]): Promise<CliRun> {
    const run = { status: 0, out: '', report: '' }
    const report = path.join(scratch, `${command}-report.md`)
    rmSync(report, { force: true })
    const work = path.join(scratch, `work-${command}`)
    rmSync(work, { recursive: true, force: true })
    run.status = await main(
      [
        command,
        '--project-dir',
        project.dir,
        '--profiles-dir',
        project.dir,
        '--dbt-executable',
        dbtBin(),
        '--work-dir',
        work,
        '--report',
        report,
        ...args
      ],
      { stdout: text => void (run.out += text), stderr: text => void (run.out += text) }
    )
    run.report = existsSync(report) ? readFileSync(report, 'utf8') : ''
    return run
  }

  /** The target folder of the run in `work` that checked freshness (the build ran in the same one). */
  const freshnessFolder = (command: string): string => {
    const work = path.join(scratch, `work-${command}`)
    const folder = readdirSync(work).find(name => existsSync(path.join(work, name, 'sources.json')))
    if (!folder) throw new Error(`no sources.json under ${work}`)
    return path.join(work, folder)
  }

  const dbtLs = (targetPath: string, select: string): string[] =>
    execFileSync(
      dbtBin(),
      [
        'ls',
        '--project-dir',
        project.dir,
        '--profiles-dir',
        project.dir,
        '--target-path',
        targetPath,
        '--state',
        stateDir,
        '--select',
        select,
        '--resource-type',
        'all',
        '--output',
        'json',
        '--output-keys',
        'unique_id',
        '--quiet'
      ],
      { encoding: 'utf8' }
    )
      .split('\n')
      .filter(line => line.startsWith('{'))
      .map(line => (JSON.parse(line) as { unique_id: string }).unique_id)
      .sort()

  beforeAll(async () => {
    dbtBin()
    db = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' })
    await db.connect()
    await db.query(`create schema "${raw}"`)
    await db.query(`create table "${raw}".orders (id int, customer_id int, loaded_at timestamptz)`)
    await db.query(`create table "${raw}".customers (id int, loaded_at timestamptz)`)
    await db.query(
      `insert into "${raw}".orders values (1, 1, now() - interval '1 hour'), (2, 2, now() - interval '1 hour')`
    )
    // Loaded two days ago: past error_after, so dbt source freshness exits 1 on every run.
    await db.query(
      `insert into "${raw}".customers values (1, now() - interval '2 days'), (2, now() - interval '2 days')`
    )
    const freshness =
      '    loaded_at_field: loaded_at\n    freshness:\n      warn_after: { count: 12, period: hour }\n      error_after: { count: 24, period: hour }\n'
    project = new SmallProject(production, {
      'models/sources.yml': `version: 2\nsources:\n  - name: shop\n    schema: ${raw}\n${freshness}    tables:\n      - name: orders\n      - name: customers\n`,
      'models/stg_orders.sql': "select id, customer_id from {{ source('shop', 'orders') }}\n",
      'models/stg_customers.sql': "select id from {{ source('shop', 'customers') }}\n",
      'models/orders_daily.sql': "select count(*) as orders from {{ ref('stg_orders') }}\n",
      'models/customer_orders.sql':
        "select c.id, count(o.id) as orders from {{ ref('stg_customers') }} c left join {{ ref('stg_orders') }} o on o.customer_id = c.id group by 1\n",
      'models/customer_names.sql': "select id from {{ ref('stg_customers') }}\n",
      'models/schema.yml':
        'version: 2\nmodels:\n  - name: stg_orders\n    columns:\n      - name: id\n        data_tests: [not_null]\n  - name: stg_customers\n    columns:\n      - name: id\n        data_tests: [not_null]\n'
    })
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-freshness-'))
    stateDir = path.join(scratch, 'production-state')
  }, 60_000)

  afterAll(async () => {
    if (db) {
      const { rows } = await db.query<{ nspname: string }>(
        'select nspname from pg_namespace where starts_with(nspname, $1)',
        [production]
      )
      for (const { nspname } of rows) await db.query(`drop schema "${nspname}" cascade`)
      await db.end()
    }
    project?.dispose()
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  describe('a deploy with --source-freshness', () => {
    let deploy: CliRun

    beforeAll(async () => {
      deploy = await cli('deploy', '--state', stateDir, '--source-freshness')
    }, 300_000)

    test('succeeds although a source is past its error_after, and reports that source', () => {
      expect(deploy.status).toBe(0)
      expect(deploy.report).toContain('**Source freshness:** `dbt source freshness` checked 2 sources: ')
      expect(deploy.report).toContain('1 error')
      expect(deploy.report).toContain('`source.small.shop.customers`')
      expect(deploy.report).toContain('dbt exited 1, which does not fail this run')
      expect(deploy.report).toContain('The deploy publishes this sources.json with the production state.')
    })

    test('publishes sources.json with the state, as dbt wrote it', () => {
      const published = JSON.parse(readFileSync(path.join(stateDir, 'sources.json'), 'utf8')) as {
        results: { unique_id: string; status: string; max_loaded_at: string }[]
      }
      const statuses = Object.fromEntries(published.results.map(r => [r.unique_id, r.status]))
      expect(statuses).toEqual({ 'source.small.shop.customers': 'error', 'source.small.shop.orders': 'pass' })
    })
  })

  describe('after new orders land, a pull request selecting source_status:fresher+', () => {
    let defer: CliRun
    let executed: string[]

    beforeAll(async () => {
      await db.query(`insert into "${raw}".orders values (3, 1, now())`)
      defer = await cli(
        'defer',
        '--pr',
        String(PR),
        '--state',
        stateDir,
        '--select',
        'source_status:fresher+'
      )
      const runResults = JSON.parse(
        readFileSync(path.join(freshnessFolder('defer'), 'run_results.json'), 'utf8')
      ) as { results: { unique_id: string }[] }
      executed = runResults.results.map(r => r.unique_id).sort()
    }, 300_000)

    test('builds exactly the downstream of the fresher source, as dbt ls selects it', () => {
      expect(defer.status).toBe(0)
      const oracle = dbtLs(freshnessFolder('defer'), 'source_status:fresher+')
      expect(oracle).toContain('source.small.shop.orders')
      expect(oracle).not.toContain('model.small.stg_customers')
      expect(executed).toEqual(oracle.filter(id => !id.startsWith('source.')))
      expect(executed.filter(id => !id.startsWith('test.'))).toEqual([
        'model.small.customer_orders',
        'model.small.orders_daily',
        'model.small.stg_orders'
      ])
      expect(executed.filter(id => id.startsWith('test.'))).toEqual([
        expect.stringMatching(/^test\.small\.not_null_stg_orders_id\./)
      ])
    })

    test('says the selection used source_status: and which source was fresher', () => {
      expect(defer.report).toContain(
        "The selection used `source_status:`: 1 source loaded newer data than production state's sources.json: `source.small.shop.orders`."
      )
      expect(defer.report).toContain('✅ Self-check: dbt executed exactly the planned nodes.')
    })
  })

  describe('a pull request selecting source_status: against a state without sources.json', () => {
    test('fails, naming the deploy setting that publishes it', async () => {
      const bare = path.join(scratch, 'state-without-freshness')
      cpSync(stateDir, bare, { recursive: true, filter: source => !source.endsWith('sources.json') })
      const run = await cli(
        'defer',
        '--pr',
        String(PR + 1),
        '--state',
        bare,
        '--select',
        'source_status:fresher+'
      )
      expect(run.status).not.toBe(0)
      expect(run.out).toContain('the production state has no sources.json')
      expect(run.out).toContain('dbt-slim-ci deploy --source-freshness')
    }, 300_000)
  })
})
