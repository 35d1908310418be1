import { afterAll, beforeAll } from '@jest/globals'
import { createPostgresWarehouse, openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import {
  cleanUp,
  describeDeployBehaviours,
  describeWithPostgres,
  TEST_CONNECTION,
  uniquePrefix,
  type PostgresBackend
} from '../helpers/postgres.js'

const prefix = uniquePrefix('e1srv')
let admin: SqlClient
let backend: PostgresBackend

describeWithPostgres('Postgres deploys on a real server', () => {
  beforeAll(async () => {
    admin = await openPgSession(TEST_CONNECTION)
    backend = { admin, open: options => createPostgresWarehouse(TEST_CONNECTION, options) }
  })

  afterAll(async () => {
    await cleanUp(admin, prefix)
    await admin.close()
  })

  describeDeployBehaviours(() => backend, prefix)
})
