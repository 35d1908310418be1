/** The warehouse side of the data diff on Postgres: read-only, bounded queries. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createPostgresWarehouse } from '../../src/warehouse/postgres/pg-session.js'
import type { PostgresWarehouse } from '../../src/warehouse/postgres/postgres-warehouse.js'
import { StatementTimeoutError } from '../../src/warehouse/warehouse.js'
import { cleanUp, describeWithPostgres, ident, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const schema = uniquePrefix('dd_read')

describeWithPostgres('readQuery on Postgres', () => {
  let warehouse: PostgresWarehouse
  beforeAll(async () => {
    warehouse = await createPostgresWarehouse(TEST_CONNECTION)
    await warehouse.session.query(`CREATE SCHEMA ${ident(schema)}`)
    await warehouse.session.query(`CREATE TABLE ${ident(schema)}.t AS SELECT 1 AS id`)
  })
  afterAll(async () => {
    await cleanUp(warehouse.session, schema)
    await warehouse.close()
  })

  test('returns the rows of a query', async () => {
    expect(
      await warehouse.readQuery(`SELECT count(*)::int AS n FROM ${ident(schema)}.t`, { timeoutMs: 5000 })
    ).toEqual([{ n: 1 }])
  })

  test('cannot change anything: it runs in a READ ONLY transaction', async () => {
    await expect(
      warehouse.readQuery(`INSERT INTO ${ident(schema)}.t VALUES (2)`, { timeoutMs: 5000 })
    ).rejects.toThrow('cannot execute INSERT in a read-only transaction')
    const [row] = await warehouse.session.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${ident(schema)}.t`
    )
    expect(row.n).toBe(1)
  })

  test('a query past its timeout is cancelled by the server, and the session stays usable', async () => {
    await expect(warehouse.readQuery('SELECT pg_sleep(5)', { timeoutMs: 200 })).rejects.toBeInstanceOf(
      StatementTimeoutError
    )
    expect(await warehouse.readQuery('SELECT 1 AS one', { timeoutMs: 5000 })).toEqual([{ one: 1 }])
    expect(warehouse.statements).toEqual([])
  })
})
