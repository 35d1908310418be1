import type { PGlite } from '@electric-sql/pglite'
import { pgliteSqlClient } from '../warehouse/pglite.js'
import { PostgresWarehouse } from '../warehouse/postgres/postgres-warehouse.js'
import type { SqlClient } from '../warehouse/postgres/sql-client.js'

/** PGlite's one database, and the name dbt's profile must use (DBT_PG_DBNAME). */
export const EMBEDDED_DATABASE = 'postgres'

/** An in-memory Postgres (PGlite) that real dbt reaches over a local socket and our warehouse reaches directly. */
export interface EmbeddedPostgres {
  host: string
  port: number
  /** The connection settings the example profile reads (DBT_PG_HOST, DBT_PG_PORT, …). */
  dbtEnv: Record<string, string>
  query<Row extends object>(sql: string, params?: readonly unknown[]): Promise<Row[]>
  /** A warehouse on the same database; closing it leaves the database running. */
  warehouse(): PostgresWarehouse
  stop(): Promise<void>
}

/**
 * Starts PGlite and a Postgres wire-protocol socket on 127.0.0.1 (an ephemeral port when `port` is 0).
 *
 * PGlite is one backend session: the socket server queues every client's queries onto it, so connections
 * interleave inside one session. That is safe only when one client works at a time, hence dbt runs with
 * `--threads 1` and the demo never overlaps dbt with its own statements. Our warehouse does not connect over the
 * socket: it queries the same PGlite instance directly, with no dedicated lock session (the deploy lock is a
 * session-level advisory lock, held by the one session there is), and its `close` leaves the instance open.
 */
export async function startEmbeddedPostgres(port = 0): Promise<EmbeddedPostgres> {
  const { PGlite: PGliteClass } = await import('@electric-sql/pglite')
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket')
  const db: PGlite = await PGliteClass.create()
  const host = '127.0.0.1'
  // dbt opens a connection per thread plus one for the run; they take turns on the query queue.
  const server = new PGLiteSocketServer({ db, host, port, maxConnections: 16 })
  await server.start()
  const chosenPort = Number(server.getServerConn().split(':').pop())
  const client = pgliteSqlClient(db)
  const shared: SqlClient = { query: client.query, close: async () => undefined }
  return {
    host,
    port: chosenPort,
    dbtEnv: {
      DBT_PG_HOST: host,
      DBT_PG_PORT: String(chosenPort),
      DBT_PG_USER: 'postgres',
      DBT_PG_PASSWORD: '',
      DBT_PG_DBNAME: EMBEDDED_DATABASE
    },
    query: client.query,
    warehouse: () => new PostgresWarehouse(shared),
    async stop() {
      await server.stop()
      await db.close()
    }
  }
}
