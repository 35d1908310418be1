/**
 * How names from a dbt manifest or profile become Snowflake identifiers.
 *
 * Snowflake stores an unquoted identifier upper-cased (`analytics` names ANALYTICS) and a quoted one exactly as
 * written. dbt-snowflake quotes nothing by default (`quoting: false` for database, schema and identifier), so
 * the manifest's `analytics` is the object ANALYTICS. Every identifier this adapter sends is quoted, so the SQL
 * can neither be injected into nor resolve to another object; the name inside the quotes is:
 * - with quoting off (the default): the upper-cased name when it is a plain identifier, which is exactly what
 *   dbt's unquoted SQL resolved to; any other name (spaces, quotes, semicolons) could only have been created
 *   quoted, so it is kept exactly as given;
 * - with quoting on (`quoting: {database: true}` / `{schema: true}` in dbt_project.yml): the name as given.
 */

export interface SnowflakeQuoting {
  database: boolean
  schema: boolean
}

export const DBT_SNOWFLAKE_DEFAULT_QUOTING: SnowflakeQuoting = { database: false, schema: false }

const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$]*$/

/** The stored name Snowflake gives `name` when dbt renders it quoted (`quoted`) or unquoted. */
export function storedName(name: string, quoted: boolean): string {
  return !quoted && PLAIN_IDENTIFIER.test(name) ? name.toUpperCase() : name
}

/** One quoted identifier: `"` doubled, never upper-cased or trimmed. */
export function quoteIdentifier(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`
}

/** A single-quoted string literal; Snowflake also treats backslash as an escape character in literals. */
export function stringLiteral(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`
}

/** A dotted path of quoted identifiers, e.g. `"DB"."SCHEMA"`. */
export function qualified(...parts: string[]): string {
  return parts.map(quoteIdentifier).join('.')
}
