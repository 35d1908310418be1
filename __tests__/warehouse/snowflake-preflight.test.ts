import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  createSnowflakeWarehouse,
  snowflakeSettingsFromProfile
} from '../../src/warehouse/snowflake/index.js'
import type { SnowflakeWarehouse } from '../../src/warehouse/snowflake/snowflake-warehouse.js'
import { databaseTarget, schemaTarget } from '../fakes/snowflake-targets.js'
import { FakeSnowflakeServer } from '../fakes/snowflake-server.js'

const REF_OVERRIDE =
  '{% macro ref(model_name) %}{% do return(builtins.ref(model_name).include(database=false)) %}{% endmacro %}'


let fake: FakeSnowflakeServer
let warehouse: SnowflakeWarehouse

beforeEach(async () => {
  fake = await FakeSnowflakeServer.start()
  fake.containers('ANALYTICS', 'ANALYTICS__GREEN', 'ANALYTICS.MARTS', 'ANALYTICS.MARTS__GREEN', 'ADMIN')
  const settings = snowflakeSettingsFromProfile({
    account: 'acme',
    user: 'deployer',
    password: 'x',
    database: 'admin'
  })
  warehouse = await createSnowflakeWarehouse(settings, { accessUrl: fake.url })
})
afterEach(async () => {
  await warehouse.close()
  await fake.stop()
})

function views(...rows: [schema: string, name: string, definition: string][]) {
  fake.respond('INFORMATION_SCHEMA.VIEWS', {
    columns: ['TABLE_SCHEMA', 'TABLE_NAME', 'VIEW_DEFINITION'],
    rows
  })
}

describe('views that would not follow the swap', () => {
  test('a schema whose views use relative names has no findings', async () => {
    const settings = snowflakeSettingsFromProfile({
      account: 'acme',
      user: 'deployer',
      password: 'x',
      database: 'analytics'
    })
    const inAnalytics = await createSnowflakeWarehouse(settings, { accessUrl: fake.url })
    views([
      'MARTS__GREEN',
      'V_ORDERS',
      'create view v_orders as select * from orders join customers using (id)'
    ])
    expect(await inAnalytics.preflight([schemaTarget])).toEqual([])
    expect(fake.sql).toEqual([
      `SHOW SCHEMAS LIKE 'MARTS__GREEN' IN DATABASE "ANALYTICS"`,
      `SELECT table_schema, table_name, view_definition FROM "ANALYTICS".INFORMATION_SCHEMA.VIEWS WHERE table_schema = 'MARTS__GREEN'`,
      `SHOW SCHEMAS LIKE 'MARTS' IN DATABASE "ANALYTICS"`,
      'SHOW GRANTS ON SCHEMA "ANALYTICS"."MARTS"'
    ])
    await inAnalytics.close()
  })

  test('a view naming the green database is an error whose fix is the ref override', async () => {
    views([
      'MARTS',
      'V_ORDERS',
      'create or replace view V_ORDERS as (select * from analytics__green.marts.orders)'
    ])
    const findings = await warehouse.preflight([databaseTarget])
    expect(findings).toEqual([
      {
        severity: 'error',
        code: 'fully_qualified_view_reference',
        object: 'ANALYTICS__GREEN.MARTS.V_ORDERS',
        detail: expect.stringContaining('`analytics__green.marts.orders`'),
        fix: expect.stringContaining(REF_OVERRIDE)
      }
    ])
    expect(findings[0].detail).toContain('renamed to ANALYTICS__PREVIOUS')
    expect(fake.sql).toContain(
      `SELECT table_schema, table_name, view_definition FROM "ANALYTICS__GREEN".INFORMATION_SCHEMA.VIEWS WHERE table_schema <> 'INFORMATION_SCHEMA'`
    )
  })

  test('quoted and spaced references are found too', async () => {
    views(['MARTS', 'V_ORDERS', 'select * from "ANALYTICS__GREEN" . "MARTS"."Orders"'])
    const [finding] = await warehouse.preflight([databaseTarget])
    expect(finding.severity).toBe('error')
  })

  test('look-alike names, relative names and quoted names of another case are not references', async () => {
    views(
      ['MARTS', 'V_A', 'select * from analytics__green_archive.marts.orders'],
      ['MARTS', 'V_B', 'select marts.orders.id from marts.orders'],
      ['MARTS', 'V_C', 'select * from "analytics__green".marts.orders'],
      ['MARTS', 'V_D', 'select * from other.analytics__green.orders']
    )
    expect(await warehouse.preflight([databaseTarget])).toEqual([])
  })

  test('the CREATE VIEW header, comments and string literals are not references', async () => {
    views([
      'MARTS',
      'V_ORDERS',
      `create or replace secure view ANALYTICS__GREEN.MARTS.V_ORDERS copy grants as (
  -- was analytics__green.marts.orders_old
  select 'analytics__green.marts.orders' as source, * from marts.orders /* analytics.marts.orders */
)`
    ])
    expect(await warehouse.preflight([databaseTarget])).toEqual([])
  })

  test('a view naming the production database is a warning: green reads production until the swap', async () => {
    views(['MARTS', 'V_ORDERS', 'select * from ANALYTICS.STAGING.ORDERS'])
    const findings = await warehouse.preflight([databaseTarget])
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', object: 'ANALYTICS__GREEN.MARTS.V_ORDERS' })
    ])
  })

  test('a view naming its own production twin is an error: after the swap it would select from itself', async () => {
    views(['MARTS', 'ORDERS', 'select * from analytics.marts.orders'])
    const findings = await warehouse.preflight([databaseTarget])
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', detail: expect.stringContaining('from itself') })
    ])
  })

  test('at schema level, naming the green schema is an error and the fix drops database and schema', async () => {
    views(['MARTS__GREEN', 'V_ORDERS', 'select * from analytics.marts__green.orders'])
    const findings = await warehouse.preflight([{ ...schemaTarget, database: 'analytics' }])
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        object: 'ANALYTICS.MARTS__GREEN.V_ORDERS',
        fix: expect.stringContaining('include(database=false, schema=false)')
      })
    ])
  })
})

describe('what the swap itself needs', () => {
  test('several schemas are an error: Snowflake cannot swap them atomically', async () => {
    views()
    const finance = { ...schemaTarget, database: 'analytics', production: 'finance', green: 'finance__green' }
    const findings = await warehouse.preflight([{ ...schemaTarget, database: 'analytics' }, finance])
    expect(findings[0]).toMatchObject({
      severity: 'error',
      object: 'marts, finance',
      fix: expect.stringContaining('database level')
    })
  })

  test('a missing green is an error', async () => {
    const findings = await warehouse.preflight([{ ...databaseTarget, green: 'nowhere' }])
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', object: 'NOWHERE' })])
  })

  test('a share on production is a warning: it keeps serving the old production after the swap', async () => {
    views()
    fake.respond('SHOW GRANTS ON DATABASE "ANALYTICS"', {
      columns: ['privilege', 'granted_on', 'name', 'granted_to', 'grantee_name', 'grant_option'],
      rows: [
        ['USAGE', 'DATABASE', 'ANALYTICS', 'SHARE', 'ACME.PARTNER_SHARE', 'false'],
        ['USAGE', 'DATABASE', 'ANALYTICS', 'ROLE', 'REPORTER', 'false']
      ]
    })
    const findings = await warehouse.preflight([databaseTarget])
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        object: 'ANALYTICS',
        detail: expect.stringContaining('Share ACME.PARTNER_SHARE'),
        fix: expect.stringContaining('GRANT USAGE ON DATABASE "ANALYTICS" TO SHARE "ACME.PARTNER_SHARE"')
      })
    ])
  })

  test('a deploy lock inside a swapped database is an error: the lock would move with it', async () => {
    views()
    const settings = snowflakeSettingsFromProfile({
      account: 'acme',
      user: 'deployer',
      password: 'x',
      database: 'analytics'
    })
    const lockInProduction = await createSnowflakeWarehouse(settings, { accessUrl: fake.url })
    const findings = await lockInProduction.preflight([databaseTarget])
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        object: 'ANALYTICS',
        detail: expect.stringContaining('deploy lock')
      })
    ])
    await lockInProduction.close()
  })
})
