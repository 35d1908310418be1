/**
 * The action as GitHub runs it — the committed bundle, INPUT_* variables, an event file, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY — on the example project with real dbt and real Postgres, against a loopback GitHub:
 * deploy v1, a pull request (defer, a second push, cleanup), deploy v2, rollback.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { FakeGitHub } from '../fakes/github-server.js'
import { DBT_VENV, dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { describeWithPostgres } from '../helpers/postgres.js'
import { expectSucceeded, runAction, type ActionRun } from '../helpers/run-action.js'

const PR = 7
const production = `e2e_${randomBytes(3).toString('hex')}`
const prSchema = `${production}_pr_${PR}`

type Rows = Record<string, unknown>[]

describeWithPostgres('the action on the example project', () => {
  let fake: FakeGitHub
  let project: ProjectCopy
  let db: pg.Client
  let v1Rows: Record<string, Rows>

  const query = async (sql: string, params: unknown[] = []): Promise<Rows> =>
    (await db.query(sql, params)).rows
  const schemasLike = async (prefix: string): Promise<string[]> =>
    (await query(`select nspname from pg_namespace where nspname like $1 order by 1`, [`${prefix}%`])).map(
      r => String(r.nspname)
    )
  const relationsIn = async (schemaPattern: string): Promise<string[]> =>
    (
      await query(
        `select table_schema || '.' || table_name as name from information_schema.tables where table_schema like $1 order by 1`,
        [schemaPattern]
      )
    ).map(r => String(r.name))
  const rowsOf = async (relation: string): Promise<Rows> => query(`select * from ${relation} order by 1, 2`)

  const inputs = (mode: string, extra: Record<string, string> = {}) => ({
    mode,
    'project-dir': project.dir,
    'dbt-executable': dbtBin(),
    'github-token': 'ghs_actions',
    'state-workflow': 'deploy.yml',
    ...extra
  })

  async function deploy(mode: 'deploy' | 'rollback' = 'deploy'): Promise<ActionRun> {
    const run = fake.addRun({
      workflow: 'deploy.yml',
      event: mode === 'deploy' ? 'push' : 'workflow_dispatch',
      hoursAgo: 0
    })
    return runAction({
      inputs: inputs(mode),
      eventName: mode === 'deploy' ? 'push' : 'workflow_dispatch',
      event: { ref: 'refs/heads/main', repository: { full_name: fake.fullName, default_branch: 'main' } },
      env: {
        ...fake.environment(run.id),
        GITHUB_RUN_ID: String(run.id),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: run.head_sha
      }
    })
  }

  async function pullRequest(action: 'opened' | 'synchronize' | 'closed'): Promise<ActionRun> {
    const runId = 90_000 + fake.requests.length
    return runAction({
      inputs: inputs('auto'),
      eventName: 'pull_request',
      event: {
        action,
        number: PR,
        pull_request: {
          number: PR,
          merged: false,
          head: { sha: 'feedface', repo: { full_name: fake.fullName } },
          base: { repo: { full_name: fake.fullName } }
        },
        repository: { full_name: fake.fullName, default_branch: 'main' }
      },
      env: {
        ...fake.environment(runId),
        GITHUB_RUN_ID: String(runId),
        GITHUB_REF: `refs/pull/${PR}/merge`,
        GITHUB_SHA: 'feedface'
      }
    })
  }

  beforeAll(async () => {
    dbtBin()
    fake = await FakeGitHub.start()
    project = new ProjectCopy(production)
    db = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' })
    await db.connect()
  }, 60_000)

  afterAll(async () => {
    for (const schema of await schemasLike(production)) await db.query(`drop schema "${schema}" cascade`)
    await db?.end()
    await fake?.close()
    project?.dispose()
  })

  test('the first deploy builds production from nothing and publishes the first state', async () => {
    const run = await deploy()
    expectSucceeded(run)
    expect(run.outputs.status).toBe('success')
    expect(JSON.parse(run.outputs['swapped-schemas'])).toContain(production)
    expect(await relationsIn(`${production}_staging`)).toContain(`${production}_staging.stg_orders`)
    expect(await relationsIn(production)).toEqual(
      expect.arrayContaining([`${production}.fct_orders`, `${production}.dim_customers`])
    )
    expect(fake.artifacts.filter(a => a.name === 'dbt-state')).toHaveLength(1)
    v1Rows = {
      weekly: await rowsOf(`"${production}".weekly_revenue`),
      customers: await rowsOf(`"${production}".dim_customers`)
    }
  }, 300_000)

  describe('a pull request', () => {
    beforeAll(() => {
      // A body change, a config change, a new model, a macro change and a deleted model.
      project.edit('models/reporting/weekly_revenue.sql', sql =>
        sql.replace(
          'sum(revenue) as revenue',
          'sum(revenue) as revenue,\n    count(distinct order_date) as active_days'
        )
      )
      project.edit('models/marts/_marts.yml', yml => yml.replace('audience: sales', 'audience: marketing'))
      project.write(
        'models/reporting/top_segments.sql',
        "select segment, lifetime_value from {{ ref('customer_segments') }} order by lifetime_value desc limit 3\n"
      )
      project.edit('macros/order_statuses.sql', sql =>
        sql.replace("['completed', 'shipped']", "['shipped', 'completed']")
      )
      project.remove('models/staging/stg_events.sql')
    })

    let first: ActionRun
    test('builds exactly the planned nodes, only in its own schemas', async () => {
      const before = await relationsIn(`${production}%`)
      first = await pullRequest('opened')
      expectSucceeded(first)
      expect(first.outputs.mode).toBe('defer')
      expect(first.outputs['pr-schema']).toBe(prSchema)
      const selected: string[] = JSON.parse(first.outputs.selected)
      const changed = [
        'weekly_revenue',
        'customer_segments',
        'top_segments',
        'dim_customers',
        'revenue_daily'
      ]
      expect(selected).toEqual(expect.arrayContaining(changed.map(name => `model.shop.${name}`)))
      expect(selected).not.toContain('model.shop.fct_orders')
      expect(first.summary).toContain('Self-check: dbt executed exactly the planned nodes')
      const built = (await relationsIn(`${prSchema}%`)).map(name => name.split('.')[1]).sort()
      expect(built).toEqual([...changed].sort())
      expect((await relationsIn(`${production}%`)).filter(name => !name.startsWith(prSchema))).toEqual(before)
    }, 300_000)

    test('reads production for every node it did not build', async () => {
      const weekly = await rowsOf(`"${prSchema}".weekly_revenue`)
      expect(weekly.map(({ active_days: _, ...row }) => row)).toEqual(v1Rows.weekly)
      expect(first.summary).toContain('read production')
    })

    test('runs the tests of what it built and reports them', () => {
      const results: Record<string, string> = JSON.parse(first.outputs.results)
      expect(
        Object.entries(results).some(([id, status]) => id.startsWith('test.') && status === 'pass')
      ).toBe(true)
      expect(first.summary).toContain('Build and test results')
    })

    test('posts one sticky comment with the plan and the reasons', () => {
      const comments = fake.comments.filter(c => c.issue === PR)
      expect(comments).toHaveLength(1)
      expect(comments[0].body.split('\n')[0]).toBe('<!-- dbt-slim-ci:comment -->')
      expect(comments[0].body).toContain('weekly_revenue')
      expect(comments[0].body).toContain('revenue_statuses')
      expect(comments[0].body).toContain('stg_events')
    })

    test('a second push rebuilds what the new commit changed and updates the same comment', async () => {
      project.edit('models/staging/stg_products.sql', sql => `-- one row per product\n${sql}`)
      const second = await pullRequest('synchronize')
      expectSucceeded(second)
      expect(JSON.parse(second.outputs.selected)).toContain('model.shop.dim_products.v2')
      expect(await relationsIn(prSchema)).toEqual(
        expect.arrayContaining([`${prSchema}.dim_products_v1`, `${prSchema}.dim_products_v2`])
      )
      expect(fake.comments.filter(c => c.issue === PR)).toHaveLength(1)
    }, 300_000)

    test('closing it drops its schemas and nothing else', async () => {
      const productionBefore = (await schemasLike(production)).filter(s => !s.startsWith(prSchema))
      const closed = await pullRequest('closed')
      expectSucceeded(closed)
      expect(closed.outputs.mode).toBe('cleanup')
      expect(await schemasLike(prSchema)).toEqual([])
      expect((await schemasLike(production)).filter(s => !s.startsWith(prSchema))).toEqual(productionBefore)
    }, 300_000)
  })

  test('deploying the merged change swaps it in atomically and keeps the previous production', async () => {
    const run = await deploy()
    expectSucceeded(run)
    expect(run.outputs.status).toBe('success')
    const columns = await query(
      `select column_name from information_schema.columns where table_schema = $1 and table_name = 'weekly_revenue'`,
      [production]
    )
    expect(columns.map(c => c.column_name)).toContain('active_days')
    expect(await relationsIn(production)).toContain(`${production}.top_segments`)
    expect(await schemasLike(`${production}__previous`)).toHaveLength(1)
    expect(await relationsIn(`${production}_staging`)).toContain(`${production}_staging.stg_events`)
    expect(run.summary).toContain('was deleted from the project; its relation stays in production')
    expect(await schemasLike(`${production}__green`)).toEqual([])
  }, 300_000)

  test('production after the deploy equals a fresh full build of the same project', async () => {
    const fresh = `${production}_fresh`
    const { execFileSync } = await import('node:child_process')
    execFileSync(
      dbtBin(),
      [
        'build',
        '--project-dir',
        project.dir,
        '--profiles-dir',
        project.dir,
        '--target-path',
        `${project.dir}/fresh-target`
      ],
      {
        env: { ...process.env, PATH: `${DBT_VENV}:${process.env.PATH}`, DBT_SLIM_CI_SCHEMA: fresh },
        stdio: 'ignore'
      }
    )
    for (const [suffix, table] of [
      ['', 'weekly_revenue'],
      ['', 'dim_customers'],
      ['', 'fct_orders'],
      ['', 'top_segments'],
      ['_finance', 'revenue_daily']
    ]) {
      expect(await rowsOf(`"${production}${suffix}".${table}`)).toEqual(
        await rowsOf(`"${fresh}${suffix}".${table}`)
      )
    }
  }, 300_000)

  test('rollback restores the previous production exactly', async () => {
    const run = await deploy('rollback')
    expectSucceeded(run)
    expect(await rowsOf(`"${production}".weekly_revenue`)).toEqual(v1Rows.weekly)
    expect(await rowsOf(`"${production}".dim_customers`)).toEqual(v1Rows.customers)
    expect(await relationsIn(production)).not.toContain(`${production}.top_segments`)
    expect(await relationsIn(`${production}_staging`)).toContain(`${production}_staging.stg_events`)
  }, 300_000)
})
