import { readFile } from 'node:fs/promises'
import pg from 'pg'
import { PostgresWarehouse, type PostgresWarehouseOptions } from './postgres-warehouse.js'
import { quoteIdent } from './quote.js'
import type { SqlClient } from './sql-client.js'
import { connectError, PostgresSessionLostError, sqlStateOf, type ConnectionPlace } from './errors.js'

/** libpq's sslmode values, as dbt-postgres takes them. */
export type SslMode = 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full'

/** How to reach a Postgres server: what a dbt postgres profile target says. */
export interface PostgresConnection {
  host: string
  port: number
  user: string
  password: string | null
  database: string
  sslMode: SslMode
  /** Files of the CA certificate (verify-ca/verify-full) and of the client certificate and key. */
  sslRootCert: string | null
  sslCert: string | null
  sslKey: string | null
  connectTimeoutMs: number
  /** `SET ROLE` after connecting, like dbt-postgres' `role`. */
  role: string | null
  keepAliveIdleMs: number | null
  applicationName: string
  /** The dbt profile target it came from, named in connection errors. */
  origin?: string
}

type TlsOptions =
  | false
  | {
      rejectUnauthorized: boolean
      ca?: string
      cert?: string
      key?: string
      checkServerIdentity?: () => undefined
    }

async function tlsOptions(connection: PostgresConnection): Promise<TlsOptions> {
  if (connection.sslMode === 'disable') return false
  const read = (file: string | null) => (file === null ? undefined : readFile(file, 'utf8'))
  const [ca, cert, key] = await Promise.all([
    read(connection.sslRootCert),
    read(connection.sslCert),
    read(connection.sslKey)
  ])
  const verify = connection.sslMode === 'verify-ca' || connection.sslMode === 'verify-full'
  return {
    rejectUnauthorized: verify,
    ...(ca === undefined ? {} : { ca }),
    ...(cert === undefined ? {} : { cert }),
    ...(key === undefined ? {} : { key }),
    // verify-ca checks the chain but not that the certificate names the host.
    ...(connection.sslMode === 'verify-ca' ? { checkServerIdentity: () => undefined } : {})
  }
}

/**
 * A node-postgres client as a SqlClient. With `place`, a query on a session the server or network ended fails
 * with a PostgresSessionLostError that says why (`lost` is the error the client emitted when it broke).
 */
export function pgSqlClient(
  client: pg.Client,
  place?: ConnectionPlace,
  lost: () => Error | undefined = () => undefined
): SqlClient {
  return {
    async query<Row extends object>(sql: string, params?: readonly unknown[]) {
      try {
        const result = await client.query<Row>(sql, params === undefined ? undefined : [...params])
        return result.rows
      } catch (error) {
        const ended = lost()
        if (place === undefined || (ended === undefined && !SESSION_ENDED.test(String(error)))) throw error
        throw new PostgresSessionLostError(sqlStateOf(ended ?? error), place, ended ?? error)
      }
    },
    close: () => client.end()
  }
}

/** What node-postgres says when its session is gone, as opposed to a statement the server refused. */
const SESSION_ENDED = /not queryable|Connection terminated|ECONNRESET|EPIPE/

function clientConfig(connection: PostgresConnection, ssl: TlsOptions): pg.ClientConfig {
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
  const client = await connectClient(connection).catch(error => {
    throw connectError(error, connection, 'connect')
  })
  // A broken connection emits 'error' outside any query; without a listener Node would crash the process.
  let ended: Error | undefined
  client.on('error', error => (ended ??= error))
  try {
    if (connection.role !== null) await client.query(`SET ROLE ${quoteIdent(connection.role)}`)
  } catch (error) {
    await client.end().catch(() => undefined)
    throw connectError(error, connection, 'role')
  }
  // A deploy holds its lock session, idle, while dbt builds: a server-side idle timeout would end it (Postgres 14+).
  await client.query(
    "SELECT set_config('idle_session_timeout', '0', false) WHERE current_setting('server_version_num')::int >= 140000"
  )
  return pgSqlClient(client, connection, () => ended)
}

async function connectClient(connection: PostgresConnection): Promise<pg.Client> {
  const tls = await tlsOptions(connection)
  const client = new pg.Client(clientConfig(connection, tls))
  try {
    await client.connect()
    return client
  } catch (error) {
    // libpq's prefer and allow fall back to a plain connection when the server has no TLS.
    const fallback = connection.sslMode === 'prefer' || connection.sslMode === 'allow'
    if (!(fallback && error instanceof Error && /does not support SSL/i.test(error.message))) throw error
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
    openLockSession: () =>
      openPgSession({ ...connection, applicationName: `${connection.applicationName} (deploy lock)` })
  })
}
