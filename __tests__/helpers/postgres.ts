/** The Postgres test server (127.0.0.1:5432, database `test`) and a behaviour suite shared with PGlite. */
import { randomBytes } from 'node:crypto'
import { describe, expect, test } from '@jest/globals'
import { openPgSession, type PostgresConnection } from '../../src/warehouse/postgres/pg-session.js'
import {
  PostgresWarehouse,
  type PostgresWarehouseOptions
} from '../../src/warehouse/postgres/postgres-warehouse.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { swapLockKey } from '../../src/warehouse/postgres/lock-key.js'
import { rollbackTemporaryName, swapStatements } from '../../src/warehouse/postgres/statements.js'
import type { SwapTarget } from '../../src/warehouse/warehouse.js'

export const TEST_CONNECTION: PostgresConnection = {
  host: '127.0.0.1',
  port: 5432,
  user: 'postgres',
  password: null,
  database: 'test',
  sslMode: 'disable',
  sslRootCert: null,
  sslCert: null,
  sslKey: null,
  connectTimeoutMs: 5000,
  role: null,
  keepAliveIdleMs: null,
  applicationName: 'dbt-slim-ci tests'
}

async function probe(): Promise<string | null> {
  try {
    const session = await openPgSession(TEST_CONNECTION)
    await session.close()
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

const unreachable = await probe()

/**
 * Runs the suite against the test server. Without a server it is skipped with a message, except under CI=true,
 * where a missing server must fail the run.
 */
export function describeWithPostgres(name: string, suite: () => void): void {
  if (unreachable === null) {
    describe(name, suite)
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`Postgres at 127.0.0.1:5432 (database test) is required under CI=true: ${unreachable}`)
    })
  } else {
    console.warn(`Skipping "${name}": no Postgres at 127.0.0.1:5432 (${unreachable}).`)
    describe.skip(name, suite)
  }
}

/** A prefix unique to one test file run, so parallel files and helpers never touch each other's schemas. */
export function uniquePrefix(tag: string): string {
  return `${tag}_${randomBytes(3).toString('hex')}`
}

export function swapTarget(production: string): SwapTarget {
  return {
    level: 'schema',
    database: null,
    production,
    green: `${production}__green`,
    previous: `${production}__previous`
  }
}

/** Drops every schema whose name starts with `prefix` (the test's own), and the given roles. */
export async function cleanUp(
  session: SqlClient,
  prefix: string,
  roles: readonly string[] = []
): Promise<void> {
  const schemas = await session.query<{ nspname: string }>(
    `SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1) ORDER BY nspname DESC`,
    [prefix]
  )
  for (const { nspname } of schemas) {
    await session.query(`DROP SCHEMA IF EXISTS "${nspname.replaceAll('"', '""')}" CASCADE`)
  }
  for (const role of roles) {
    const exists = await session.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])
    if (exists.length === 0) continue
    await session.query(`DROP OWNED BY "${role}"`)
    await session.query(`DROP ROLE "${role}"`)
  }
}

export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** A schema with an `orders` table holding `rows` rows tagged `tag`, and a view over it. */
export async function createOrdersSchema(
  session: SqlClient,
  schema: string,
  tag: string,
  rows: number
): Promise<void> {
  await session.query(`CREATE SCHEMA ${ident(schema)}`)
  await session.query(
    `CREATE TABLE ${ident(schema)}.orders (id int PRIMARY KEY, amount numeric(10, 2) NOT NULL, tag text NOT NULL)`
  )
  await session.query(
    `INSERT INTO ${ident(schema)}.orders SELECT i, i * 1.5, $1 FROM generate_series(1, ${rows}) AS i`,
    [tag]
  )
  await session.query(`CREATE VIEW ${ident(schema)}.v_orders AS SELECT id, tag FROM ${ident(schema)}.orders`)
}

/** The rows of `schema.orders`, ordered, as plain values. */
export async function ordersIn(session: SqlClient, schema: string): Promise<Array<[number, string, string]>> {
  const rows = await session.query<{ id: number; amount: string; tag: string }>(
    `SELECT id, amount::text AS amount, tag FROM ${ident(schema)}.orders ORDER BY id`
  )
  return rows.map(row => [row.id, row.amount, row.tag])
}

export async function schemaExists(session: SqlClient, schema: string): Promise<boolean> {
  return (await session.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).length > 0
}

/** A Postgres to run the deploy behaviours on: the real server or PGlite. */
export interface PostgresBackend {
  /** Sets up and inspects fixtures, outside the warehouse under test. */
  admin: SqlClient
  open(options?: PostgresWarehouseOptions): Promise<PostgresWarehouse>
}

async function withWarehouse<T>(
  backend: PostgresBackend,
  options: PostgresWarehouseOptions,
  use: (warehouse: PostgresWarehouse) => Promise<T>
): Promise<T> {
  const warehouse = await backend.open(options)
  try {
    return await use(warehouse)
  } finally {
    await warehouse.close()
  }
}

/** The deploy behaviours every Postgres backend must show; each test uses its own schemas under `prefix`. */
export function describeDeployBehaviours(backendOf: () => PostgresBackend, prefix: string): void {
  const schema = (name: string) => `${prefix}_${name}`
  const container = (name: string) => ({ level: 'schema' as const, database: null, name })

  test('a swap moves green into production and production into previous, for every target at once', async () => {
    const { admin } = backendOf()
    const targets = [swapTarget(schema('sw_a')), swapTarget(schema('sw_b'))]
    for (const target of targets) {
      await createOrdersSchema(admin, target.production, 'blue', 3)
      await createOrdersSchema(admin, target.green, 'green', 5)
      await createOrdersSchema(admin, target.previous, 'old', 1)
    }

    await withWarehouse(backendOf(), {}, warehouse => warehouse.swap(targets))

    for (const target of targets) {
      expect((await ordersIn(admin, target.production)).map(row => row[2])).toEqual(Array(5).fill('green'))
      expect((await ordersIn(admin, target.previous)).map(row => row[2])).toEqual(Array(3).fill('blue'))
      expect(await schemaExists(admin, target.green)).toBe(false)
    }
  })

  test('the first deploy, with no production yet, renames green to production', async () => {
    const { admin } = backendOf()
    const target = swapTarget(schema('first'))
    await createOrdersSchema(admin, target.green, 'green', 2)

    const record = await withWarehouse(backendOf(), {}, warehouse => warehouse.swap([target]))

    expect(await ordersIn(admin, target.production)).toHaveLength(2)
    expect(await schemaExists(admin, target.previous)).toBe(false)
    expect(record.statements.filter(sql => sql.startsWith('ALTER SCHEMA'))).toEqual([
      `ALTER SCHEMA ${ident(target.green)} RENAME TO ${ident(target.production)}`
    ])
  })

  test('a swap failing on its last rename rolls back every target, leaving production unchanged', async () => {
    const { admin } = backendOf()
    const targets = [swapTarget(schema('sfail_a')), swapTarget(schema('sfail_b'))]
    for (const target of targets) {
      await createOrdersSchema(admin, target.production, 'blue', 3)
      await createOrdersSchema(admin, target.green, 'green', 5)
    }
    const lastRename = `ALTER SCHEMA ${ident(targets[1].green)} RENAME TO ${ident(targets[1].production)}`
    const warehouse = await backendOf().open()
    // Inside the swap's own transaction, something takes the name the last rename needs.
    const conflicting = new PostgresWarehouse({
      async query(sql, params) {
        if (sql === lastRename) await warehouse.session.query(`CREATE SCHEMA ${ident(targets[1].production)}`)
        return warehouse.session.query(sql, params)
      },
      close: () => warehouse.close()
    })

    try {
      const failure = conflicting.swap(targets)
      await expect(failure).rejects.toThrow(`The swap failed and was rolled back, nothing changed`)
      await expect(failure).rejects.toMatchObject({ sqlState: '42P06', sql: lastRename })
    } finally {
      await conflicting.close()
    }

    for (const target of targets) {
      expect((await ordersIn(admin, target.production)).map(row => row[2])).toEqual(Array(3).fill('blue'))
      expect(await ordersIn(admin, target.green)).toHaveLength(5)
      expect(await schemaExists(admin, target.previous)).toBe(false)
    }
  })

  test('rollback restores the previous rows exactly, and a second rollback re-applies the deploy', async () => {
    const { admin } = backendOf()
    const target = swapTarget(schema('rb'))
    await createOrdersSchema(admin, target.production, 'blue', 3)
    await createOrdersSchema(admin, target.green, 'green', 4)
    const before = await ordersIn(admin, target.production)

    await withWarehouse(backendOf(), {}, async warehouse => {
      await warehouse.swap([target])
      const deployed = await ordersIn(admin, target.production)

      await warehouse.rollback([target])
      expect(await ordersIn(admin, target.production)).toEqual(before)
      expect(await ordersIn(admin, target.previous)).toEqual(deployed)

      await warehouse.rollback([target])
      expect(await ordersIn(admin, target.production)).toEqual(deployed)
    })
  })

  test('rollback refuses, changing nothing, when a previous schema is missing', async () => {
    const { admin } = backendOf()
    const target = swapTarget(schema('rb_none'))
    await createOrdersSchema(admin, target.production, 'blue', 2)

    await withWarehouse(backendOf(), {}, async warehouse => {
      await expect(warehouse.rollback([target])).rejects.toThrow(
        `Cannot roll back: the previous schema "${target.previous}" (for "${target.production}") does not exist`
      )
    })
    expect(await ordersIn(admin, target.production)).toHaveLength(2)
  })

  test('a statement failing inside a multi-target rollback rolls every target back', async () => {
    const { admin } = backendOf()
    const targets = [swapTarget(schema('fail_a')), swapTarget(schema('fail_b'))]
    for (const target of targets) {
      await createOrdersSchema(admin, target.production, 'blue', 3)
      await createOrdersSchema(admin, target.previous, 'old', 1)
    }
    // The second target's temporary name is taken, so its first rename fails after the first target moved.
    await admin.query(`CREATE SCHEMA ${ident(rollbackTemporaryName(targets[1].production))}`)

    await withWarehouse(backendOf(), {}, async warehouse => {
      const failure = warehouse.rollback(targets)
      await expect(failure).rejects.toThrow('The rollback failed and was rolled back, nothing changed')
      await expect(failure).rejects.toMatchObject({ sqlState: '42P06' })
    })

    for (const target of targets) {
      expect((await ordersIn(admin, target.production)).map(row => row[2])).toEqual(Array(3).fill('blue'))
      expect((await ordersIn(admin, target.previous)).map(row => row[2])).toEqual(['old'])
    }
    await admin.query(`DROP SCHEMA ${ident(rollbackTemporaryName(targets[1].production))}`)
  })

  test('a reader granted on production keeps USAGE, SELECT and default privileges after the swap', async () => {
    const { admin } = backendOf()
    const reader = `${prefix}_reader`
    const target = swapTarget(schema('grants'))
    await createOrdersSchema(admin, target.production, 'blue', 1)
    await createOrdersSchema(admin, target.green, 'green', 1)
    await admin.query(`CREATE ROLE ${ident(reader)}`)
    await admin.query(`GRANT USAGE ON SCHEMA ${ident(target.production)} TO ${ident(reader)}`)
    await admin.query(`GRANT SELECT ON ${ident(target.production)}.orders TO ${ident(reader)}`)
    await admin.query(
      `GRANT SELECT ON ${ident(target.production)}.v_orders TO ${ident(reader)} WITH GRANT OPTION`
    )
    await admin.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${ident(target.production)} GRANT SELECT ON TABLES TO ${ident(reader)}`
    )

    try {
      await withWarehouse(backendOf(), {}, async warehouse => {
        await warehouse.copyGrants(container(target.production), container(target.green))
        await warehouse.swap([target])
      })

      const [privileges] = await admin.query<Record<string, boolean>>(
        `SELECT has_schema_privilege($1, $2, 'USAGE') AS usage,
                has_table_privilege($1, format('%I.orders', $2::text), 'SELECT') AS orders,
                has_table_privilege($1, format('%I.v_orders', $2::text), 'SELECT WITH GRANT OPTION') AS view`,
        [reader, target.production]
      )
      expect(privileges).toEqual({ usage: true, orders: true, view: true })
      await admin.query(`CREATE TABLE ${ident(target.production)}.later (id int)`)
      const [later] = await admin.query<{ select: boolean }>(
        `SELECT has_table_privilege($1, format('%I.later', $2::text), 'SELECT') AS select`,
        [reader, target.production]
      )
      expect(later.select).toBe(true)
    } finally {
      await cleanUp(admin, schema('grants'), [reader])
    }
  })

  test('preflight reports a view in another schema bound to production, and the swap refuses to drop one bound to previous', async () => {
    const { admin } = backendOf()
    const target = swapTarget(schema('pf'))
    const reporting = schema('pf_reporting')
    await createOrdersSchema(admin, target.production, 'blue', 1)
    await createOrdersSchema(admin, target.green, 'green', 1)
    await admin.query(`CREATE SCHEMA ${ident(reporting)}`)
    await admin.query(
      `CREATE VIEW ${ident(reporting)}.v_prod AS SELECT * FROM ${ident(target.production)}.orders`
    )

    await withWarehouse(backendOf(), { dependencySeverity: 'warning' }, async warehouse => {
      const findings = await warehouse.preflight([target])
      expect(findings).toEqual([
        expect.objectContaining({
          severity: 'warning',
          code: 'external_view_dependency',
          object: `${reporting}.v_prod`
        })
      ])

      await warehouse.swap([target])
      await createOrdersSchema(admin, target.green, 'green', 1)
      await expect(warehouse.swap([target])).rejects.toThrow(
        `objects in other schemas depend on it and DROP SCHEMA … CASCADE would drop them too: ${reporting}.v_prod (view on ${target.previous}.orders)`
      )
      expect(await warehouse.preflight([target])).toContainEqual(
        expect.objectContaining({ severity: 'error', object: `${reporting}.v_prod` })
      )
    })
    expect(await schemaExists(admin, target.previous)).toBe(true)
  })

  test('names with quotes, semicolons and mixed case reach exactly their own objects', async () => {
    const { admin } = backendOf()
    const canary = schema('mixed')
    const target = swapTarget(schema('MiXeD'))
    const weird = swapTarget(`${prefix}"; DROP SCHEMA ${canary}; --`)
    await createOrdersSchema(admin, canary, 'canary', 1)
    for (const each of [target, weird]) {
      await createOrdersSchema(admin, each.production, 'blue', 1)
      await createOrdersSchema(admin, each.green, 'green', 2)
    }
    const weirdTable = 'Or"ders; DROP TABLE orders; --'
    await admin.query(`CREATE TABLE ${ident(weird.green)}.${ident(weirdTable)} ("Mi""x" int)`)
    await admin.query(`INSERT INTO ${ident(weird.green)}.${ident(weirdTable)} VALUES (7)`)

    await withWarehouse(backendOf(), {}, async warehouse => {
      await warehouse.swap([target, weird])
      await warehouse.clone(container(weird.production), container(`${weird.production}_copy`))
    })

    expect(await ordersIn(admin, canary)).toEqual([[1, '1.50', 'canary']])
    expect(await ordersIn(admin, target.production)).toHaveLength(2)
    expect(await ordersIn(admin, weird.production)).toHaveLength(2)
    expect(await ordersIn(admin, `${weird.production}_copy`)).toEqual(await ordersIn(admin, weird.production))
    const copied = await admin.query(
      `SELECT * FROM ${ident(`${weird.production}_copy`)}.${ident(weirdTable)}`
    )
    expect(copied).toEqual([{ 'Mi"x': 7 }])
  })

  test('a dry-run deploy runs nothing mutating and lists the exact SQL of every step', async () => {
    const { admin } = backendOf()
    const target = swapTarget(schema('dry'))
    await createOrdersSchema(admin, target.production, 'blue', 1)
    await admin.query(`GRANT USAGE ON SCHEMA ${ident(target.production)} TO PUBLIC`)
    const [{ database }] = await admin.query<{ database: string }>('SELECT current_database() AS database')

    await withWarehouse(backendOf(), { dryRun: true }, async warehouse => {
      const lock = await warehouse.acquireDeployLock('dry', 1000)
      const clone = await warehouse.clone(container(target.production), container(target.green))
      await warehouse.copyGrants(container(target.production), container(target.green))
      const record = await warehouse.swap([target])
      await lock.release()

      expect(clone.cloned.map(relation => relation.name)).toEqual(['orders'])
      expect(record.statements).toEqual(
        swapStatements([{ target, productionExists: true }], {
          lockTimeoutMs: 10_000,
          swapLockKey: swapLockKey(database),
          deployLock: null
        })
      )
      expect(warehouse.statements.every(statement => statement.skipped)).toBe(true)
      const sql = warehouse.statements.map(statement => statement.sql)
      expect(sql[0]).toMatch(/^SELECT pg_try_advisory_lock\('-?\d+'::bigint\) AS acquired$/)
      expect(sql).toContain(`CREATE SCHEMA ${ident(target.green)}`)
      expect(sql).toContain(
        `INSERT INTO ${ident(target.green)}."orders" ("id", "amount", "tag") SELECT "id", "amount", "tag" FROM ${ident(target.production)}."orders"`
      )
      expect(sql).toContain(`GRANT USAGE ON SCHEMA ${ident(target.green)} TO PUBLIC`)
      expect(sql.slice(-record.statements.length - 1, -1)).toEqual(record.statements)
      expect(sql.at(-1)).toMatch(/^SELECT pg_advisory_unlock/)
    })
    expect(await ordersIn(admin, target.production)).toHaveLength(1)
    expect(await schemaExists(admin, target.green)).toBe(false)
  })

  test('clone copies the tables of production with identical rows and leaves views to dbt', async () => {
    const { admin } = backendOf()
    const from = schema('cl')
    const to = schema('cl_green')
    await createOrdersSchema(admin, from, 'blue', 50)
    await admin.query(
      `CREATE MATERIALIZED VIEW ${ident(from)}.mv AS SELECT count(*) FROM ${ident(from)}.orders`
    )
    await admin.query(`COMMENT ON TABLE ${ident(from)}.orders IS 'It''s the orders \\ table'`)
    await createOrdersSchema(admin, to, 'stale', 1)

    const result = await withWarehouse(backendOf(), {}, warehouse =>
      warehouse.clone(container(from), container(to))
    )

    expect(result.cloned.map(relation => relation.name)).toEqual(['orders'])
    expect(result.skipped?.map(skip => [skip.relation.name, skip.relation.kind])).toEqual([
      ['mv', 'materialized_view'],
      ['v_orders', 'view']
    ])
    expect(await ordersIn(admin, to)).toEqual(await ordersIn(admin, from))
    const [copy] = await admin.query<{ comment: string; primaryKey: boolean }>(
      `SELECT obj_description(c.oid, 'pg_class') AS comment,
              EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = c.oid AND contype = 'p') AS "primaryKey"
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = 'orders'`,
      [to]
    )
    expect(copy).toEqual({ comment: "It's the orders \\ table", primaryKey: true })
  })

  test('clone keeps identity positions, generated columns and unlogged tables', async () => {
    const { admin } = backendOf()
    const from = schema('cl_id')
    const to = schema('cl_id_green')
    await admin.query(`CREATE SCHEMA ${ident(from)}`)
    await admin.query(
      `CREATE UNLOGGED TABLE ${ident(from)}."Events" ("Id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         amount int NOT NULL, doubled int GENERATED ALWAYS AS (amount * 2) STORED)`
    )
    await admin.query(`INSERT INTO ${ident(from)}."Events" (amount) SELECT generate_series(1, 3)`)
    await admin.query(`DELETE FROM ${ident(from)}."Events" WHERE amount = 3`)

    await withWarehouse(backendOf(), {}, warehouse => warehouse.clone(container(from), container(to)))
    await admin.query(`INSERT INTO ${ident(to)}."Events" (amount) VALUES (10)`)

    const rows = await admin.query<{ Id: number; amount: number; doubled: number }>(
      `SELECT "Id"::int AS "Id", amount, doubled FROM ${ident(to)}."Events" ORDER BY "Id"`
    )
    expect(rows).toEqual([
      { Id: 1, amount: 1, doubled: 2 },
      { Id: 2, amount: 2, doubled: 4 },
      { Id: 4, amount: 10, doubled: 20 }
    ])
    const [copy] = await admin.query<{ relpersistence: string }>(
      `SELECT c.relpersistence FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = 'Events'`,
      [to]
    )
    expect(copy.relpersistence).toBe('u')
  })

  test('drop refuses while another schema depends on the schema, and drops it otherwise', async () => {
    const { admin } = backendOf()
    const pr = schema('pr_1')
    const other = schema('pr_other')
    await createOrdersSchema(admin, pr, 'pr', 1)
    await admin.query(`CREATE SCHEMA ${ident(other)}`)
    await admin.query(`CREATE VIEW ${ident(other)}.v AS SELECT * FROM ${ident(pr)}.orders`)

    await withWarehouse(backendOf(), {}, async warehouse => {
      await expect(warehouse.drop(container(pr))).rejects.toThrow(`Refusing to drop "${pr}"`)
      await admin.query(`DROP VIEW ${ident(other)}.v`)
      await warehouse.drop(container(pr))
      await warehouse.drop(container(pr))
    })
    expect(await schemaExists(admin, pr)).toBe(false)
  })
}
