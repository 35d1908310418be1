import { qualified, quoteIdentifier, stringLiteral } from './names.js'

/**
 * A schema or database with stored (case-resolved) names. For `database` level, `database` and `name` are the
 * same: the database itself.
 */
export interface SnowflakeContainer {
  level: 'schema' | 'database'
  database: string
  name: string
}

export function containerPath(container: SnowflakeContainer): string {
  return container.level === 'database'
    ? quoteIdentifier(container.name)
    : qualified(container.database, container.name)
}

/** `DB.SCHEMA` as a person reads it, for messages and findings. */
export function containerLabel(container: SnowflakeContainer): string {
  return container.level === 'database' ? container.name : `${container.database}.${container.name}`
}

function keyword(container: SnowflakeContainer): 'DATABASE' | 'SCHEMA' {
  return container.level === 'database' ? 'DATABASE' : 'SCHEMA'
}

/** Lists at most the container itself; callers keep only the row whose `name` matches exactly. */
export function showContainerSql(container: SnowflakeContainer): string {
  return container.level === 'database'
    ? `SHOW DATABASES LIKE ${stringLiteral(container.name)}`
    : `SHOW SCHEMAS LIKE ${stringLiteral(container.name)} IN DATABASE ${quoteIdentifier(container.database)}`
}

export function showObjectsSql(container: SnowflakeContainer): string {
  return `SHOW OBJECTS IN ${keyword(container)} ${containerPath(container)}`
}

export function showDynamicTablesSql(container: SnowflakeContainer): string {
  return `SHOW DYNAMIC TABLES IN ${keyword(container)} ${containerPath(container)}`
}

export function resumeDynamicTableSql(database: string, schema: string, name: string): string {
  return `ALTER DYNAMIC TABLE ${qualified(database, schema, name)} RESUME`
}

export function cloneSql(from: SnowflakeContainer, to: SnowflakeContainer): string {
  return `CREATE OR REPLACE ${keyword(to)} ${containerPath(to)} CLONE ${containerPath(from)}`
}

export function swapSql(a: SnowflakeContainer, b: SnowflakeContainer): string {
  return `ALTER ${keyword(a)} ${containerPath(a)} SWAP WITH ${containerPath(b)}`
}

export function renameSql(from: SnowflakeContainer, to: SnowflakeContainer): string {
  return `ALTER ${keyword(from)} ${containerPath(from)} RENAME TO ${containerPath(to)}`
}

export function dropSql(container: SnowflakeContainer): string {
  return `DROP ${keyword(container)} IF EXISTS ${containerPath(container)}`
}

export function showGrantsSql(container: SnowflakeContainer): string {
  return `SHOW GRANTS ON ${keyword(container)} ${containerPath(container)}`
}

export function showFutureGrantsSql(container: SnowflakeContainer): string {
  return `SHOW FUTURE GRANTS IN ${keyword(container)} ${containerPath(container)}`
}

/** The views of a green container with their stored text (INFORMATION_SCHEMA lists only one database). */
export function viewDefinitionsSql(container: SnowflakeContainer): string {
  const from = `SELECT table_schema, table_name, view_definition FROM ${quoteIdentifier(container.database)}.INFORMATION_SCHEMA.VIEWS`
  return container.level === 'database'
    ? `${from} WHERE table_schema <> 'INFORMATION_SCHEMA'`
    : `${from} WHERE table_schema = ${stringLiteral(container.name)}`
}

/** `CREATE SCHEMA` (without OR REPLACE or IF NOT EXISTS) fails when the schema exists: that is the mutex. */
export function createLockSql(lock: SnowflakeContainer, holder: string): string {
  return `CREATE SCHEMA ${containerPath(lock)} COMMENT = ${stringLiteral(holder)}`
}
