/**
 * The data diff of a pull request, end to end with real dbt and Postgres on the example project. Production is
 * deployed first; the PR then edits fct_orders (a key, `unique_key='order_id'`): it adds a column, drops one,
 * retypes one, filters out the returned orders and changes the status of some others, and edits
 * customer_segments (no key: profiled). Every figure the PR comment shows is checked against SQL the test
 * writes itself, with EXCEPT and NOT EXISTS rather than the diff's FULL OUTER JOIN.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli/main.js'
import { localEnvironment } from '../../src/cli/local-environment.js'
import type { SettingName } from '../../src/config/options.js'
import { parseSettings } from '../../src/config/parse-settings.js'
import { readRunResults } from '../../src/dbt/run-results.js'
import { runDefer } from '../../src/defer/flow.js'
import { COMMENT_LIMIT, renderMarkdown } from '../../src/report/render.js'
import { formatDuration } from '../../src/report/text.js'
import type { Report } from '../../src/report/types.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { cleanUp, describeWithPostgres, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const PR = 17
const production = uniquePrefix('datadiff')
const prSchema = `${production}_pr_${PR}`
const MARKER = '<!-- dbt-slim-ci:pr -->'

/** fct_orders' columns in both versions, as production types them (customer_id is retyped to bigint). */
const SHARED = 'customer_id::bigint, product_id, status, ordered_at, amount, payment_count'

describeWithPostgres('the data diff of a pull request on Postgres', () => {
  let project: ProjectCopy
  let scratch: string
  let db: SqlClient
  let report: Report
  let comment: string

  const count = async (sql: string): Promise<number> =>
    Number((await db.query<{ n: string }>(`select (${sql}) as n`))[0].n)
  const prod = (table: string) => `"${production}".${table}`
  const pr = (table: string) => `"${prSchema}".${table}`
  const modelDiff = (name: string) => report.dataDiff?.models.find(m => m.uniqueId === `model.shop.${name}`)

  beforeAll(async () => {
    dbtBin()
    project = new ProjectCopy(production)
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-data-diff-'))
    db = await openPgSession(TEST_CONNECTION)
    const io = { stdout: () => undefined, stderr: () => undefined }
    const deployed = await main(
      [
        'deploy',
        '--project-dir',
        project.dir,
        '--dbt-executable',
        dbtBin(),
        '--publish-dir',
        path.join(scratch, 'state'),
        // Not the default .work/deploy in the checkout, which other files' deploys use at the same time.
        '--work-dir',
        path.join(scratch, 'deploy')
      ],
      io
    )
    expect(deployed).toBe(0)
    project.edit('models/marts/fct_orders.sql', sql =>
      sql
        .replace('o.customer_id,', 'o.customer_id::bigint as customer_id,')
        .replace('o.status,', "case when o.order_id % 4 = 0 then 'completed' else o.status end as status,")
        .replace('o.product_id,', 'o.product_id + (o.order_id % 3 = 0)::int as product_id,')
        .replace(`coalesce(p.amount, 0) >= {{ var('large_order_dollars') }} as is_large`, 'true as reviewed')
        .replace(
          '{% if is_incremental() %}\nwhere',
          "where o.status <> 'returned'\n{% if is_incremental() %}\nand"
        )
    )
    project.edit('models/marts/customer_segments.sql', sql =>
      sql.replace('count(*) as customers,', 'count(*) filter (where lifetime_value > 0) as customers,')
    )
    const values: Partial<Record<SettingName, string>> = {
      'project-dir': project.dir,
      'dbt-executable': dbtBin(),
      'state-path': path.join(scratch, 'state'),
      'data-diff-pii-columns': '*email*, lifetime_value'
    }
    const settings = parseSettings(name => values[name] ?? '', 'cli')
    const env = await localEnvironment({
      settings,
      run: { pullRequest: PR },
      publishDir: path.join(scratch, 'unused'),
      write: () => undefined,
      workDir: path.join(scratch, 'work')
    })
    report = await runDefer(env)
    comment = renderMarkdown(report, { budget: COMMENT_LIMIT, target: 'comment', marker: MARKER })
  }, 600_000)

  afterAll(async () => {
    if (db) {
      await cleanUp(db, production)
      await db.close()
    }
    project?.dispose()
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  test('the PR build succeeds and the report compares exactly the two modified models', () => {
    expect(report.status).toBe('success')
    expect(report.dataDiff?.error).toBeNull()
    expect(report.dataDiff?.models.map(m => [m.uniqueId, m.status])).toEqual([
      ['model.shop.customer_segments', 'compared'],
      ['model.shop.fct_orders', 'compared']
    ])
  })

  test('downstream models rebuilt by the PR are not compared: only modified ones are', () => {
    const built = report.invocations.flatMap(i => i.results ?? []).map(r => r.uniqueId)
    expect(built).toContain('model.shop.dim_customers')
    expect(modelDiff('dim_customers')).toBeUndefined()
  })

  test('the schema diff comes from the catalog: reviewed added, is_large dropped, customer_id retyped', () => {
    expect(modelDiff('fct_orders')?.schema).toEqual({
      added: [{ name: 'reviewed', type: 'boolean' }],
      removed: [{ name: 'is_large', type: 'boolean' }],
      retyped: [{ name: 'customer_id', production: 'integer', pr: 'bigint' }],
      unchanged: 6
    })
  })

  test('the comment row of fct_orders carries the figures independent SQL computes', async () => {
    const productionRows = await count(`select count(*) from ${prod('fct_orders')}`)
    const prRows = await count(`select count(*) from ${pr('fct_orders')}`)
    const onlyInProduction = await count(
      `select count(*) from ${prod('fct_orders')} p where not exists (select 1 from ${pr('fct_orders')} r where r.order_id = p.order_id)`
    )
    const onlyInPr = await count(
      `select count(*) from ${pr('fct_orders')} r where not exists (select 1 from ${prod('fct_orders')} p where p.order_id = r.order_id)`
    )
    const matched = await count(
      `select count(*) from ${prod('fct_orders')} p join ${pr('fct_orders')} r using (order_id)`
    )
    const changed = await count(
      `select count(*) from (select order_id, ${SHARED} from ${prod('fct_orders')} where order_id in (select order_id from ${pr('fct_orders')})
         except select order_id, ${SHARED} from ${pr('fct_orders')}) changed`
    )
    const statusChanged = await count(
      `select count(*) from ${prod('fct_orders')} p join ${pr('fct_orders')} r using (order_id) where p.status <> r.status`
    )
    const productChanged = await count(
      `select count(*) from ${prod('fct_orders')} p join ${pr('fct_orders')} r using (order_id) where p.product_id <> r.product_id`
    )
    expect(onlyInProduction).toBeGreaterThan(0)
    expect(statusChanged).toBeGreaterThan(0)
    expect(productChanged).toBeGreaterThan(0)
    expect(comment).toContain(
      `| 🔍 \`fct_orders\` | ${productionRows} → ${prRows} (−${productionRows - prRows}) | +\`reviewed\`<br>−\`is_large\`<br>\`customer_id\` \`integer\` → \`bigint\` | by key \`order_id\` | ${onlyInProduction} only in production${onlyInPr > 0 ? ` · ${onlyInPr} only in PR` : ''} · ${changed} of ${matched} changed (\`product_id\` ${productChanged}, \`status\` ${statusChanged}) |`
    )
  })

  test('the example keys are the smallest keys of each kind, as independent SQL lists them', async () => {
    const keys = async (sql: string) =>
      (await db.query<{ order_id: number }>(sql)).map(row => `\`${row.order_id}\``).join(', ')
    const gone = await keys(
      `select order_id from ${prod('fct_orders')} except select order_id from ${pr('fct_orders')} order by order_id limit 5`
    )
    const changed = await keys(
      `select p.order_id from ${prod('fct_orders')} p join ${pr('fct_orders')} r using (order_id) where p.status <> r.status or p.product_id <> r.product_id order by 1 limit 5`
    )
    expect(comment).toContain(`- Only in production: ${gone}`)
    expect(comment).toContain(`- Changed: ${changed}`)
  })

  test('customer_segments has no key, so its columns are profiled side by side', async () => {
    const diff = modelDiff('customer_segments')
    expect(diff?.key).toBeNull()
    const [figures] = await db.query<Record<string, string>>(
      `select (select count(distinct customers) from ${prod('customer_segments')}) as production_distinct,
              (select count(distinct customers) from ${pr('customer_segments')}) as pr_distinct,
              (select min(customers)::text from ${prod('customer_segments')}) as production_min,
              (select min(customers)::text from ${pr('customer_segments')}) as pr_min,
              (select max(customers)::text from ${prod('customer_segments')}) as production_max,
              (select max(customers)::text from ${pr('customer_segments')}) as pr_max`
    )
    const pair = (a: string, b: string) => (a === b ? a : `${a} → ${b}`)
    const pairCode = (a: string, b: string) => (a === b ? `\`${a}\`` : `\`${a}\` → \`${b}\``)
    expect(comment).toContain(
      `| \`customers\` | 0 | ${pair(figures.production_distinct, figures.pr_distinct)} | ${pairCode(figures.production_min, figures.pr_min)} | ${pairCode(figures.production_max, figures.pr_max)} |`
    )
  })

  test('a column the PII setting names shows counts but never its values', () => {
    const profile = modelDiff('customer_segments')?.profile
    const lifetime = profile?.columns.find(column => column.column === 'lifetime_value')
    expect(lifetime).toMatchObject({ pii: true, pr: { min: null, max: null } })
    expect(comment).toMatch(/\| `lifetime_value` \| 0 \| [^|]+ \| PII \| PII \|/)
  })

  test("build times compare each built model with production's last run_results.json from the state", async () => {
    const production = await readRunResults(path.join(scratch, 'state', 'run_results.json'))
    const before = production.results.find(r => r.uniqueId === 'model.shop.fct_orders')!
    const now = report.invocations
      .flatMap(i => i.results ?? [])
      .find(r => r.uniqueId === 'model.shop.fct_orders')!
    expect(report.costDiff?.models.find(m => m.uniqueId === 'model.shop.fct_orders')).toMatchObject({
      prSeconds: now.executionTime,
      productionSeconds: before.executionTime,
      prRows: now.rowsAffected,
      productionRows: before.rowsAffected
    })
    const ratio = (now.executionTime / before.executionTime).toFixed(1)
    expect(comment).toContain(
      `\`fct_orders\` | ${formatDuration(now.executionTime)} | ${formatDuration(before.executionTime)} | ${ratio}× | ${before.rowsAffected} → ${now.rowsAffected} |`
    )
  })

  test('the report says what the diff was bounded by and which PII rule hid values', () => {
    expect(comment).toContain('Compared 2 modified models with production in ')
    expect(comment).toContain(
      '(row limit 1,000,000 · 60 s per model · 300 s in all). Values of PII columns are never shown: columns named like `*email*`, `lifetime_value` or tagged `pii`, and every column of a model tagged `pii`.'
    )
  })
})
