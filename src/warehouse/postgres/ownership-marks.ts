import {
  MARK_PREFIX,
  parseMark,
  formatMark,
  type MarkedContainer,
  type OwnershipMark
} from '../ownership-mark.js'
import { quoteIdent, quoteLiteral } from './quote.js'
import type { SqlClient } from './sql-client.js'

/** Creates the schema when missing (dbt's own `create schema if not exists` then finds it) and marks it. */
export function markSchemaStatements(schema: string, mark: OwnershipMark): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`,
    `COMMENT ON SCHEMA ${quoteIdent(schema)} IS ${quoteLiteral(formatMark(mark))}`
  ]
}

/** Schemas of the connected database whose comment is an ownership mark (optionally only these names). */
export async function markedSchemas(
  client: SqlClient,
  database: string,
  names: readonly string[] | null = null
): Promise<MarkedContainer[]> {
  const rows = await client.query<{ nspname: string; description: string }>(
    `SELECT n.nspname, d.description
       FROM pg_namespace n
       JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
      WHERE starts_with(d.description, $1) AND ($2::text[] IS NULL OR n.nspname = ANY($2::text[]))
      ORDER BY n.nspname`,
    [MARK_PREFIX, names]
  )
  return rows.flatMap(row => {
    const mark = parseMark(row.description)
    return mark ? [{ container: { level: 'schema' as const, database, name: row.nspname }, mark }] : []
  })
}
