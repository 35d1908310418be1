import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { Cancellation } from '../../src/flow/cancellation.js'
import { lockKeyLiteral, swapLockKey } from '../../src/warehouse/postgres/lock-key.js'
import { createPostgresWarehouse, openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { PostgresWarehouse } from '../../src/warehouse/postgres/postgres-warehouse.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import {
  cleanUp,
  createOrdersSchema,
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

const prefix = uniquePrefix('dlock')
let admin: SqlClient
let database: string

async function waitFor(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await sleep(50)
  }
}

/** The backend of `application` that is waiting for a lock, once it waits. */
async function waitingBackend(application: string): Promise<number> {
  let pid = 0
  await waitFor(`${application} to wait for a lock`, async () => {
    const rows = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`,
      [application]
    )
    pid = rows[0]?.pid ?? 0
    return pid !== 0
  })
  return pid
}

async function lockSessionPid(application: string): Promise<number> {
  const [row] = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE application_name = $1`,
    [`${application} (deploy lock)`]
  )
  return row.pid
}

/** Production (3 blue orders) and green (5 green orders) of one relation swap; returns production's name. */
async function deployFixture(name: string): Promise<string> {
  const production = `${prefix}_${name}`
  await relationFixture(admin, production)
  return production
}

const swap = (warehouse: PostgresWarehouse, production: string) =>
  warehouse.relationDeploys.swap(relationSwapPlan(production), ledgerHeader(production, 'v2'))

async function warehouseFor(application: string, options = {}): Promise<PostgresWarehouse> {
  return createPostgresWarehouse({ ...TEST_CONNECTION, applicationName: application }, options)
}

describeWithPostgres('the deploy lock on Postgres', () => {
  beforeAll(async () => {
    admin = await openPgSession(TEST_CONNECTION)
    ;[{ database }] = await admin.query<{ database: string }>('SELECT current_database() AS database')
  })

  afterAll(async () => {
    await cleanUp(admin, prefix)
    await admin.close()
  })

  test('a swap whose lock session was terminated fails before anything moves', async () => {
    const production = await deployFixture('lost')
    const application = `${prefix}_lost`
    const warehouse = await warehouseFor(application)
    await warehouse.acquireDeployLock(`${prefix}_lost`, 1000)
    await admin.query('SELECT pg_terminate_backend($1)', [await lockSessionPid(application)])

    await expect(swap(warehouse, production)).rejects.toThrow(
      /The deploy lock ".*_lost" was lost before the swap: its session \(pid \d+\) ended.*Nothing was moved/
    )
    await warehouse.close()
    expect((await ordersIn(admin, production)).map(row => row[2])).toEqual(['blue', 'blue', 'blue'])
    expect(await schemaExists(admin, `${production}__previous`)).toBe(false)
  })

  test('a lock lost while the swap waits for the swap lock is caught inside the transaction', async () => {
    const production = await deployFixture('lost_inside')
    const application = `${prefix}_inside`
    const warehouse = await warehouseFor(application)
    await warehouse.acquireDeployLock(`${prefix}_inside`, 1000)
    const holder = await openPgSession(TEST_CONNECTION)
    await holder.query(`SELECT pg_advisory_lock(${lockKeyLiteral(swapLockKey(database))})`)
    const swapping = swap(warehouse, production).then(
      () => null,
      (error: Error) => error
    )
    await waitingBackend(application)
    await admin.query('SELECT pg_terminate_backend($1)', [await lockSessionPid(application)])
    await holder.close()

    expect((await swapping)?.message).toMatch(/was lost before the swap.*Nothing was moved/)
    await warehouse.close()
    expect((await ordersIn(admin, production)).map(row => row[2])).toEqual(['blue', 'blue', 'blue'])
  })

  test('a deploy waiting for the lock says every few seconds who holds it', async () => {
    const key = `${prefix}_wait`
    const first = await warehouseFor(`${prefix}_first`)
    const lock = await first.acquireDeployLock(key, 1000)
    const second = await warehouseFor(`${prefix}_second`, { lockWaitReportMs: 300, lockPollIntervalMs: 100 })
    const messages: string[] = []
    const waiting = second.acquireDeployLock(key, 60_000, { onWaiting: message => messages.push(message) })
    await waitFor('two waiting messages', async () => messages.length >= 2)
    await lock.release()
    await (await waiting).release()
    await Promise.all([first.close(), second.close()])
    expect(messages[0]).toMatch(
      new RegExp(
        `^Waiting for the deploy lock "${key}" on database "${database}" \\(held by pid \\d+ \\("${prefix}_first \\(deploy lock\\)"\\)\\): \\d+ s of 60 s\\.$`
      )
    )
  })

  test('a cancelled run stops waiting for the lock', async () => {
    const key = `${prefix}_cancel`
    const first = await warehouseFor(`${prefix}_c1`)
    const lock = await first.acquireDeployLock(key, 1000)
    const second = await warehouseFor(`${prefix}_c2`, { lockPollIntervalMs: 50 })
    const cancellation = new Cancellation()
    const waiting = second.acquireDeployLock(key, 60_000, { cancellation })
    cancellation.request({ signal: 'SIGTERM', message: 'Cancelled by SIGTERM.' })
    await expect(waiting).rejects.toThrow('Cancelled by SIGTERM.')
    await lock.release()
    await Promise.all([first.close(), second.close()])
  })

  test('a view created in another schema on the previous version while the swap waits is refused, not dropped', async () => {
    const production = await deployFixture('dependent')
    const previous = `${production}__previous`
    await createOrdersSchema(admin, previous, 'old', 2)
    const outside = `${prefix}_outside`
    await admin.query(`CREATE SCHEMA ${ident(outside)}`)
    const application = `${prefix}_dependent`
    const warehouse = await warehouseFor(application)
    const holder = await openPgSession(TEST_CONNECTION)
    await holder.query(`SELECT pg_advisory_lock(${lockKeyLiteral(swapLockKey(database))})`)
    const swapping = swap(warehouse, production).then(
      () => null,
      (error: Error) => error
    )
    await waitingBackend(application)
    await admin.query(`CREATE VIEW ${ident(outside)}.v AS SELECT * FROM ${ident(previous)}.orders`)
    await holder.close()

    expect((await swapping)?.message).toMatch(
      new RegExp(
        `^The swap failed and was rolled back, nothing changed: Refusing to swap: the previous production is replaced now, and these objects depend on it: ${outside}\\.v \\(view on ${previous}\\.orders\\)`
      )
    )
    await warehouse.close()
    expect(await admin.query(`SELECT count(*)::int AS n FROM ${ident(outside)}.v`)).toEqual([{ n: 2 }])
    expect((await ordersIn(admin, production)).map(row => row[2])).toEqual(['blue', 'blue', 'blue'])
  })

  test('copying a production table into green waits for it no longer than the lock timeout', async () => {
    const production = `${prefix}_copy_wait`
    await createOrdersSchema(admin, production, 'blue', 3)
    const blocker = await openPgSession(TEST_CONNECTION)
    await blocker.query('BEGIN')
    await blocker.query(`LOCK TABLE ${ident(production)}.orders IN ACCESS EXCLUSIVE MODE`)
    const warehouse = await warehouseFor(`${prefix}_copy`, { swapLockTimeoutMs: 500 })
    const plan = relationSwapPlan(production, ['orders'])
    const copy = {
      uniqueId: 'model.shop.orders',
      from: { schema: production, name: 'orders' },
      to: { schema: `${production}__green`, name: 'orders' }
    }
    const started = Date.now()
    await expect(warehouse.relationDeploys.prepareGreen(plan.targets, [copy])).rejects.toThrow(
      /lock timeout|SQLSTATE 55P03/
    )
    expect(Date.now() - started).toBeLessThan(15_000)
    await blocker.query('ROLLBACK')
    await blocker.close()
    await warehouse.close()
    expect(await schemaExists(admin, `${production}__green`)).toBe(false)
  })
})
