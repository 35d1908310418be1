import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { formatMark, type OwnershipMark } from '../../src/warehouse/ownership-mark.js'
import {
  createSnowflakeWarehouse,
  snowflakeSettingsFromProfile,
  type SnowflakeWarehouseRunOptions
} from '../../src/warehouse/snowflake/index.js'
import type { Warehouse } from '../../src/warehouse/warehouse.js'
import { FakeSnowflakeServer } from '../fakes/snowflake-server.js'

const mark: OwnershipMark = {
  role: 'pr',
  repository: "acme/o'brien",
  pullRequest: 7,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z'
}

let fake: FakeSnowflakeServer
let warehouse: Warehouse

beforeEach(async () => {
  fake = await FakeSnowflakeServer.start({ password: 'secret' })
})
afterEach(async () => {
  await warehouse.close()
  await fake.stop()
})

async function connect(options: SnowflakeWarehouseRunOptions = {}): Promise<Warehouse> {
  const settings = snowflakeSettingsFromProfile({
    account: 'acme',
    user: 'ci',
    password: 'secret',
    database: 'analytics',
    role: 'transformer'
  })
  warehouse = await createSnowflakeWarehouse(settings, { accessUrl: fake.url, queryTag: 'tag', ...options })
  return warehouse
}

test('marking creates the schema if missing and sets the mark with COMMENT ON SCHEMA', async () => {
  const catalog = fake.schemaCatalog()
  await (await connect()).markContainer({ level: 'schema', database: null, name: 'analytics_pr_7' }, mark)
  expect(fake.sql).toEqual([
    'CREATE SCHEMA IF NOT EXISTS "ANALYTICS"."ANALYTICS_PR_7"',
    `COMMENT ON SCHEMA "ANALYTICS"."ANALYTICS_PR_7" IS '${formatMark(mark).replaceAll("'", "''")}'`
  ])
  expect(catalog.get('ANALYTICS.ANALYTICS_PR_7')).toBe(formatMark(mark))
})

test('a database-level container is marked with COMMENT ON DATABASE', async () => {
  await (await connect()).markContainer({ level: 'database', database: null, name: 'analytics__green' }, mark)
  expect(fake.sql.map(sql => sql.split(' IS ')[0])).toEqual([
    'CREATE DATABASE IF NOT EXISTS "ANALYTICS__GREEN"',
    'COMMENT ON DATABASE "ANALYTICS__GREEN"'
  ])
})

test('listing reads SHOW SCHEMAS and keeps only schemas whose comment is a mark', async () => {
  fake.schemaCatalog({
    'ANALYTICS.ANALYTICS_PR_7': formatMark(mark),
    'ANALYTICS.MARTS': 'the finance marts',
    'ANALYTICS.SCRATCH': null,
    'OTHER.ANALYTICS_PR_8': formatMark({ ...mark, pullRequest: 8 })
  })
  const listed = await (await connect()).listMarkedContainers(null)
  expect(fake.sql).toEqual(['SHOW SCHEMAS IN DATABASE "ANALYTICS"'])
  expect(listed).toEqual([
    { container: { level: 'schema', database: 'ANALYTICS', name: 'ANALYTICS_PR_7' }, mark }
  ])
  expect((await warehouse.listMarkedContainers('other')).map(m => m.mark.pullRequest)).toEqual([8])
})

test('reading one mark uses SHOW SCHEMAS LIKE and matches the exact name', async () => {
  fake.schemaCatalog({ 'ANALYTICS.PR_7': formatMark(mark), 'ANALYTICS.PRX7': null })
  expect(await (await connect()).readMark({ level: 'schema', database: null, name: 'pr_7' })).toEqual(mark)
  expect(await warehouse.readMark({ level: 'schema', database: null, name: 'pr_8' })).toBeNull()
  expect(fake.sql[0]).toBe(`SHOW SCHEMAS LIKE 'PR_7' IN DATABASE "ANALYTICS"`)
})

test('a dry run sends no marking statement', async () => {
  fake.schemaCatalog()
  const dry = await connect({ dryRun: true })
  await dry.markContainer({ level: 'schema', database: null, name: 'analytics_pr_7' }, mark)
  expect(fake.sql).toEqual([])
  expect(dry.statements.every(s => s.skipped)).toBe(true)
})
