import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createPgliteWarehouse } from '../../src/warehouse/pglite.js'
import { PostgresWarehouse } from '../../src/warehouse/postgres/postgres-warehouse.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { describeDeployBehaviours, type PostgresBackend } from '../helpers/postgres.js'

// One PGlite instance for the whole file: each costs seconds and hundreds of MB to start.
let embedded: PostgresWarehouse
let backend: PostgresBackend

beforeAll(async () => {
  embedded = await createPgliteWarehouse()
  // PGlite has a single session: every warehouse under test shares it and must not close it.
  const shared: SqlClient = {
    query: (sql, params) => embedded.session.query(sql, params),
    close: async () => {}
  }
  backend = { admin: shared, open: async options => new PostgresWarehouse(shared, options) }
})

afterAll(async () => {
  await embedded?.close()
})

describe('Postgres deploys on embedded PGlite', () => {
  describeDeployBehaviours(() => backend, 'pgl')

  test('the deploy lock is taken and released on the single PGlite session', async () => {
    const warehouse = await backend.open()
    const lock = await warehouse.acquireDeployLock('production', 0)
    const held = await backend.admin.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted`)
    await lock.release()
    const after = await backend.admin.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted`)

    expect([held.length, after.length]).toEqual([1, 0])
    expect(warehouse.statements.map(statement => statement.sql)).toEqual([
      expect.stringMatching(/^SELECT pg_try_advisory_lock/),
      expect.stringMatching(/^SELECT pg_advisory_unlock/)
    ])
  })
})
