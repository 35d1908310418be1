/**
 * The data diff on Snowflake: the real snowflake-sdk against the protocol fake, which records every statement.
 * Each query runs under a session STATEMENT_TIMEOUT_IN_SECONDS that is unset right after it.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import type { DiffTarget, RelationRef } from '../../src/datadiff/plan.js'
import { runDataDiff } from '../../src/datadiff/run-diff.js'
import { SNOWFLAKE_DIALECT } from '../../src/datadiff/sql/snowflake.js'
import {
  createSnowflakeWarehouse,
  snowflakeSettingsFromProfile
} from '../../src/warehouse/snowflake/index.js'
import type { Warehouse } from '../../src/warehouse/warehouse.js'
import { FakeSnowflakeServer } from '../fakes/snowflake-server.js'

let fake: FakeSnowflakeServer
let warehouse: Warehouse

beforeEach(async () => {
  fake = await FakeSnowflakeServer.start({ password: 'secret' })
  const settings = snowflakeSettingsFromProfile({
    account: 'acme',
    user: 'ci',
    password: 'secret',
    database: 'analytics',
    role: 'transformer'
  })
  warehouse = await createSnowflakeWarehouse(settings, {
    accessUrl: fake.url,
    queryTag: 'dbt-slim-ci:defer:7'
  })
})
afterEach(async () => {
  await warehouse.close()
  await fake.stop()
})

const relation = (schema: string): RelationRef => ({
  database: 'analytics',
  schema,
  name: 'orders',
  sql: `analytics.${schema}.orders`
})
const orders: DiffTarget = {
  uniqueId: 'model.shop.orders',
  pr: relation('analytics_pr_7'),
  production: relation('analytics'),
  keys: [{ columns: ['order_id'], source: 'unique_key' }],
  isPii: () => false
}
const limits = { rowLimit: 1_000_000, modelTimeoutMs: 60_000, totalMs: 300_000 }
const SET = 'ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = 60'
const UNSET = 'ALTER SESSION UNSET STATEMENT_TIMEOUT_IN_SECONDS'

function catalog(): void {
  fake.respond('INFORMATION_SCHEMA.COLUMNS', {
    columns: ['SCHEMA_NAME', 'TABLE_NAME', 'COLUMN_NAME', 'DATA_TYPE', 'POSITION'],
    rows: [
      ['ANALYTICS', 'ORDERS', 'ORDER_ID', 'NUMBER(38,0)', '1'],
      ['ANALYTICS', 'ORDERS', 'STATUS', 'TEXT', '2'],
      ['ANALYTICS_PR_7', 'ORDERS', 'ORDER_ID', 'NUMBER(38,0)', '1'],
      ['ANALYTICS_PR_7', 'ORDERS', 'STATUS', 'TEXT', '2'],
      ['ANALYTICS_PR_7', 'ORDERS', 'REVIEWED', 'BOOLEAN', '3']
    ]
  })
}

function counts(pr: string, production: string): void {
  fake.respond(/^SELECT 'pr' AS side/, {
    columns: ['SIDE', 'ROW_COUNT', 'NULL_KEYS', 'DISTINCT_KEYS'],
    rows: [
      ['pr', pr, '0', pr],
      ['production', production, '0', production]
    ]
  })
}

test('a keyed model: catalog, counts, key diff and example keys, each under a statement timeout', async () => {
  catalog()
  counts('95', '100')
  fake.respond(/^WITH pr AS .*\nSELECT COALESCE/s, {
    columns: ['ONLY_IN_PR', 'ONLY_IN_PRODUCTION', 'MATCHED', 'CHANGED', 'D0'],
    rows: [['0', '5', '95', '3', '3']]
  })
  fake.respond(/ranked AS/, {
    columns: ['KIND', 'KEY_TEXT'],
    rows: [
      ['changed', '4'],
      ['only_in_production', '10']
    ]
  })

  const [diff] = await runDataDiff(warehouse, SNOWFLAKE_DIALECT, { targets: [orders], skipped: [] }, limits)

  const statements = fake.sql
  expect(statements.filter((_, i) => i % 3 !== 1)).toEqual(Array(4).fill([SET, UNSET]).flat())
  const queries = statements.filter((_, i) => i % 3 === 1)
  expect(queries[0]).toBe(
    [
      'SELECT table_schema AS schema_name, table_name, column_name,',
      "       data_type || CASE WHEN data_type = 'NUMBER' THEN '(' || numeric_precision || ',' || numeric_scale || ')' ELSE '' END AS data_type,",
      '       ordinal_position AS position',
      '  FROM "ANALYTICS".INFORMATION_SCHEMA.COLUMNS',
      " WHERE (UPPER(table_schema), UPPER(table_name)) IN (('ANALYTICS_PR_7', 'ORDERS'), ('ANALYTICS', 'ORDERS'))",
      'ORDER BY schema_name, table_name, position'
    ].join('\n')
  )
  expect(queries[1]).toBe(
    [
      `SELECT 'pr' AS side, COUNT(*) AS row_count, COALESCE(SUM(CASE WHEN "ORDER_ID" IS NULL THEN 1 ELSE 0 END), 0) AS null_keys, COUNT(DISTINCT "ORDER_ID") AS distinct_keys FROM analytics.analytics_pr_7.orders`,
      'UNION ALL',
      `SELECT 'production' AS side, COUNT(*) AS row_count, COALESCE(SUM(CASE WHEN "ORDER_ID" IS NULL THEN 1 ELSE 0 END), 0) AS null_keys, COUNT(DISTINCT "ORDER_ID") AS distinct_keys FROM analytics.analytics.orders`
    ].join('\n')
  )
  expect(queries[2]).toContain('FROM pr FULL OUTER JOIN production ON pr.k0 = production.k0')
  expect(queries[2]).toContain('pr.c0 IS DISTINCT FROM production.c0')
  expect(queries[2]).not.toContain('HASH(')
  expect(queries[3]).toContain('ROW_NUMBER() OVER (PARTITION BY kind ORDER BY o0) AS n')
  expect(diff).toMatchObject({
    status: 'compared',
    rows: { pr: 95, production: 100 },
    schema: { added: [{ name: 'REVIEWED', type: 'BOOLEAN' }], removed: [], retyped: [], unchanged: 2 },
    key: {
      columns: ['ORDER_ID'],
      onlyInProduction: 5,
      onlyInPr: 0,
      matched: 95,
      changed: 3,
      changedByColumn: [{ column: 'STATUS', count: 3 }],
      examples: { onlyInProduction: ['10'], onlyInPr: [], changed: ['4'] }
    }
  })
})

test('above the row limit the key diff hashes keys with HASH into a sample', async () => {
  catalog()
  counts('4000000', '4000000')
  fake.respond(/^WITH pr AS .*\nSELECT COALESCE/s, {
    columns: ['ONLY_IN_PR', 'ONLY_IN_PRODUCTION', 'MATCHED', 'CHANGED', 'D0'],
    rows: [['0', '0', '250000', '0', '0']]
  })

  const [diff] = await runDataDiff(warehouse, SNOWFLAKE_DIALECT, { targets: [orders], skipped: [] }, limits)

  const keyDiff = fake.sql.find(sql => sql.startsWith('WITH pr AS'))
  expect(keyDiff).toContain(
    `FROM analytics.analytics_pr_7.orders WHERE "ORDER_ID" IS NOT NULL AND MOD(ABS(HASH(TO_VARCHAR("ORDER_ID"))), 1000000) < 250000)`
  )
  expect(diff.key?.sample).toEqual({ perMillion: 250_000, by: 'key' })
  expect(fake.sql.some(sql => sql.includes('ranked AS'))).toBe(false)
})

test("a statement Snowflake cancels at its timeout ends the model's diff, and the timeout is still unset", async () => {
  catalog()
  fake.fail(/^SELECT 'pr' AS side/, {
    code: '000630',
    sqlState: '57014',
    message: 'Statement reached its statement or warehouse timeout of 60 second(s) and was canceled.'
  })

  const [diff] = await runDataDiff(warehouse, SNOWFLAKE_DIALECT, { targets: [orders], skipped: [] }, limits)

  expect(diff).toMatchObject({
    status: 'failed',
    reason: 'Stopped at the time limit of 1m 00s during the row counts.'
  })
  expect(fake.sql.slice(-3)).toEqual([SET, expect.stringMatching(/^SELECT 'pr' AS side/), UNSET])
})

test('a model without a key is profiled side by side, each side in one query over a hash sample of rows', async () => {
  catalog()
  counts('3000000', '3000000')
  fake.respond(/^SELECT COUNT\(\*\) AS row_count, COUNT/, {
    columns: ['ROW_COUNT', 'V0', 'D0', 'MIN0', 'MAX0', 'V1', 'D1'],
    rows: [['333000', '333000', '333000', '1', '2999998', '332000', '4']]
  })

  const [diff] = await runDataDiff(
    warehouse,
    SNOWFLAKE_DIALECT,
    { targets: [{ ...orders, keys: [] }], skipped: [] },
    limits
  )

  const profiles = fake.sql.filter(sql => sql.startsWith('SELECT COUNT(*) AS row_count'))
  expect(profiles).toEqual([
    'SELECT COUNT(*) AS row_count, COUNT("ORDER_ID") AS v0, COUNT(DISTINCT "ORDER_ID") AS d0, TO_VARCHAR(MIN("ORDER_ID")) AS min0, TO_VARCHAR(MAX("ORDER_ID")) AS max0, COUNT("STATUS") AS v1, COUNT(DISTINCT "STATUS") AS d1, COUNT("REVIEWED") AS v2, COUNT(DISTINCT "REVIEWED") AS d2 FROM analytics.analytics_pr_7.orders AS diff_row WHERE MOD(ABS(HASH(diff_row.*)), 1000000) < 333333',
    'SELECT COUNT(*) AS row_count, COUNT("ORDER_ID") AS v0, COUNT(DISTINCT "ORDER_ID") AS d0, TO_VARCHAR(MIN("ORDER_ID")) AS min0, TO_VARCHAR(MAX("ORDER_ID")) AS max0, COUNT("STATUS") AS v1, COUNT(DISTINCT "STATUS") AS d1 FROM analytics.analytics.orders AS diff_row WHERE MOD(ABS(HASH(diff_row.*)), 1000000) < 333333'
  ])
  expect(diff.profile).toMatchObject({
    sample: { perMillion: 333_333, by: 'row' },
    rows: { pr: 333_000, production: 333_000 }
  })
})
