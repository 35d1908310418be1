import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import { PostgresWarehouse } from '../../src/warehouse/postgres/postgres-warehouse.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import type { OwnershipMark } from '../../src/warehouse/ownership-mark.js'
import { cleanUp, describeWithPostgres, ident, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const prefix = uniquePrefix('marks')
const mark = (pullRequest: number, repository = 'acme/analytics'): OwnershipMark => ({
  role: 'pr',
  repository,
  pullRequest,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z'
})

describeWithPostgres('ownership marks on Postgres', () => {
  let session: SqlClient
  let warehouse: PostgresWarehouse

  beforeAll(async () => {
    session = await openPgSession(TEST_CONNECTION)
    warehouse = new PostgresWarehouse(await openPgSession(TEST_CONNECTION))
  })
  afterAll(async () => {
    await cleanUp(session, prefix)
    await session.close()
    await warehouse.close()
  })

  const comment = async (schema: string) =>
    (
      await session.query<{ c: string | null }>(
        `SELECT obj_description($1::regnamespace, 'pg_namespace') AS c`,
        [ident(schema)]
      )
    )[0].c

  test('marking creates a missing schema and writes the mark as its comment', async () => {
    const schema = `${prefix}_pr_1`
    await warehouse.markContainer({ level: 'schema', database: null, name: schema }, mark(1))
    expect(await comment(schema)).toBe(
      'dbt-slim-ci:{"v":1,"role":"pr","repo":"acme/analytics","pr":1,"created":"2026-12-01T00:00:00.000Z","updated":"2026-12-01T00:00:00.000Z"}'
    )
    expect(await warehouse.readMark({ level: 'schema', database: null, name: schema })).toEqual(mark(1))
  })

  test('marking an existing schema keeps its relations', async () => {
    const schema = `${prefix}_kept`
    await session.query(`CREATE SCHEMA ${ident(schema)}`)
    await session.query(`CREATE TABLE ${ident(schema)}.t AS SELECT 1 AS id`)
    await warehouse.markContainer({ level: 'schema', database: null, name: schema }, mark(2))
    expect(await session.query(`SELECT id FROM ${ident(schema)}.t`)).toEqual([{ id: 1 }])
  })

  test('listing returns only marked schemas, with the mark parsed; other comments are ignored', async () => {
    const other = `${prefix}_commented`
    await session.query(`CREATE SCHEMA ${ident(other)}`)
    await session.query(`COMMENT ON SCHEMA ${ident(other)} IS 'dbt-slim-ci: not JSON'`)
    const listed = (await warehouse.listMarkedContainers(null)).filter(m =>
      m.container.name.startsWith(prefix)
    )
    expect(listed.map(m => [m.container.name, m.mark.pullRequest])).toEqual([
      [`${prefix}_kept`, 2],
      [`${prefix}_pr_1`, 1]
    ])
    expect(listed[0].container).toEqual({ level: 'schema', database: 'test', name: `${prefix}_kept` })
  })

  test('hostile repository names and schema names are quoted, never executed', async () => {
    const schema = `${prefix}_"; DROP SCHEMA public; --`
    const hostile = mark(3, "o'brien/x\\'); DROP TABLE t; --")
    await warehouse.markContainer({ level: 'schema', database: null, name: schema }, hostile)
    expect(await warehouse.readMark({ level: 'schema', database: null, name: schema })).toEqual(hostile)
  })

  test('a dry run records the statements and creates nothing', async () => {
    const dry = new PostgresWarehouse(await openPgSession(TEST_CONNECTION), { dryRun: true })
    const schema = `${prefix}_dry`
    try {
      await dry.markContainer({ level: 'schema', database: null, name: schema }, mark(4))
      expect(dry.statements.map(s => [s.sql.split(' IS ')[0], s.skipped])).toEqual([
        [`CREATE SCHEMA IF NOT EXISTS "${schema}"`, true],
        [`COMMENT ON SCHEMA "${schema}"`, true]
      ])
      expect(await dry.readMark({ level: 'schema', database: null, name: schema })).toBeNull()
    } finally {
      await dry.close()
    }
  })

  test('a schema of another database is refused with the database named', async () => {
    await expect(warehouse.listMarkedContainers('elsewhere')).rejects.toThrow(/elsewhere/)
  })
})
