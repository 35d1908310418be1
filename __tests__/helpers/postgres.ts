/** The Postgres test server (127.0.0.1:5432, database `test`) and a behaviour suite shared with PGlite. */
import { randomBytes } from 'node:crypto'
import { describe, expect, test } from '@jest/globals'
import { openPgSession, type PostgresConnection } from '../../src/warehouse/postgres/pg-session.js'
import {
  PostgresWarehouse,
  type PostgresWarehouseOptions
} from '../../src/warehouse/postgres/postgres-warehouse.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import type { LedgerHeader } from '../../src/warehouse/ledger.js'
import type { RelationSwapPlan, SwapTarget } from '../../src/warehouse/warehouse.js'

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

/** A relation swap of `names` (default the fixture's `orders` and `v_orders`) from green into `production`. */
export function relationSwapPlan(
  production: string,
  names: readonly string[] = ['orders', 'v_orders']
): RelationSwapPlan {
  const target = swapTarget(production)
  return {
    deployment: production,
    targets: [target],
    moves: names.map(name => ({
      uniqueId: `model.shop.${name}`,
      production: { schema: production, name },
      green: { schema: target.green, name },
      previous: { schema: target.previous, name }
    }))
  }
}

/** A ledger header whose manifests are small JSON documents tagged `tag` (production) and `previous`. */
export function ledgerHeader(
  deployment: string,
  tag: string,
  previous: string | null = 'before'
): LedgerHeader {
  const manifest = (text: string) => ({
    sha256: `sha-${text}`,
    content: Buffer.from(JSON.stringify({ tag: text }))
  })
  return {
    deployment,
    kind: 'deploy',
    manifest: manifest(tag),
    previousManifest: previous === null ? null : manifest(previous),
    commitSha: `commit-${tag}`,
    runId: null,
    runUrl: null
  }
}

export async function oidOf(session: SqlClient, schema: string, name: string): Promise<number | null> {
  const [row] = await session.query<{ oid: number }>(
    `SELECT c.oid::int AS oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = $2`,
    [schema, name]
  )
  return row?.oid ?? null
}

/** Production with `orders` (3 blue rows), its view and an unchanged `customers` table; green with 5 green orders. */
export async function relationFixture(session: SqlClient, production: string): Promise<void> {
  const target = swapTarget(production)
  await createOrdersSchema(session, production, 'blue', 3)
  await session.query(`CREATE TABLE ${ident(production)}.customers AS SELECT 1 AS id`)
  await createOrdersSchema(session, target.green, 'green', 5)
}

/** The deploy behaviours every Postgres backend must show; each test uses its own schemas under `prefix`. */
export function describeDeployBehaviours(backendOf: () => PostgresBackend, prefix: string): void {
  const schema = (name: string) => `${prefix}_${name}`
  const tags = async (admin: SqlClient, where: string) => (await ordersIn(admin, where)).map(row => row[2])

  test('a swap moves each rebuilt relation into production and its production version into previous; the rest keeps its OID', async () => {
    const { admin } = backendOf()
    const production = schema('sw')
    await relationFixture(admin, production)
    const customers = await oidOf(admin, production, 'customers')
    const blueOrders = await oidOf(admin, production, 'orders')

    const record = await withWarehouse(backendOf(), {}, warehouse =>
      warehouse.relationDeploys.swap(relationSwapPlan(production), ledgerHeader(production, 'v2'))
    )

    expect(await tags(admin, production)).toEqual(Array(5).fill('green'))
    expect(await tags(admin, `${production}__previous`)).toEqual(Array(3).fill('blue'))
    expect(await oidOf(admin, `${production}__previous`, 'orders')).toBe(blueOrders)
    expect(await oidOf(admin, production, 'customers')).toBe(customers)
    expect(record.moves.map(move => [move.production.name, move.inProduction, move.inPrevious])).toEqual([
      ['orders', true, true],
      ['v_orders', true, true]
    ])
    expect(record.statements.filter(sql => sql.includes('customers'))).toEqual([])
  })

  test('the swap writes the ledger entry in its own transaction, manifests included', async () => {
    const { admin } = backendOf()
    const production = schema('ledger')
    await relationFixture(admin, production)

    const entries = await withWarehouse(backendOf(), {}, async warehouse => {
      await warehouse.relationDeploys.swap(relationSwapPlan(production), ledgerHeader(production, 'v2'))
      return warehouse.relationDeploys.ledger(production, 5)
    })

    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ kind: 'deploy', commitSha: 'commit-v2', deployment: production })
    expect(entries[0].manifest.content.toString()).toBe('{"tag":"v2"}')
    expect(entries[0].previousManifest?.content.toString()).toBe('{"tag":"before"}')
  })

  test('the first deploy, with no production schema yet, renames green to production', async () => {
    const { admin } = backendOf()
    const production = schema('first')
    await createOrdersSchema(admin, `${production}__green`, 'green', 2)

    const record = await withWarehouse(backendOf(), {}, warehouse =>
      warehouse.relationDeploys.swap(relationSwapPlan(production), ledgerHeader(production, 'v1', null))
    )

    expect(await ordersIn(admin, production)).toHaveLength(2)
    expect(await schemaExists(admin, `${production}__previous`)).toBe(false)
    expect(record.moves.every(move => move.inProduction && !move.inPrevious)).toBe(true)
  })

  test('a swap failing on its last statement changes nothing and records nothing', async () => {
    const { admin } = backendOf()
    const production = schema('sfail')
    await relationFixture(admin, production)
    const warehouse = await backendOf().open()
    // Inside the swap's own transaction, the ledger write fails: everything before it must roll back.
    const failing = new PostgresWarehouse({
      async query(sql, params) {
        if (sql.startsWith('DELETE FROM "dbt_slim_ci"."deploy_ledger"'))
          throw Object.assign(new Error('disk full'), { code: '53100' })
        return warehouse.session.query(sql, params)
      },
      close: () => warehouse.close()
    })

    try {
      await expect(
        failing.relationDeploys.swap(relationSwapPlan(production), ledgerHeader(production, 'v2'))
      ).rejects.toThrow('The swap failed and was rolled back, nothing changed: disk full')
      expect(await tags(admin, production)).toEqual(Array(3).fill('blue'))
      expect(await ordersIn(admin, `${production}__green`)).toHaveLength(5)
      expect(await schemaExists(admin, `${production}__previous`)).toBe(false)
      expect(await failing.relationDeploys.ledger(production, 5)).toEqual([])
    } finally {
      await failing.close()
    }
  })

  test('rollback restores the previous rows exactly, and a second rollback re-applies the deploy', async () => {
    const { admin } = backendOf()
    const production = schema('rb')
    await relationFixture(admin, production)
    const before = await ordersIn(admin, production)

    await withWarehouse(backendOf(), {}, async warehouse => {
      const deploys = warehouse.relationDeploys
      await deploys.swap(relationSwapPlan(production), ledgerHeader(production, 'v2'))
      const deployed = await ordersIn(admin, production)

      const [last] = await deploys.ledger(production, 1)
      await deploys.rollback(last, { ...ledgerHeader(production, 'before', 'v2'), kind: 'rollback' })
      expect(await ordersIn(admin, production)).toEqual(before)
      expect(await ordersIn(admin, `${production}__previous`)).toEqual(deployed)

      const [rolledBack] = await deploys.ledger(production, 1)
      await deploys.rollback(rolledBack, { ...ledgerHeader(production, 'v2'), kind: 'rollback' })
      expect(await ordersIn(admin, production)).toEqual(deployed)
    })
  })

  test('rollback refuses, changing nothing, when a version the ledger names is gone', async () => {
    const { admin } = backendOf()
    const production = schema('rb_gone')
    await relationFixture(admin, production)

    await withWarehouse(backendOf(), {}, async warehouse => {
      const deploys = warehouse.relationDeploys
      await deploys.swap(relationSwapPlan(production), ledgerHeader(production, 'v2'))
      await admin.query(`DROP VIEW ${ident(`${production}__previous`)}.v_orders`)
      const [last] = await deploys.ledger(production, 1)

      await expect(deploys.rollback(last, ledgerHeader(production, 'before', 'v2'))).rejects.toThrow(
        `Cannot roll back: the deploy ledger says ${production}__previous.v_orders should exist`
      )
    })
    expect(await tags(admin, production)).toEqual(Array(5).fill('green'))
  })

  test('a new relation gets production’s default privileges, a replaced one keeps its predecessor’s grants', async () => {
    const { admin } = backendOf()
    const reader = `${prefix}_reader`
    const production = schema('grants')
    const green = `${production}__green`
    await createOrdersSchema(admin, production, 'blue', 1)
    await admin.query(`DROP VIEW ${ident(production)}.v_orders`)
    await admin.query(`CREATE ROLE ${ident(reader)}`)
    await admin.query(`GRANT USAGE ON SCHEMA ${ident(production)} TO ${ident(reader)}`)
    await admin.query(`GRANT SELECT ON ${ident(production)}.orders TO ${ident(reader)} WITH GRANT OPTION`)
    await admin.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${ident(production)} GRANT SELECT ON TABLES TO ${ident(reader)}`
    )

    try {
      await withWarehouse(backendOf(), {}, async warehouse => {
        const plan = relationSwapPlan(production, ['orders', 'fresh'])
        await warehouse.relationDeploys.prepareGreen(plan.targets, [])
        // What dbt would build in green after preparation.
        await admin.query(`CREATE TABLE ${ident(green)}.orders AS SELECT 1 AS id`)
        await admin.query(`CREATE TABLE ${ident(green)}.fresh AS SELECT 1 AS id`)
        await warehouse.relationDeploys.swap(plan, ledgerHeader(production, 'v2'))
      })

      const [privileges] = await admin.query<Record<string, boolean>>(
        `SELECT has_table_privilege($1, format('%I.orders', $2::text), 'SELECT WITH GRANT OPTION') AS replaced,
                has_table_privilege($1, format('%I.fresh', $2::text), 'SELECT') AS created`,
        [reader, production]
      )
      expect(privileges).toEqual({ replaced: true, created: true })
    } finally {
      await cleanUp(admin, schema('grants'), [reader])
    }
  })

  test('preflight reports a view outside the deploy bound to a replaced relation, and the swap refuses under its locks', async () => {
    const { admin } = backendOf()
    const production = schema('pf')
    const reporting = schema('pf_reporting')
    await relationFixture(admin, production)
    await admin.query(`CREATE SCHEMA ${ident(reporting)}`)
    await admin.query(`CREATE VIEW ${ident(reporting)}.v_prod AS SELECT * FROM ${ident(production)}.orders`)

    await withWarehouse(backendOf(), {}, async warehouse => {
      const findings = await warehouse.relationDeploys.preflight(relationSwapPlan(production))
      expect(findings).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'external_view_dependency',
          object: `${reporting}.v_prod`
        })
      ])
      await expect(
        warehouse.relationDeploys.swap(relationSwapPlan(production), ledgerHeader(production, 'v2'))
      ).rejects.toThrow(
        `would keep reading the replaced relations: ${reporting}.v_prod (view on ${production}__previous.orders)`
      )
    })
    expect(await tags(admin, production)).toEqual(Array(3).fill('blue'))
  })

  test('with preflight warn the swap goes ahead, and the next swap refuses to drop what the view still reads', async () => {
    const { admin } = backendOf()
    const production = schema('pfw')
    const reporting = schema('pfw_reporting')
    await relationFixture(admin, production)
    await admin.query(`CREATE SCHEMA ${ident(reporting)}`)
    await admin.query(`CREATE VIEW ${ident(reporting)}.v_prod AS SELECT * FROM ${ident(production)}.orders`)

    await withWarehouse(backendOf(), { dependencySeverity: 'warning' }, async warehouse => {
      await warehouse.relationDeploys.swap(relationSwapPlan(production), ledgerHeader(production, 'v2'))
      // The next deploy rebuilds orders again: its swap replaces what previous holds, which v_prod still reads.
      await admin.query(`CREATE TABLE ${ident(`${production}__green`)}.orders AS SELECT 1 AS id`)
      await expect(
        warehouse.relationDeploys.swap(
          relationSwapPlan(production, ['orders']),
          ledgerHeader(production, 'v3')
        )
      ).rejects.toThrow(`${reporting}.v_prod (view on ${production}__previous.orders)`)
    })
    expect(await schemaExists(admin, `${production}__previous`)).toBe(true)
  })

  test('names with quotes, semicolons and mixed case reach exactly their own objects', async () => {
    const { admin } = backendOf()
    const canary = schema('mixed')
    const weird = `${prefix}"; DROP SCHEMA ${canary}; --`
    const weirdTable = 'Or"ders; DROP TABLE orders; --'
    await createOrdersSchema(admin, canary, 'canary', 1)
    await admin.query(`CREATE SCHEMA ${ident(weird)}`)
    await admin.query(`CREATE TABLE ${ident(weird)}.${ident(weirdTable)} ("Mi""x" int)`)
    await admin.query(`CREATE SCHEMA ${ident(`${weird}__green`)}`)
    await admin.query(`CREATE TABLE ${ident(`${weird}__green`)}.${ident(weirdTable)} ("Mi""x" int)`)
    await admin.query(`INSERT INTO ${ident(`${weird}__green`)}.${ident(weirdTable)} VALUES (7)`)

    await withWarehouse(backendOf(), {}, warehouse =>
      warehouse.relationDeploys.swap(relationSwapPlan(weird, [weirdTable]), ledgerHeader(weird, 'v2'))
    )

    expect(await ordersIn(admin, canary)).toEqual([[1, '1.50', 'canary']])
    expect(await admin.query(`SELECT * FROM ${ident(weird)}.${ident(weirdTable)}`)).toEqual([{ 'Mi"x': 7 }])
    await cleanUp(admin, weird)
  })

  test('a dry run runs nothing mutating and lists the exact SQL of every step', async () => {
    const { admin } = backendOf()
    const production = schema('dry')
    await relationFixture(admin, production)
    const plan = relationSwapPlan(production)
    const copies = [
      {
        uniqueId: 'model.shop.orders',
        from: { schema: production, name: 'orders' },
        to: { schema: `${production}__green`, name: 'orders' }
      }
    ]

    await withWarehouse(backendOf(), { dryRun: true }, async warehouse => {
      const lock = await warehouse.acquireDeployLock('dry', 1000)
      await warehouse.relationDeploys.prepareGreen(plan.targets, copies)
      const record = await warehouse.relationDeploys.swap(plan, ledgerHeader(production, 'v2'))
      await lock.release()

      expect(warehouse.statements.every(statement => statement.skipped)).toBe(true)
      const sql = warehouse.statements.map(statement => statement.sql)
      expect(sql).toContain(
        `INSERT INTO ${ident(`${production}__green`)}."orders" ("id", "amount", "tag") SELECT "id", "amount", "tag" FROM ${ident(production)}."orders"`
      )
      expect(sql).toContain(
        `ALTER TABLE ${ident(production)}."orders" SET SCHEMA ${ident(`${production}__previous`)}`
      )
      expect(sql.slice(-record.statements.length - 1, -1)).toEqual(record.statements)
      expect(sql.at(-1)).toMatch(/^SELECT pg_advisory_unlock/)
    })
    expect(await tags(admin, production)).toEqual(Array(3).fill('blue'))
    expect(await schemaExists(admin, `${production}__previous`)).toBe(false)
  })

  test('preparing green copies the selected tables with identical rows, comments, identity positions and persistence', async () => {
    const { admin } = backendOf()
    const production = schema('cl')
    const green = `${production}__green`
    await createOrdersSchema(admin, production, 'blue', 50)
    await admin.query(`COMMENT ON TABLE ${ident(production)}.orders IS 'It''s the orders \\ table'`)
    await admin.query(
      `CREATE UNLOGGED TABLE ${ident(production)}."Events" ("Id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         amount int NOT NULL, doubled int GENERATED ALWAYS AS (amount * 2) STORED)`
    )
    await admin.query(`INSERT INTO ${ident(production)}."Events" (amount) SELECT generate_series(1, 3)`)
    await admin.query(`DELETE FROM ${ident(production)}."Events" WHERE amount = 3`)
    const copy = (name: string) => ({
      uniqueId: `model.shop.${name}`,
      from: { schema: production, name },
      to: { schema: green, name }
    })

    await withWarehouse(backendOf(), {}, warehouse =>
      warehouse.relationDeploys.prepareGreen([swapTarget(production)], [copy('orders'), copy('Events')])
    )
    await admin.query(`INSERT INTO ${ident(green)}."Events" (amount) VALUES (10)`)

    expect(await ordersIn(admin, green)).toEqual(await ordersIn(admin, production))
    const [orders] = await admin.query<{ comment: string }>(
      `SELECT obj_description(c.oid, 'pg_class') AS comment FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = 'orders'`,
      [green]
    )
    expect(orders.comment).toBe("It's the orders \\ table")
    const events = await admin.query(
      `SELECT "Id"::int AS "Id", amount, doubled FROM ${ident(green)}."Events" ORDER BY "Id"`
    )
    expect(events).toEqual([
      { Id: 1, amount: 1, doubled: 2 },
      { Id: 2, amount: 2, doubled: 4 },
      { Id: 4, amount: 10, doubled: 20 }
    ])
    expect(await oidOf(admin, green, 'v_orders')).toBeNull()
  })

  test('dropping schemas of our own refuses while another schema depends on them, and drops them together otherwise', async () => {
    const { admin } = backendOf()
    const greens = [schema('drop_a'), schema('drop_b')]
    const other = schema('drop_other')
    for (const green of greens) await createOrdersSchema(admin, green, 'green', 1)
    // Green views read other green schemas: dropped together, they do not block each other.
    await admin.query(`CREATE VIEW ${ident(greens[1])}.cross AS SELECT * FROM ${ident(greens[0])}.orders`)
    await admin.query(`CREATE SCHEMA ${ident(other)}`)
    await admin.query(`CREATE VIEW ${ident(other)}.v AS SELECT * FROM ${ident(greens[0])}.orders`)

    await withWarehouse(backendOf(), {}, async warehouse => {
      await expect(warehouse.relationDeploys.dropSchemas(greens, 'green schema')).rejects.toThrow(
        `Refusing to drop green schema "${greens[0]}", "${greens[1]}"`
      )
      await admin.query(`DROP VIEW ${ident(other)}.v`)
      expect(await warehouse.relationDeploys.dropSchemas(greens, 'green schema')).toEqual(greens)
    })
    for (const green of greens) expect(await schemaExists(admin, green)).toBe(false)
  })
}
