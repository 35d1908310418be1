import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createPostgresWarehouse, openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import { PostgresWarehouse } from '../../src/warehouse/postgres/postgres-warehouse.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import {
  cleanUp,
  describeWithPostgres,
  ident,
  ledgerHeader,
  ordersIn,
  relationFixture,
  relationSwapPlan,
  schemaExists,
  TEST_CONNECTION,
  uniquePrefix
} from '../helpers/postgres.js'

const prefix = uniquePrefix('e1conc')
let admin: SqlClient

const pause = () => new Promise(resolve => setTimeout(resolve, 20))

async function backendPid(session: SqlClient): Promise<number> {
  const [row] = await session.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
  return row.pid
}

/** A session whose server connection is terminated (by another session) just before `statement` is sent. */
async function sessionKilledBefore(statement: (sql: string) => boolean): Promise<SqlClient> {
  const session = await openPgSession(TEST_CONNECTION)
  const pid = await backendPid(session)
  return {
    async query(sql, params) {
      if (statement(sql)) {
        await admin.query('SELECT pg_terminate_backend($1)', [pid])
        while ((await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).length > 0)
          await pause()
      }
      return session.query(sql, params)
    },
    close: () => session.close().catch(() => undefined)
  }
}

/** Production (3 blue orders) and green (5 green orders) of one relation swap. */
async function deployFixture(name: string): Promise<string> {
  const production = `${prefix}_${name}`
  await relationFixture(admin, production)
  return production
}

const swap = (warehouse: PostgresWarehouse, production: string) =>
  warehouse.relationDeploys.swap(relationSwapPlan(production), ledgerHeader(production, 'v2'))

async function expectProductionUnchanged(production: string) {
  expect((await ordersIn(admin, production)).map(row => row[2])).toEqual(['blue', 'blue', 'blue'])
  expect(await ordersIn(admin, `${production}__green`)).toHaveLength(5)
  expect(await schemaExists(admin, `${production}__previous`)).toBe(false)
}

describeWithPostgres('Postgres deploys under concurrency and failures', () => {
  beforeAll(async () => {
    admin = await openPgSession(TEST_CONNECTION)
  })

  afterAll(async () => {
    await cleanUp(admin, prefix)
    await admin.close()
  })

  test('a connection killed between the moves leaves production unchanged', async () => {
    const production = await deployFixture('kill_mid')
    const session = await sessionKilledBefore(sql => sql.endsWith(`SET SCHEMA ${ident(production)}`))
    const warehouse = new PostgresWarehouse(session)

    await expect(swap(warehouse, production)).rejects.toThrow(
      'The swap failed and was rolled back, nothing changed'
    )
    await warehouse.close()

    await expectProductionUnchanged(production)
  })

  test('a connection killed just before COMMIT leaves production unchanged and says the outcome must be checked', async () => {
    const production = await deployFixture('kill_commit')
    const warehouse = new PostgresWarehouse(await sessionKilledBefore(sql => sql === 'COMMIT'))

    await expect(swap(warehouse, production)).rejects.toThrow('lost its connection while committing')
    await warehouse.close()

    await expectProductionUnchanged(production)
  })

  test('a swap that cannot get its locks within lock_timeout gives up and changes nothing', async () => {
    const production = await deployFixture('lock_timeout')
    const other = await openPgSession(TEST_CONNECTION)
    await other.query('BEGIN')
    await other.query(`LOCK TABLE ${ident(production)}.orders IN ACCESS SHARE MODE`)
    const warehouse = await createPostgresWarehouse(TEST_CONNECTION, { swapLockTimeoutMs: 200 })

    try {
      await expect(swap(warehouse, production)).rejects.toMatchObject({ sqlState: '55P03' })
    } finally {
      await other.query('ROLLBACK')
      await other.close()
      await warehouse.close()
    }
    await expectProductionUnchanged(production)
  })

  test('a second deploy waiting for the deploy lock fails with a message naming the holder', async () => {
    const first = await createPostgresWarehouse(TEST_CONNECTION)
    const second = await createPostgresWarehouse(TEST_CONNECTION, { lockPollIntervalMs: 50 })
    const key = `${prefix}_busy`
    const lock = await first.acquireDeployLock(key, 1000)

    try {
      await expect(second.acquireDeployLock(key, 200)).rejects.toThrow(
        new RegExp(
          `^Another deploy holds the deploy lock "${key}" on database "test" \\(held by pid \\d+, ` +
            'application_name "dbt-slim-ci tests \\(deploy lock\\)"'
        )
      )
    } finally {
      await lock.release()
      await Promise.all([first.close(), second.close()])
    }
  })

  test('a second deploy waiting for the deploy lock gets it once the first releases it', async () => {
    const first = await createPostgresWarehouse(TEST_CONNECTION)
    const second = await createPostgresWarehouse(TEST_CONNECTION, { lockPollIntervalMs: 50 })
    const key = `${prefix}_handover`
    const firstLock = await first.acquireDeployLock(key, 1000)
    const events: string[] = []

    const waiting = second.acquireDeployLock(key, 30_000).then(lock => {
      events.push('second acquired')
      return lock
    })
    await new Promise(resolve => setTimeout(resolve, 200))
    events.push('first released')
    await firstLock.release()
    const secondLock = await waiting
    await secondLock.release()
    await Promise.all([first.close(), second.close()])

    expect(events).toEqual(['first released', 'second acquired'])
  })

  test('closing a warehouse releases a deploy lock it never released', async () => {
    const first = await createPostgresWarehouse(TEST_CONNECTION)
    const second = await createPostgresWarehouse(TEST_CONNECTION, { lockPollIntervalMs: 50 })
    const key = `${prefix}_abandoned`
    await first.acquireDeployLock(key, 1000)

    await first.close()
    const lock = await second.acquireDeployLock(key, 5000)
    await lock.release()
    await second.close()
  })

  test('deploy locks with different keys do not block each other', async () => {
    const first = await createPostgresWarehouse(TEST_CONNECTION)
    const second = await createPostgresWarehouse(TEST_CONNECTION)
    const locks = [
      await first.acquireDeployLock(`${prefix}_a`, 100),
      await second.acquireDeployLock(`${prefix}_b`, 100)
    ]

    await Promise.all(locks.map(lock => lock.release()))
    await Promise.all([first.close(), second.close()])
  })

  test('two swaps of the same relations at once: one applies, the other fails and changes nothing', async () => {
    const production = await deployFixture('race')
    const warehouses = [
      await createPostgresWarehouse(TEST_CONNECTION),
      await createPostgresWarehouse(TEST_CONNECTION)
    ]

    const outcomes = await Promise.allSettled(warehouses.map(warehouse => swap(warehouse, production)))
    await Promise.all(warehouses.map(warehouse => warehouse.close()))

    expect(outcomes.map(outcome => outcome.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((await ordersIn(admin, production)).map(row => row[2])).toEqual(Array(5).fill('green'))
    expect((await ordersIn(admin, `${production}__previous`)).map(row => row[2])).toEqual([
      'blue',
      'blue',
      'blue'
    ])
  })

  test('a query running on a replaced relation finishes on the old data, the swap waits for it, the next query sees the new data', async () => {
    const production = await deployFixture('reader')
    const reader = await openPgSession(TEST_CONNECTION)
    const readerPid = await backendPid(reader)
    const warehouse = await createPostgresWarehouse(TEST_CONNECTION)
    const events: string[] = []

    const running = reader
      .query<{ tag: string }>(`SELECT min(tag) AS tag FROM ${ident(production)}.orders, pg_sleep(2)`)
      .then(rows => (events.push('query finished'), rows))
    const active = `SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active' AND query LIKE '%pg_sleep%'`
    while ((await admin.query(active, [readerPid])).length === 0) await pause()
    await swap(warehouse, production)
    events.push('swapped')

    const [during] = await running
    const [after] = await reader.query<{ tag: string }>(
      `SELECT min(tag) AS tag FROM ${ident(production)}.orders`
    )
    await Promise.all([reader.close(), warehouse.close()])

    expect(events).toEqual(['query finished', 'swapped'])
    expect(during.tag).toBe('blue')
    expect(after.tag).toBe('green')
  })
})
