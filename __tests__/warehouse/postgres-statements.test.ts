import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import {
  advisoryLockKey,
  deployLockKey,
  lockKeyInPgLocks,
  lockKeyLiteral,
  swapLockKey
} from '../../src/warehouse/postgres/lock-key.js'
import { preflightFindings, type PreflightFacts } from '../../src/warehouse/postgres/preflight.js'
import { qualify, quoteIdent, quoteLiteral } from '../../src/warehouse/postgres/quote.js'
import {
  cloneStatements,
  copyGrantStatements,
  deployLockGuard,
  dropGuard,
  rollbackStatements,
  rollbackTemporaryName,
  swapStatements
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

describe('swap and rollback SQL', () => {
  const target = swapTarget('Analytics')

  test('a swap drops the old previous, then renames production to previous and green to production, in one transaction', () => {
    expect(swapStatements([{ target, productionExists: true }], options)).toEqual([
      'BEGIN',
      "SET LOCAL lock_timeout = '5000ms'",
      "SET LOCAL statement_timeout = '125000ms'",
      "SELECT pg_advisory_xact_lock('42'::bigint)",
      dropGuard(['Analytics__previous']),
      'DROP SCHEMA IF EXISTS "Analytics__previous" CASCADE',
      'ALTER SCHEMA "Analytics" RENAME TO "Analytics__previous"',
      'ALTER SCHEMA "Analytics__green" RENAME TO "Analytics"',
      'COMMIT'
    ])
  })

  test('a run holding the deploy lock checks, right after the swap lock, that its lock session still holds it', () => {
    const lock = { key: 0x100000002n, pid: 4242 }
    const statements = swapStatements([{ target, productionExists: true }], { ...options, deployLock: lock })
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

  test('several targets swap in the same transaction, each name renamed once', () => {
    const statements = swapStatements(
      [
        { target, productionExists: true },
        { target: swapTarget('staging'), productionExists: false }
      ],
      options
    )
    expect(statements.filter(sql => sql === 'BEGIN' || sql === 'COMMIT')).toEqual(['BEGIN', 'COMMIT'])
    expect(statements.filter(sql => sql.startsWith('ALTER SCHEMA'))).toEqual([
      'ALTER SCHEMA "Analytics" RENAME TO "Analytics__previous"',
      'ALTER SCHEMA "Analytics__green" RENAME TO "Analytics"',
      'ALTER SCHEMA "staging__green" RENAME TO "staging"'
    ])
  })

  test('a rollback exchanges production and previous through a short temporary name', () => {
    const parked = rollbackTemporaryName('Analytics')
    expect(parked).toMatch(/^dbt_slim_ci_rollback_n?[0-9a-f]+$/)
    expect(rollbackStatements([{ target, productionExists: true }], options).slice(4, -1)).toEqual([
      `ALTER SCHEMA "Analytics" RENAME TO "${parked}"`,
      'ALTER SCHEMA "Analytics__previous" RENAME TO "Analytics"',
      `ALTER SCHEMA "${parked}" RENAME TO "Analytics__previous"`
    ])
  })

  test('a rollback with production gone just brings previous back', () => {
    expect(rollbackStatements([{ target, productionExists: false }], options).slice(4, -1)).toEqual([
      'ALTER SCHEMA "Analytics__previous" RENAME TO "Analytics"'
    ])
  })

  test('a lock timeout that is not a whole number of milliseconds is refused', () => {
    expect(() =>
      swapStatements([{ target, productionExists: true }], { ...options, lockTimeoutMs: 1.5 })
    ).toThrow(UserError)
  })

  test('targets that share a schema name, or span another database, are refused', () => {
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

describe('clone SQL', () => {
  test('each table is recreated LIKE its source and filled from it, skipping generated columns', () => {
    expect(
      cloneStatements(
        'prod',
        'prod__green',
        true,
        [
          {
            name: 'Orders',
            insertableColumns: ['id', 'Amount'],
            identityColumns: [],
            unlogged: false,
            comment: "the 'orders'"
          },
          { name: 'empty', insertableColumns: [], identityColumns: [], unlogged: true, comment: null }
        ],
        3000
      )
    ).toEqual([
      'BEGIN',
      "SET LOCAL lock_timeout = '3000ms'",
      dropGuard(['prod__green']),
      'DROP SCHEMA "prod__green" CASCADE',
      'CREATE SCHEMA "prod__green"',
      'CREATE TABLE "prod__green"."Orders" (LIKE "prod"."Orders" INCLUDING ALL)',
      'INSERT INTO "prod__green"."Orders" ("id", "Amount") SELECT "id", "Amount" FROM "prod"."Orders"',
      `COMMENT ON TABLE "prod__green"."Orders" IS 'the ''orders'''`,
      'CREATE UNLOGGED TABLE "prod__green"."empty" (LIKE "prod"."empty" INCLUDING ALL)',
      'COMMIT'
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
    expect(cloneStatements('prod', 'g', false, [table], 3000).slice(4, -1)).toEqual([
      'INSERT INTO "g"."events" ("id", "kind") OVERRIDING SYSTEM VALUE SELECT "id", "kind" FROM "prod"."events"',
      `SELECT setval(pg_get_serial_sequence('"g"."events"', 'Id'), source.last_value, source.is_called) FROM "prod"."events_Id_seq" AS source`
    ])
  })
})

describe('grant copy SQL', () => {
  test('schema, default and relation privileges of the source are granted on the copy, except to its owner', () => {
    const statements = copyGrantStatements(
      'prod__green',
      {
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
      },
      3000
    )
    expect(statements).toEqual([
      'BEGIN',
      "SET LOCAL lock_timeout = '3000ms'",
      'GRANT USAGE ON SCHEMA "prod__green" TO "Reader ""x"""',
      'GRANT USAGE ON SCHEMA "prod__green" TO PUBLIC',
      'ALTER DEFAULT PRIVILEGES FOR ROLE "deployer" IN SCHEMA "prod__green" GRANT SELECT ON TABLES TO "Reader ""x"""',
      'GRANT SELECT, UPDATE ON TABLE "prod__green"."orders" TO "Reader ""x""" WITH GRANT OPTION',
      'GRANT USAGE ON SEQUENCE "prod__green"."ids" TO "app"',
      'COMMIT'
    ])
  })

  test('nothing to grant means no statements at all', () => {
    expect(
      copyGrantStatements(
        'g',
        { schemaAcl: [], targetSchemaOwner: 'o', defaultAcls: [], relationAcls: [] },
        3000
      )
    ).toEqual([])
  })
})

describe('preflight findings', () => {
  const target = swapTarget('analytics')
  const facts: PreflightFacts = {
    targets: [target],
    existingSchemas: new Set(['analytics', 'analytics__green']),
    productionDependents: [
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
    privileges: { canCreateInDatabase: true, notOwned: [] }
  }

  test('objects bound to production by object id get the configured severity and say what to do', () => {
    const findings = preflightFindings(facts, 'warning')
    expect(findings.map(finding => [finding.severity, finding.code, finding.object])).toEqual([
      ['warning', 'external_view_dependency', 'reporting.v_orders'],
      ['warning', 'external_foreign_key', 'billing.invoices']
    ])
    expect(findings[0].detail).toContain('keeps using the previous data (moved to "analytics__previous")')
    expect(findings[0].fix).toContain('Make reporting.v_orders a model of this dbt project')
  })

  test('a missing green schema, objects the swap would drop and missing privileges are always errors', () => {
    const findings = preflightFindings(
      {
        ...facts,
        existingSchemas: new Set(['analytics']),
        productionDependents: [],
        previousDependents: [
          {
            schema: 'adhoc',
            name: 'old',
            dependency: 'materialized_view',
            referencedSchema: 'analytics__previous',
            referencedName: 'orders'
          }
        ],
        privileges: { canCreateInDatabase: false, notOwned: ['analytics'] }
      },
      'warning'
    )
    expect(findings.map(finding => [finding.severity, finding.code, finding.object])).toEqual([
      ['error', 'other', 'analytics__green'],
      ['error', 'external_view_dependency', 'adhoc.old'],
      ['error', 'missing_privilege', 'database'],
      ['error', 'missing_privilege', 'analytics']
    ])
  })
})
