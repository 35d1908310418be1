import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { SnowflakeSwapBookkeepingError } from '../../src/warehouse/snowflake/errors.js'
import {
  createSnowflakeWarehouse,
  snowflakeSettingsFromProfile,
  type SnowflakeWarehouseRunOptions
} from '../../src/warehouse/snowflake/index.js'
import type { SnowflakeWarehouse } from '../../src/warehouse/snowflake/snowflake-warehouse.js'
import { databaseTarget, schemaTarget } from '../fakes/snowflake-targets.js'
import {
  ALREADY_EXISTS_ERROR,
  FakeSnowflakeServer,
  INSUFFICIENT_PRIVILEGES_ERROR
} from '../fakes/snowflake-server.js'

const queryTag = 'dbt-slim-ci:deploy:42'
const marts = { level: 'schema', database: null, name: 'marts' } as const
const martsGreen = { level: 'schema', database: null, name: 'marts__green' } as const

let fake: FakeSnowflakeServer
let warehouse: SnowflakeWarehouse

beforeEach(async () => {
  fake = await FakeSnowflakeServer.start({ password: 'secret' })
})
afterEach(async () => {
  await warehouse.close()
  await fake.stop()
})

async function connect(options: SnowflakeWarehouseRunOptions = {}): Promise<SnowflakeWarehouse> {
  const settings = snowflakeSettingsFromProfile({
    account: 'acme',
    user: 'deployer',
    password: 'secret',
    database: 'analytics',
    role: 'transformer'
  })
  warehouse = await createSnowflakeWarehouse(settings, { accessUrl: fake.url, queryTag, ...options })
  return warehouse
}

const objects = (rows: string[][]) => ({
  columns: ['database_name', 'schema_name', 'name', 'kind', 'is_dynamic'],
  rows
})

describe('clone', () => {
  test('a schema is cloned zero-copy with CREATE OR REPLACE SCHEMA … CLONE', async () => {
    fake.respond('SHOW OBJECTS', objects([['ANALYTICS', 'MARTS', 'ORDERS', 'TABLE', 'N']]))
    const result = await (await connect()).clone(marts, martsGreen)
    expect(fake.sql).toEqual([
      'SHOW OBJECTS IN SCHEMA "ANALYTICS"."MARTS"',
      'CREATE OR REPLACE SCHEMA "ANALYTICS"."MARTS__GREEN" CLONE "ANALYTICS"."MARTS"'
    ])
    expect(result).toEqual({
      method: 'zero-copy',
      cloned: [{ database: 'ANALYTICS', schema: 'MARTS__GREEN', name: 'ORDERS', kind: 'table', bytes: null }]
    })
  })

  test('cloned dynamic tables that run in production are resumed; suspended ones stay suspended', async () => {
    fake.respond(
      'SHOW OBJECTS',
      objects([
        ['ANALYTICS', 'MARTS', 'DAILY_REVENUE', 'TABLE', 'Y'],
        ['ANALYTICS', 'MARTS', 'PAUSED_FEED', 'TABLE', 'Y']
      ])
    )
    fake.respond('SHOW DYNAMIC TABLES', {
      columns: ['name', 'database_name', 'schema_name', 'scheduling_state'],
      rows: [
        ['DAILY_REVENUE', 'ANALYTICS', 'MARTS', 'ACTIVE'],
        ['PAUSED_FEED', 'ANALYTICS', 'MARTS', 'SUSPENDED']
      ]
    })
    await (await connect()).clone(marts, martsGreen)
    expect(fake.sql).toEqual([
      'SHOW OBJECTS IN SCHEMA "ANALYTICS"."MARTS"',
      'SHOW DYNAMIC TABLES IN SCHEMA "ANALYTICS"."MARTS"',
      'CREATE OR REPLACE SCHEMA "ANALYTICS"."MARTS__GREEN" CLONE "ANALYTICS"."MARTS"',
      'ALTER DYNAMIC TABLE "ANALYTICS"."MARTS__GREEN"."DAILY_REVENUE" RESUME'
    ])
  })

  test('a database clone resumes dynamic tables in their own schema of the clone', async () => {
    fake.respond('SHOW OBJECTS', objects([['ANALYTICS', 'FINANCE', 'LEDGER', 'TABLE', 'Y']]))
    fake.respond('SHOW DYNAMIC TABLES', {
      columns: ['name', 'database_name', 'schema_name', 'scheduling_state'],
      rows: [['LEDGER', 'ANALYTICS', 'FINANCE', 'ACTIVE']]
    })
    await (
      await connect()
    ).clone(
      { level: 'database', database: null, name: 'analytics' },
      { level: 'database', database: null, name: 'analytics__green' }
    )
    expect(fake.sql).toEqual([
      'SHOW OBJECTS IN DATABASE "ANALYTICS"',
      'SHOW DYNAMIC TABLES IN DATABASE "ANALYTICS"',
      'CREATE OR REPLACE DATABASE "ANALYTICS__GREEN" CLONE "ANALYTICS"',
      'ALTER DYNAMIC TABLE "ANALYTICS__GREEN"."FINANCE"."LEDGER" RESUME'
    ])
  })

  test('a refused clone resumes nothing and leaves production untouched', async () => {
    fake.respond('SHOW OBJECTS', objects([['ANALYTICS', 'MARTS', 'DAILY_REVENUE', 'TABLE', 'Y']]))
    fake.respond('SHOW DYNAMIC TABLES', {
      columns: ['name', 'database_name', 'schema_name', 'scheduling_state'],
      rows: [['DAILY_REVENUE', 'ANALYTICS', 'MARTS', 'ACTIVE']]
    })
    fake.fail('CLONE', INSUFFICIENT_PRIVILEGES_ERROR)
    await expect((await connect()).clone(marts, martsGreen)).rejects.toThrow(
      /CREATE OR REPLACE SCHEMA "ANALYTICS"."MARTS__GREEN" CLONE "ANALYTICS"."MARTS"`: SQL access control error/
    )
    expect(fake.sql.at(-1)).toMatch(/CLONE/)
  })
})

describe('copyGrants', () => {
  test("production schema's grants and future grants are granted on green, except OWNERSHIP", async () => {
    fake.respond('SHOW GRANTS ON', {
      columns: ['privilege', 'granted_on', 'name', 'granted_to', 'grantee_name', 'grant_option'],
      rows: [
        ['OWNERSHIP', 'SCHEMA', 'ANALYTICS.MARTS', 'ROLE', 'TRANSFORMER', 'true'],
        ['USAGE', 'SCHEMA', 'ANALYTICS.MARTS', 'ROLE', 'REPORTER', 'false'],
        ['CREATE TABLE', 'SCHEMA', 'ANALYTICS.MARTS', 'ROLE', 'Loader "ops"', 'true'],
        ['USAGE', 'SCHEMA', 'ANALYTICS.MARTS', 'SHARE', 'PARTNER_SHARE', 'false']
      ]
    })
    fake.respond('SHOW FUTURE GRANTS', {
      columns: ['privilege', 'grant_on', 'name', 'grant_to', 'grantee_name', 'grant_option'],
      rows: [
        ['SELECT', 'TABLE', 'ANALYTICS.MARTS.<TABLE>', 'ROLE', 'REPORTER', 'false'],
        [
          'SELECT',
          'MATERIALIZED_VIEW',
          'ANALYTICS.MARTS.<MATERIALIZED_VIEW>',
          'DATABASE_ROLE',
          'ANALYTICS.READER',
          'false'
        ]
      ]
    })
    await (await connect()).copyGrants(marts, martsGreen)
    expect(fake.sql).toEqual([
      'SHOW GRANTS ON SCHEMA "ANALYTICS"."MARTS"',
      'SHOW FUTURE GRANTS IN SCHEMA "ANALYTICS"."MARTS"',
      'GRANT USAGE ON SCHEMA "ANALYTICS"."MARTS__GREEN" TO ROLE "REPORTER"',
      'GRANT CREATE TABLE ON SCHEMA "ANALYTICS"."MARTS__GREEN" TO ROLE "Loader ""ops""" WITH GRANT OPTION',
      'GRANT SELECT ON FUTURE TABLES IN SCHEMA "ANALYTICS"."MARTS__GREEN" TO ROLE "REPORTER"',
      'GRANT SELECT ON FUTURE MATERIALIZED VIEWS IN SCHEMA "ANALYTICS"."MARTS__GREEN" TO DATABASE ROLE "ANALYTICS"."READER"'
    ])
  })

  test("a database's grants to its own database roles go to the clone's copy of the role", async () => {
    fake.respond('SHOW GRANTS ON', {
      columns: ['privilege', 'granted_on', 'name', 'granted_to', 'grantee_name', 'grant_option'],
      rows: [['USAGE', 'DATABASE', 'ANALYTICS', 'DATABASE_ROLE', 'ANALYTICS.READER', 'false']]
    })
    fake.respond('SHOW FUTURE GRANTS', { columns: [], rows: [] })
    await (
      await connect()
    ).copyGrants(
      { level: 'database', database: null, name: 'analytics' },
      { level: 'database', database: null, name: 'analytics__green' }
    )
    expect(fake.sql.at(-1)).toBe(
      'GRANT USAGE ON DATABASE "ANALYTICS__GREEN" TO DATABASE ROLE "ANALYTICS__GREEN"."READER"'
    )
  })
})

describe('swap', () => {
  test('a schema swaps in one ALTER SCHEMA … SWAP WITH, then the old production is kept as previous', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS', 'ANALYTICS.MARTS__GREEN', 'ANALYTICS.MARTS__PREVIOUS')
    const record = await (await connect()).swap([schemaTarget])
    expect(fake.sql).toEqual([
      `SHOW SCHEMAS LIKE 'MARTS__GREEN' IN DATABASE "ANALYTICS"`,
      `SHOW SCHEMAS LIKE 'MARTS' IN DATABASE "ANALYTICS"`,
      'ALTER SCHEMA "ANALYTICS"."MARTS" SWAP WITH "ANALYTICS"."MARTS__GREEN"',
      'DROP SCHEMA IF EXISTS "ANALYTICS"."MARTS__PREVIOUS"',
      'ALTER SCHEMA "ANALYTICS"."MARTS__GREEN" RENAME TO "ANALYTICS"."MARTS__PREVIOUS"'
    ])
    expect(record.targets).toEqual([schemaTarget])
    expect(record.statements).toEqual(fake.sql.slice(2))
  })

  test('a database swaps in one ALTER DATABASE … SWAP WITH', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS__GREEN')
    await (await connect()).swap([databaseTarget])
    expect(fake.sql).toEqual([
      `SHOW DATABASES LIKE 'ANALYTICS__GREEN'`,
      `SHOW DATABASES LIKE 'ANALYTICS'`,
      'ALTER DATABASE "ANALYTICS" SWAP WITH "ANALYTICS__GREEN"',
      'DROP DATABASE IF EXISTS "ANALYTICS__PREVIOUS"',
      'ALTER DATABASE "ANALYTICS__GREEN" RENAME TO "ANALYTICS__PREVIOUS"'
    ])
  })

  test('the first deploy, with no production yet, renames green to production', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS__GREEN')
    const record = await (await connect()).swap([schemaTarget])
    expect(record.statements).toEqual([
      'ALTER SCHEMA "ANALYTICS"."MARTS__GREEN" RENAME TO "ANALYTICS"."MARTS"'
    ])
  })

  test('several schemas are refused before any statement: Snowflake cannot swap them atomically', async () => {
    const finance = {
      ...schemaTarget,
      production: 'finance',
      green: 'finance__green',
      previous: 'finance__previous'
    }
    await expect((await connect()).swap([schemaTarget, finance])).rejects.toThrow(/Deploy at database level/)
    expect(fake.sql).toEqual([])
  })

  test('a missing green stops before the swap: no statement changes production', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS')
    await expect((await connect()).swap([schemaTarget])).rejects.toThrow(
      /green schema ANALYTICS\.MARTS__GREEN does not exist.*Production is unchanged/
    )
    expect(fake.sql.filter(sql => !sql.startsWith('SHOW'))).toEqual([])
  })

  test('a refused SWAP leaves production as it was and runs no bookkeeping', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS', 'ANALYTICS.MARTS__GREEN')
    fake.fail('SWAP WITH', INSUFFICIENT_PRIVILEGES_ERROR)
    await expect((await connect()).swap([schemaTarget])).rejects.toThrow(/Insufficient privileges/)
    expect(fake.sql.at(-1)).toBe('ALTER SCHEMA "ANALYTICS"."MARTS" SWAP WITH "ANALYTICS"."MARTS__GREEN"')
  })

  test('a failure after the swap says production is live and how to keep the old production for rollback', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS', 'ANALYTICS.MARTS__GREEN')
    fake.fail('RENAME TO', INSUFFICIENT_PRIVILEGES_ERROR)
    const failure = (await connect()).swap([schemaTarget])
    await expect(failure).rejects.toThrow(SnowflakeSwapBookkeepingError)
    await expect(failure).rejects.toThrow(
      /swap succeeded and production now serves the new build[\s\S]*ALTER SCHEMA "ANALYTICS"."MARTS__GREEN" RENAME TO "ANALYTICS"."MARTS__PREVIOUS";/
    )
    await expect(failure).rejects.toMatchObject({
      record: {
        statements: [
          'ALTER SCHEMA "ANALYTICS"."MARTS" SWAP WITH "ANALYTICS"."MARTS__GREEN"',
          'DROP SCHEMA IF EXISTS "ANALYTICS"."MARTS__PREVIOUS"'
        ]
      },
      remaining: ['ALTER SCHEMA "ANALYTICS"."MARTS__GREEN" RENAME TO "ANALYTICS"."MARTS__PREVIOUS"']
    })
  })

  test('a failed drop of the older previous leaves the old production under the green name, recoverable', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS', 'ANALYTICS.MARTS__GREEN')
    fake.fail(/^DROP SCHEMA/, INSUFFICIENT_PRIVILEGES_ERROR)
    await expect((await connect()).swap([schemaTarget])).rejects.toMatchObject({
      remaining: [
        'DROP SCHEMA IF EXISTS "ANALYTICS"."MARTS__PREVIOUS"',
        'ALTER SCHEMA "ANALYTICS"."MARTS__GREEN" RENAME TO "ANALYTICS"."MARTS__PREVIOUS"'
      ]
    })
  })
})

describe('rollback', () => {
  test('previous swaps back into production in one statement', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS', 'ANALYTICS.MARTS__PREVIOUS')
    const record = await (await connect()).rollback([schemaTarget])
    expect(fake.sql).toEqual([
      `SHOW SCHEMAS LIKE 'MARTS__PREVIOUS' IN DATABASE "ANALYTICS"`,
      'ALTER SCHEMA "ANALYTICS"."MARTS__PREVIOUS" SWAP WITH "ANALYTICS"."MARTS"'
    ])
    expect(record.statements).toEqual([
      'ALTER SCHEMA "ANALYTICS"."MARTS__PREVIOUS" SWAP WITH "ANALYTICS"."MARTS"'
    ])
  })

  test('a database rolls back with ALTER DATABASE previous SWAP WITH production', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS__PREVIOUS')
    const record = await (await connect()).rollback([databaseTarget])
    expect(record.statements).toEqual(['ALTER DATABASE "ANALYTICS__PREVIOUS" SWAP WITH "ANALYTICS"'])
  })

  test('without a previous production the rollback is refused and nothing changes', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS')
    await expect((await connect()).rollback([schemaTarget])).rejects.toThrow(
      /Cannot roll back ANALYTICS\.MARTS: the previous production ANALYTICS\.MARTS__PREVIOUS does not exist/
    )
    expect(fake.sql.filter(sql => !sql.startsWith('SHOW'))).toEqual([])
  })
})

describe('deploy lock', () => {
  test('the lock is a schema created without OR REPLACE and dropped on release', async () => {
    const lock = await (await connect()).acquireDeployLock('marts', 1000)
    await lock.release()
    expect(fake.sql).toEqual([
      expect.stringMatching(
        /^CREATE SCHEMA "ANALYTICS"."DBT_SLIM_CI_LOCK__MARTS" COMMENT = 'dbt-slim-ci:deploy:42 since \d{4}-\d\d-\d\dT[\d:.]+Z'$/
      ),
      'DROP SCHEMA IF EXISTS "ANALYTICS"."DBT_SLIM_CI_LOCK__MARTS"'
    ])
  })

  test('a held lock fails after the timeout, naming the lock, its holder and how to clear a stale one', async () => {
    fake.fail(/^CREATE SCHEMA/, ALREADY_EXISTS_ERROR)
    fake.respond(/^SHOW SCHEMAS LIKE 'DBT_SLIM_CI_LOCK__MARTS'/, {
      columns: ['name', 'comment'],
      rows: [['DBT_SLIM_CI_LOCK__MARTS', 'dbt-slim-ci:deploy:41 since 2026-11-26T08:00:00.000Z']]
    })
    await expect((await connect()).acquireDeployLock('marts', 0)).rejects.toThrow(
      'Another deploy holds the Snowflake deploy lock "ANALYTICS"."DBT_SLIM_CI_LOCK__MARTS" (dbt-slim-ci:deploy:41 since 2026-11-26T08:00:00.000Z); gave up after 0 s. If no deploy is running, the lock is stale: clear it with DROP SCHEMA "ANALYTICS"."DBT_SLIM_CI_LOCK__MARTS";'
    )
  })

  test('a waiting deploy takes the lock once the holder releases it', async () => {
    fake.fail(/^CREATE SCHEMA/, ALREADY_EXISTS_ERROR, 2)
    await (await connect()).acquireDeployLock('marts', 2_000)
    expect(fake.sql.filter(sql => sql.startsWith('CREATE SCHEMA'))).toHaveLength(3)
  })

  test('any other error while taking the lock fails at once', async () => {
    fake.fail(/^CREATE SCHEMA/, INSUFFICIENT_PRIVILEGES_ERROR)
    await expect((await connect()).acquireDeployLock('marts', 60_000)).rejects.toThrow(
      /Insufficient privileges/
    )
    expect(fake.sql).toHaveLength(1)
  })

  test('the lock name cannot carry SQL: the key is reduced to letters, digits and underscores', async () => {
    await (await connect()).acquireDeployLock(`x"; DROP DATABASE analytics; --`, 0)
    expect(fake.sql[0]).toMatch(
      /^CREATE SCHEMA "ANALYTICS"."DBT_SLIM_CI_LOCK__X___DROP_DATABASE_ANALYTICS____" COMMENT/
    )
  })
})

describe('dry run', () => {
  test('a whole deploy sends only reads; the mutating statements are recorded as skipped', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS')
    fake.respond('SHOW OBJECTS', objects([['ANALYTICS', 'MARTS', 'ORDERS', 'TABLE', 'N']]))
    fake.respond('SHOW GRANTS ON', {
      columns: ['privilege', 'granted_to', 'grantee_name', 'grant_option'],
      rows: [['USAGE', 'ROLE', 'REPORTER', 'false']]
    })
    fake.respond('SHOW FUTURE GRANTS', { columns: [], rows: [] })
    const dry = await connect({ dryRun: true })
    const lock = await dry.acquireDeployLock('marts', 0)
    await dry.clone(marts, martsGreen)
    await dry.copyGrants(marts, martsGreen)
    await dry.preflight([schemaTarget])
    await dry.swap([schemaTarget])
    await lock.release()

    expect(fake.sql.every(sql => /^(SHOW|SELECT) /.test(sql))).toBe(true)
    expect(dry.statements.filter(statement => statement.skipped).map(statement => statement.sql)).toEqual([
      expect.stringMatching(/^CREATE SCHEMA "ANALYTICS"."DBT_SLIM_CI_LOCK__MARTS"/),
      'CREATE OR REPLACE SCHEMA "ANALYTICS"."MARTS__GREEN" CLONE "ANALYTICS"."MARTS"',
      'GRANT USAGE ON SCHEMA "ANALYTICS"."MARTS__GREEN" TO ROLE "REPORTER"',
      'ALTER SCHEMA "ANALYTICS"."MARTS" SWAP WITH "ANALYTICS"."MARTS__GREEN"',
      'DROP SCHEMA IF EXISTS "ANALYTICS"."MARTS__PREVIOUS"',
      'ALTER SCHEMA "ANALYTICS"."MARTS__GREEN" RENAME TO "ANALYTICS"."MARTS__PREVIOUS"',
      'DROP SCHEMA IF EXISTS "ANALYTICS"."DBT_SLIM_CI_LOCK__MARTS"'
    ])
  })
})

describe('identifiers', () => {
  test('quote() doubles quotes and keeps the name exactly', async () => {
    expect((await connect()).quote('Mixed "Case"; DROP')).toBe('"Mixed ""Case""; DROP"')
  })

  test('unquoted dbt names resolve upper-case, as Snowflake stores them', async () => {
    await (await connect()).drop({ level: 'schema', database: 'Analytics', name: 'Marts' })
    expect(fake.sql).toEqual(['DROP SCHEMA IF EXISTS "ANALYTICS"."MARTS"'])
  })

  test('with dbt quoting on, names keep their case', async () => {
    await (
      await connect({ quoting: { schema: true } })
    ).drop({ level: 'schema', database: 'analytics', name: 'Marts' })
    expect(fake.sql).toEqual(['DROP SCHEMA IF EXISTS "ANALYTICS"."Marts"'])
  })

  test('quotes, semicolons and backslashes in names stay inside one identifier or literal', async () => {
    const hostile = `marts"; DROP DATABASE analytics; --`
    const quoteInLiteral = `o'brien\\`
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS__PREVIOUS')
    const sneaky = await connect()
    await sneaky.drop({ level: 'schema', database: null, name: hostile })
    await sneaky.containerExists({ level: 'schema', database: null, name: quoteInLiteral })
    expect(fake.sql).toEqual([
      'DROP SCHEMA IF EXISTS "ANALYTICS"."marts""; DROP DATABASE analytics; --"',
      `SHOW SCHEMAS LIKE 'o''brien\\\\' IN DATABASE "ANALYTICS"`
    ])
  })

  test('a look-alike container is not mistaken for the one asked about', async () => {
    fake.containers('ANALYTICS', 'ANALYTICS.MARTS_X', 'ANALYTICS.marts')
    const exists = await (await connect()).containerExists({ level: 'schema', database: null, name: 'marts' })
    expect(exists).toBe(false)
  })

  test('a schema without database in the container or the profile is refused with the fix', async () => {
    const settings = snowflakeSettingsFromProfile({ account: 'acme', user: 'deployer', password: 'secret' })
    warehouse = await createSnowflakeWarehouse(settings, { accessUrl: fake.url })
    await expect(warehouse.drop(marts)).rejects.toThrow(UserError)
    await expect(warehouse.drop(marts)).rejects.toThrow(
      /set `database` in the Snowflake target of profiles.yml/
    )
  })
})
