import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import {
  advisoryLockKey,
  deployLockKey,
  lockKeyInPgLocks,
  lockKeyLiteral,
  swapLockKey
} from '../../src/warehouse/postgres/lock-key.js'
import {
  relationPreflightFindings,
  type RelationPreflightFacts
} from '../../src/warehouse/postgres/preflight.js'
import { qualify, quoteIdent, quoteLiteral } from '../../src/warehouse/postgres/quote.js'
import {
  relationRollbackStatements,
  relationSwapStatements,
  type RelationSwapFacts
} from '../../src/warehouse/postgres/relation-statements.js'
import {
  copyGrantStatements,
  copyTableStatements,
  deployLockGuard,
  dropGuard,
  rollbackTemporaryName,
  transaction
} from '../../src/warehouse/postgres/statements.js'
import { checkSwapTargets } from '../../src/warehouse/postgres/targets.js'
import type { SwapTarget } from '../../src/warehouse/warehouse.js'

const options = { lockTimeoutMs: 5000, swapLockKey: 42n, deployLock: null }

function swapTarget(production: string): SwapTarget {
  return {
    level: 'schema',
    database: null,
    production,
    green: `${production}__green`,
    previous: `${production}__previous`
  }
}

describe('identifier and literal quoting', () => {
  test('identifiers are always double-quoted with inner quotes doubled, keeping their case', () => {
    expect(quoteIdent('MiXeD')).toBe('"MiXeD"')
    expect(quoteIdent('Weird"; DROP SCHEMA x; --')).toBe('"Weird""; DROP SCHEMA x; --"')
    expect(qualify('a"b', 'c.d')).toBe('"a""b"."c.d"')
  })

  test('names Postgres would truncate or cannot hold are refused', () => {
    expect(() => quoteIdent('x'.repeat(64))).toThrow(UserError)
    expect(() => quoteIdent('é'.repeat(32))).toThrow('64 bytes long')
    expect(quoteIdent('x'.repeat(63))).toHaveLength(65)
    expect(() => quoteIdent('')).toThrow(UserError)
    expect(() => quoteIdent('a\0b')).toThrow('NUL')
  })

  test('literals double single quotes, and use E-strings when they hold a backslash', () => {
    expect(quoteLiteral("it's")).toBe("'it''s'")
    expect(quoteLiteral('a\\b')).toBe("E'a\\\\b'")
  })
})

describe('advisory lock keys', () => {
  test('keys are stable 64-bit hashes namespaced by database and key', () => {
    expect(deployLockKey('analytics_db', 'prod')).toBe(advisoryLockKey('dbt-slim-ci:analytics_db:prod'))
    expect(deployLockKey('analytics_db', 'prod')).not.toBe(deployLockKey('other_db', 'prod'))
    expect(swapLockKey('analytics_db')).not.toBe(deployLockKey('analytics_db', 'swap'))
    expect(advisoryLockKey('x')).toBe(0x2d711642b726b044n)
  })

  test('a key is written as a bigint literal and found in pg_locks as two unsigned 32-bit halves', () => {
    expect(lockKeyLiteral(-9223372036854775808n)).toBe("'-9223372036854775808'::bigint")
    expect(lockKeyInPgLocks(-1n)).toEqual({ classid: '4294967295', objid: '4294967295' })
    expect(lockKeyInPgLocks(0x100000002n)).toEqual({ classid: '1', objid: '2' })
  })
})

describe('relation swap and rollback SQL', () => {
  const table = (schema: string, name: string) => ({ schema, name, kind: 'table' as const })
  const view = (schema: string, name: string) => ({ schema, name, kind: 'view' as const })
  const facts: RelationSwapFacts = {
    newSchemas: [],
    createPrevious: ['Analytics__previous'],
    stale: [table('Analytics__previous', 'old')],
    leaving: [{ relation: table('Analytics', 'orders'), previousSchema: 'Analytics__previous' }],
    arriving: [
      {
        relation: table('Analytics__green', 'orders'),
        productionSchema: 'Analytics',
        grants: [{ grantee: 'bi', privilege: 'SELECT', grantable: false }]
      },
      { relation: view('Analytics__green', 'v_new'), productionSchema: 'Analytics', grants: [] }
    ],
    refuseStaleReaders: false
  }
  const body = (statements: readonly (string | { sql: string })[]): string[] =>
    statements.slice(4, -1).map(statement => (typeof statement === 'string' ? statement : statement.sql))

  test('a swap drops what previous held, moves production out and green in, grants, then writes the ledger, in one transaction', () => {
    const statements = relationSwapStatements(facts, ['-- ledger'], options)
    expect(statements.slice(0, 4)).toEqual([
      'BEGIN',
      "SET LOCAL lock_timeout = '5000ms'",
      "SET LOCAL statement_timeout = '125000ms'",
      "SELECT pg_advisory_xact_lock('42'::bigint)"
    ])
    expect(body(statements).filter(sql => !sql.startsWith('DO '))).toEqual([
      'CREATE SCHEMA IF NOT EXISTS "Analytics__previous"',
      'LOCK TABLE "Analytics__previous"."old", "Analytics"."orders", "Analytics__green"."orders" IN ACCESS EXCLUSIVE MODE',
      'DROP TABLE IF EXISTS "Analytics__previous"."old" CASCADE',
      'ALTER TABLE "Analytics"."orders" SET SCHEMA "Analytics__previous"',
      'GRANT SELECT ON TABLE "Analytics__green"."orders" TO "bi"',
      'ALTER TABLE "Analytics__green"."orders" SET SCHEMA "Analytics"',
      'ALTER VIEW "Analytics__green"."v_new" SET SCHEMA "Analytics"',
      '-- ledger'
    ])
    expect(statements.at(-1)).toBe('COMMIT')
  })

  test('the dependents checks run under the locks: before dropping what previous held, and after the moves', () => {
    const statements = body(relationSwapStatements({ ...facts, refuseStaleReaders: true }, [], options))
    const checks = statements.flatMap((sql, index) => (sql.startsWith('DO ') ? [index] : []))
    expect(checks).toEqual([2, statements.length - 1])
    expect(statements[2]).toContain(`IN (VALUES ('Analytics__previous', 'old'))`)
    expect(statements.at(-1)).toContain(`IN (VALUES ('Analytics__previous', 'orders'))`)
    expect(statements.at(-1)).toContain('would keep reading the replaced relations')
  })

  test('a first deploy renames green to production instead of moving its relations', () => {
    const first = relationSwapStatements(
      { ...facts, newSchemas: [swapTarget('Analytics')], createPrevious: [], stale: [], leaving: [] },
      [],
      options
    )
    expect(body(first).filter(sql => !sql.startsWith('DO ') && !sql.startsWith('LOCK'))).toEqual([
      'ALTER SCHEMA "Analytics__green" RENAME TO "Analytics"'
    ])
  })

  test('a rollback exchanges production and previous through a short temporary schema', () => {
    const parked = rollbackTemporaryName('Analytics')
    expect(parked).toMatch(/^dbt_slim_ci_rollback_n?[0-9a-f]+$/)
    const statements = relationRollbackStatements(
      [
        {
          inProduction: table('Analytics', 'orders'),
          inPrevious: table('Analytics__previous', 'orders'),
          productionSchema: 'Analytics',
          previousSchema: 'Analytics__previous'
        },
        {
          inProduction: view('Analytics', 'v_new'),
          inPrevious: null,
          productionSchema: 'Analytics',
          previousSchema: 'Analytics__previous'
        }
      ],
      false,
      [],
      options
    )
    expect(body(statements).filter(sql => !sql.startsWith('LOCK'))).toEqual([
      'CREATE SCHEMA IF NOT EXISTS "Analytics__previous"',
      `CREATE SCHEMA "${parked}"`,
      `ALTER TABLE "Analytics"."orders" SET SCHEMA "${parked}"`,
      'ALTER TABLE "Analytics__previous"."orders" SET SCHEMA "Analytics"',
      `ALTER TABLE "${parked}"."orders" SET SCHEMA "Analytics__previous"`,
      'ALTER VIEW "Analytics"."v_new" SET SCHEMA "Analytics__previous"',
      `DROP SCHEMA "${parked}"`
    ])
  })

  test('a run holding the deploy lock checks, right after the swap lock, that its lock session still holds it', () => {
    const lock = { key: 0x100000002n, pid: 4242 }
    const statements = transaction({ ...options, deployLock: lock }, ['-- body'])
    expect(statements[4]).toBe(deployLockGuard(lock))
    expect(deployLockGuard(lock)).toContain(
      'classid = 1 AND objid = 2 AND objsubid = 1 AND pid = 4242 AND granted'
    )
  })

  test('the guard before a DROP … CASCADE locks the dropped relations and refuses dependents outside them', () => {
    const guard = dropGuard(['a', "it's"])
    expect(guard).toContain("n.nspname = ANY(ARRAY['a', 'it''s']::text[])")
    expect(guard).toContain('LOCK TABLE %s IN ACCESS EXCLUSIVE MODE')
    expect(guard).toContain("USING ERRCODE = 'DSD01'")
  })

  test('a lock timeout that is not a whole number of milliseconds is refused', () => {
    expect(() => transaction({ ...options, lockTimeoutMs: 1.5 }, [])).toThrow(UserError)
  })

  test('targets that share a schema name, or span another database, are refused', () => {
    const target = swapTarget('Analytics')
    expect(() =>
      checkSwapTargets([swapTarget('a'), { ...swapTarget('b'), green: 'a__previous' }], 'db')
    ).toThrow('Schema "a__previous" is used twice in one swap (previous of "a" and green of "b")')
    expect(() => checkSwapTargets([{ ...target, database: 'other' }], 'db')).toThrow('across databases')
    expect(() => checkSwapTargets([{ ...target, level: 'database' }], 'db')).toThrow(
      'cannot swap or clone a whole database'
    )
    expect(() => checkSwapTargets([], 'db')).toThrow('Nothing to swap')
  })
})

describe('table copy SQL', () => {
  test('a table is recreated LIKE its source and filled from it, skipping generated columns', () => {
    expect([
      ...copyTableStatements('prod', 'prod__green', {
        name: 'Orders',
        insertableColumns: ['id', 'Amount'],
        identityColumns: [],
        unlogged: false,
        comment: "the 'orders'"
      }),
      ...copyTableStatements('prod', 'prod__green', {
        name: 'empty',
        insertableColumns: [],
        identityColumns: [],
        unlogged: true,
        comment: null
      })
    ]).toEqual([
      'CREATE TABLE "prod__green"."Orders" (LIKE "prod"."Orders" INCLUDING ALL)',
      'INSERT INTO "prod__green"."Orders" ("id", "Amount") SELECT "id", "Amount" FROM "prod"."Orders"',
      `COMMENT ON TABLE "prod__green"."Orders" IS 'the ''orders'''`,
      'CREATE UNLOGGED TABLE "prod__green"."empty" (LIKE "prod"."empty" INCLUDING ALL)'
    ])
  })

  test("identity values are copied as they are and the copy's sequence continues where the source's stands", () => {
    const table = {
      name: 'events',
      insertableColumns: ['id', 'kind'],
      identityColumns: [{ column: 'Id', sequenceSchema: 'prod', sequenceName: 'events_Id_seq' }],
      unlogged: false,
      comment: null
    }
    expect(copyTableStatements('prod', 'g', table).slice(1)).toEqual([
      'INSERT INTO "g"."events" ("id", "kind") OVERRIDING SYSTEM VALUE SELECT "id", "kind" FROM "prod"."events"',
      `SELECT setval(pg_get_serial_sequence('"g"."events"', 'Id'), source.last_value, source.is_called) FROM "prod"."events_Id_seq" AS source`
    ])
  })
})

describe('grant copy SQL', () => {
  test('schema, default and relation privileges of the source are granted on the copy, except to its owner', () => {
    const statements = copyGrantStatements('prod__green', {
      schemaAcl: [
        { grantee: 'deployer', privilege: 'USAGE', grantable: false },
        { grantee: 'deployer', privilege: 'CREATE', grantable: false },
        { grantee: 'Reader "x"', privilege: 'USAGE', grantable: false },
        { grantee: null, privilege: 'USAGE', grantable: false }
      ],
      targetSchemaOwner: 'deployer',
      defaultAcls: [
        {
          role: 'deployer',
          objectType: 'r',
          entries: [{ grantee: 'Reader "x"', privilege: 'SELECT', grantable: false }]
        }
      ],
      relationAcls: [
        {
          name: 'orders',
          isSequence: false,
          targetOwner: 'deployer',
          entries: [
            { grantee: 'deployer', privilege: 'SELECT', grantable: false },
            { grantee: 'Reader "x"', privilege: 'SELECT', grantable: true },
            { grantee: 'Reader "x"', privilege: 'UPDATE', grantable: true }
          ]
        },
        {
          name: 'ids',
          isSequence: true,
          targetOwner: 'deployer',
          entries: [{ grantee: 'app', privilege: 'USAGE', grantable: false }]
        }
      ]
    })
    expect(statements).toEqual([
      'GRANT USAGE ON SCHEMA "prod__green" TO "Reader ""x"""',
      'GRANT USAGE ON SCHEMA "prod__green" TO PUBLIC',
      'ALTER DEFAULT PRIVILEGES FOR ROLE "deployer" IN SCHEMA "prod__green" GRANT SELECT ON TABLES TO "Reader ""x"""',
      'GRANT SELECT, UPDATE ON TABLE "prod__green"."orders" TO "Reader ""x""" WITH GRANT OPTION',
      'GRANT USAGE ON SEQUENCE "prod__green"."ids" TO "app"'
    ])
  })

  test('nothing to grant means no statements at all', () => {
    expect(
      copyGrantStatements('g', { schemaAcl: [], targetSchemaOwner: 'o', defaultAcls: [], relationAcls: [] })
    ).toEqual([])
  })
})

describe('preflight findings', () => {
  const facts: RelationPreflightFacts = {
    missingGreen: [],
    staleReaders: [
      {
        schema: 'reporting',
        name: 'v_orders',
        dependency: 'view',
        referencedSchema: 'analytics',
        referencedName: 'orders'
      },
      {
        schema: 'billing',
        name: 'invoices',
        dependency: 'foreign_key',
        referencedSchema: 'analytics',
        referencedName: 'customers'
      }
    ],
    previousDependents: [],
    notOwned: []
  }

  test('objects outside the deploy bound to a replaced relation get the configured severity and say what to do', () => {
    const findings = relationPreflightFindings(facts, 'warning')
    expect(findings.map(finding => [finding.severity, finding.code, finding.object])).toEqual([
      ['warning', 'external_view_dependency', 'reporting.v_orders'],
      ['warning', 'external_foreign_key', 'billing.invoices']
    ])
    expect(findings[0].detail).toContain('keeps reading the replaced version (kept in the previous schema)')
    expect(findings[0].fix).toContain('Select reporting.v_orders too')
  })

  test('a relation dbt did not build, objects the swap would drop and relations not owned are always errors', () => {
    const findings = relationPreflightFindings(
      {
        missingGreen: [{ schema: 'analytics__green', name: 'orders' }],
        staleReaders: [],
        previousDependents: [
          {
            schema: 'adhoc',
            name: 'old',
            dependency: 'materialized_view',
            referencedSchema: 'analytics__previous',
            referencedName: 'orders'
          }
        ],
        notOwned: [{ schema: 'analytics', name: 'customers' }]
      },
      'warning'
    )
    expect(findings.map(finding => [finding.severity, finding.code, finding.object])).toEqual([
      ['error', 'other', 'analytics__green.orders'],
      ['error', 'external_view_dependency', 'adhoc.old'],
      ['error', 'missing_privilege', 'analytics.customers']
    ])
  })
})
