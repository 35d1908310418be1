import { PostgresWarehouse, type PostgresWarehouseOptions } from './postgres/postgres-warehouse.js'
import type { SqlClient } from './postgres/sql-client.js'

/** The part of a PGlite instance the warehouse uses. */
export interface PGliteLike {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>
  close(): Promise<void>
}

export function pgliteSqlClient(db: PGliteLike): SqlClient {
  return {
    async query<Row extends object>(sql: string, params?: readonly unknown[]) {
      return (await db.query<Row>(sql, params === undefined ? undefined : [...params])).rows
    },
    close: () => db.close()
  }
}

export interface PgliteWarehouseOptions extends Omit<PostgresWarehouseOptions, 'openLockSession'> {
  /** A directory to keep the database in between runs; in memory when absent. */
  dataDir?: string
}

/**
 * An embedded Postgres (PGlite, WASM) warehouse for the demo and tests: no server needed. PGlite has one session,
 * so it holds the deploy lock itself and cannot show lock waits between deploys. The package is loaded only here
 * (the bundle keeps it external) because it is large and slow to start.
 */
export async function createPgliteWarehouse(
  options: PgliteWarehouseOptions = {}
): Promise<PostgresWarehouse> {
  const { PGlite } = await import('@electric-sql/pglite')
  const { dataDir, ...warehouseOptions } = options
  const db = await PGlite.create(dataDir)
  return new PostgresWarehouse(pgliteSqlClient(db), warehouseOptions)
}
