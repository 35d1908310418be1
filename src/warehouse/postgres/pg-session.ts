import pg from 'pg'
import { PostgresWarehouse, type PostgresWarehouseOptions } from './postgres-warehouse.js'
import { quoteIdent } from './quote.js'
import type { SqlClient } from './sql-client.js'

/** How to reach a Postgres server: what a dbt postgres profile target says, in node-postgres terms. */
export interface PostgresConnection {
  host: string
  port: number
  user: string
  password: string | null
  database: string
  /** node-postgres TLS settings; `false` for none. */
  ssl: false | { rejectUnauthorized: boolean; ca?: string; cert?: string; key?: string }
  /** libpq `sslmode=prefer`/`allow`: try TLS first and fall back to plain when the server has none. */
  sslFallback: boolean
  connectTimeoutMs: number
  /** `SET ROLE` after connecting, like dbt-postgres' `role`. */
  role: string | null
  keepAliveIdleMs: number | null
  applicationName: string
}

/** A node-postgres client as a SqlClient. */
export function pgSqlClient(client: pg.Client): SqlClient {
  return {
    async query<Row extends object>(sql: string, params?: readonly unknown[]) {
      const result = await client.query<Row>(sql, params === undefined ? undefined : [...params])
      return result.rows
    },
    close: () => client.end()
  }
}

function clientConfig(connection: PostgresConnection, ssl: PostgresConnection['ssl']): pg.ClientConfig {
  return {
    host: connection.host,
    port: connection.port,
    user: connection.user,
    password: connection.password ?? undefined,
    database: connection.database,
    ssl,
    connectionTimeoutMillis: connection.connectTimeoutMs,
    keepAlive: connection.keepAliveIdleMs !== null,
    keepAliveInitialDelayMillis: connection.keepAliveIdleMs ?? undefined,
    application_name: connection.applicationName
  }
}

/** Opens one session (connection) to the server. */
export async function openPgSession(connection: PostgresConnection): Promise<SqlClient> {
  const client = await connectClient(connection)
  // A broken connection emits 'error' outside any query; without a listener Node would crash the process.
  client.on('error', () => undefined)
  if (connection.role !== null) await client.query(`SET ROLE ${quoteIdent(connection.role)}`)
  return pgSqlClient(client)
}

async function connectClient(connection: PostgresConnection): Promise<pg.Client> {
  const client = new pg.Client(clientConfig(connection, connection.ssl))
  try {
    await client.connect()
    return client
  } catch (error) {
    const noTls = error instanceof Error && /does not support SSL/i.test(error.message)
    if (!(connection.sslFallback && connection.ssl !== false && noTls)) throw error
  }
  const plain = new pg.Client(clientConfig(connection, false))
  await plain.connect()
  return plain
}

/** A Postgres warehouse on a real server, with a second session dedicated to the deploy lock. */
export async function createPostgresWarehouse(
  connection: PostgresConnection,
  options: Omit<PostgresWarehouseOptions, 'openLockSession'> = {}
): Promise<PostgresWarehouse> {
  const session = await openPgSession(connection)
  return new PostgresWarehouse(session, {
    ...options,
    openLockSession: () => openPgSession({ ...connection, applicationName: `${connection.applicationName} (deploy lock)` })
  })
}
