/**
 * The data diff's cost bounds, on real Postgres with a 1,000,000-row model: above the row limit the key
 * comparison runs on a deterministic hash sample of keys, and without a key the profile runs on a hash sample
 * of rows; a model that reaches its time limit is cancelled by the server and says so; models left when the
 * total budget is spent are skipped, saying why.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { DiffTarget, RelationRef } from '../../src/datadiff/plan.js'
import { runDataDiff } from '../../src/datadiff/run-diff.js'
import { newReport } from '../../src/report/lifecycle.js'
import { COMMENT_LIMIT, renderMarkdown } from '../../src/report/render.js'
import { formatDuration } from '../../src/report/text.js'
import { POSTGRES_DIALECT } from '../../src/datadiff/sql/postgres.js'
import { createPostgresWarehouse } from '../../src/warehouse/postgres/pg-session.js'
import type { PostgresWarehouse } from '../../src/warehouse/postgres/postgres-warehouse.js'
import { cleanUp, describeWithPostgres, ident, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const prefix = uniquePrefix('dd_budget')
const RUN = { repository: 'acme/shop', runId: null, runUrl: null, pullRequest: 7, commitSha: null }
const ROWS = 1_000_000
const relation = (schema: string, name = 'orders'): RelationRef => ({
  database: null,
  schema,
  name,
  sql: `${ident(schema)}.${ident(name)}`
})
const target = (keyed: boolean, name = 'orders'): DiffTarget => ({
  uniqueId: `model.shop.${name}`,
  pr: relation(`${prefix}_pr`, name),
  production: relation(`${prefix}_prod`, name),
  keys: keyed ? [{ columns: ['id'], source: 'unique_key' }] : [],
  isPii: () => false
})
const plan = (...targets: DiffTarget[]) => ({ targets, skipped: [] })
const generous = { rowLimit: 1000, modelTimeoutMs: 120_000, totalMs: 300_000 }
/** The diff's own sample: keys whose hash bucket is below 1,000 out of a million (~0.1 %). */
const inSample = (column: string) => `mod(hashtext(CAST(${column} AS text)) & 2147483647, 1000000) < 1000`

describeWithPostgres('the data diff on a 1,000,000-row model', () => {
  let warehouse: PostgresWarehouse

  beforeAll(async () => {
    warehouse = await createPostgresWarehouse(TEST_CONNECTION)
    const db = warehouse.session
    for (const schema of [`${prefix}_prod`, `${prefix}_pr`]) await db.query(`CREATE SCHEMA ${ident(schema)}`)
    await db.query(
      `CREATE TABLE ${ident(`${prefix}_prod`)}.orders AS
         SELECT i AS id, (i % 1000) * 1.5 AS amount, 'placed'::text AS status FROM generate_series(1, ${ROWS}) AS i`
    )
    // A view that sleeps a millisecond per row: any query over it runs far past a time limit.
    for (const side of ['prod', 'pr']) {
      await db.query(
        `CREATE VIEW ${ident(`${prefix}_${side}`)}.slow_orders AS
           SELECT * FROM ${ident(`${prefix}_prod`)}.orders WHERE pg_sleep(0.001)::text = ''`
      )
    }
    // The PR drops every 10th order and changes the status of every 7th.
    await db.query(
      `CREATE TABLE ${ident(`${prefix}_pr`)}.orders AS
         SELECT id, amount, CASE WHEN id % 7 = 0 THEN 'shipped' ELSE status END AS status
           FROM ${ident(`${prefix}_prod`)}.orders WHERE id % 10 <> 0`
    )
  }, 120_000)

  afterAll(async () => {
    if (warehouse) {
      await cleanUp(warehouse.session, prefix)
      await warehouse.close()
    }
  })

  test('above the row limit, the key comparison covers a hash sample of keys, and says so', async () => {
    const [diff] = await runDataDiff(warehouse, POSTGRES_DIALECT, plan(target(true)), generous)
    const [expected] = await warehouse.session.query<Record<string, string>>(
      `SELECT count(*) FILTER (WHERE id % 10 = 0) AS gone,
              count(*) FILTER (WHERE id % 10 <> 0) AS matched,
              count(*) FILTER (WHERE id % 10 <> 0 AND id % 7 = 0) AS changed
         FROM ${ident(`${prefix}_prod`)}.orders WHERE ${inSample('id')}`
    )
    expect(diff.status).toBe('compared')
    expect(diff.rows).toEqual({ pr: 900_000, production: ROWS })
    expect(diff.key).toMatchObject({
      sample: { perMillion: 1000, by: 'key' },
      onlyInProduction: Number(expected.gone),
      onlyInPr: 0,
      matched: Number(expected.matched),
      changed: Number(expected.changed),
      changedByColumn: [
        { column: 'amount', count: 0 },
        { column: 'status', count: Number(expected.changed) }
      ]
    })
    expect(diff.key!.matched).toBeGreaterThan(600)
    expect(diff.key!.matched).toBeLessThan(1200)

    const report = newReport('defer', { run: RUN, now: () => new Date('2026-12-02T15:00:00Z') })
    report.dataDiff = {
      limits: { rowLimit: 1000, modelTimeoutSeconds: 120, timeBudgetSeconds: 300 },
      piiRule: 'none (no PII patterns or tags are set)',
      error: null,
      models: [diff],
      durationSeconds: diff.durationSeconds
    }
    const comment = renderMarkdown(report, { budget: COMMENT_LIMIT, target: 'comment' })
    expect(comment).toContain('| by key `id`, hash sample of ~0.1% of keys |')
    expect(comment).toContain(
      `\`orders\`: changes by column and example keys (${formatDuration(diff.durationSeconds)})`
    )
  })

  test('without a key, above the row limit, each side is profiled on a hash sample of rows', async () => {
    const [diff] = await runDataDiff(warehouse, POSTGRES_DIALECT, plan(target(false)), generous)
    expect(diff.status).toBe('compared')
    expect(diff.profile?.sample).toEqual({ perMillion: 1000, by: 'row' })
    expect(diff.profile!.rows.production).toBeGreaterThan(600)
    expect(diff.profile!.rows.production).toBeLessThan(1400)
    const status = diff.profile!.columns.find(column => column.column === 'status')
    expect(status).toMatchObject({ production: { distinct: 1, nulls: 0 }, pr: { distinct: 2, nulls: 0 } })
  })

  test('a model that reaches its time limit is cancelled by the server and reports where it stopped', async () => {
    const [diff] = await runDataDiff(warehouse, POSTGRES_DIALECT, plan(target(true, 'slow_orders')), {
      ...generous,
      modelTimeoutMs: 300
    })
    expect(diff.status).toBe('failed')
    expect(diff.reason).toBe('Stopped at the time limit of 300 ms during the row counts.')
    expect(diff.durationSeconds).toBeLessThan(5)
    const [alive] = await warehouse.session.query<{ one: number }>('SELECT 1 AS one')
    expect(alive.one).toBe(1)
  })

  test('models left when the total budget is spent are skipped, saying so', async () => {
    const diffs = await runDataDiff(
      warehouse,
      POSTGRES_DIALECT,
      plan(target(true, 'slow_orders'), target(true)),
      { ...generous, totalMs: 300 }
    )
    expect(diffs.map(diff => [diff.uniqueId, diff.status])).toEqual([
      ['model.shop.slow_orders', 'failed'],
      ['model.shop.orders', 'skipped']
    ])
    expect(diffs[1].reason).toBe("The data diff's time budget of 300 ms was spent before this model.")
  })
})
