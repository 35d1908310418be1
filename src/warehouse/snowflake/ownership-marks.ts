import { formatMark, parseMark, type MarkedContainer, type OwnershipMark } from '../ownership-mark.js'
import type { Row } from './connection.js'
import { quoteIdentifier, stringLiteral } from './names.js'
import { containerPath, type SnowflakeContainer } from './sql.js'

/** Creates the container when missing (dbt's `create schema if not exists` then finds it) and marks it. */
export function markSql(container: SnowflakeContainer, mark: OwnershipMark): string[] {
  const keyword = container.level === 'database' ? 'DATABASE' : 'SCHEMA'
  return [
    `CREATE ${keyword} IF NOT EXISTS ${containerPath(container)}`,
    `COMMENT ON ${keyword} ${containerPath(container)} IS ${stringLiteral(formatMark(mark))}`
  ]
}

export function showSchemasSql(database: string): string {
  return `SHOW SCHEMAS IN DATABASE ${quoteIdentifier(database)}`
}

/** The marked schemas among the rows of `SHOW SCHEMAS IN DATABASE`. */
export function markedSchemasOf(database: string, rows: readonly Row[]): MarkedContainer[] {
  return rows.flatMap(row => {
    const mark = parseMark(typeof row.comment === 'string' ? row.comment : null)
    if (!mark) return []
    return [{ container: { level: 'schema' as const, database, name: String(row.name) }, mark }]
  })
}

/** The mark among the rows of a `SHOW … LIKE` for exactly this container. */
export function markOf(container: SnowflakeContainer, rows: readonly Row[]): OwnershipMark | null {
  const row = rows.find(candidate => candidate.name === container.name)
  return parseMark(typeof row?.comment === 'string' ? row.comment : null)
}
