/**
 * The one thing the Postgres warehouse needs from a connection, so the same code runs over a `pg.Client`
 * (a real server) and over PGlite (embedded).
 */
export interface SqlClient {
  /** Runs one statement; `params` bind to `$1`, `$2`, …. Rejects with the server's error (its `code` is the SQLSTATE). */
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[]
  ): Promise<Row[]>
  close(): Promise<void>
}
