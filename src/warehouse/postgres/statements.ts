/**
 * Pure SQL generation for the Postgres deploy steps. Every mutating statement the warehouse runs comes from
 * here, so a dry run can print exactly what a real run would execute.
 */
import { UserError } from '../../errors.js'
import { advisoryLockKey, lockKeyLiteral } from './lock-key.js'
import { qualify, quoteIdent, quoteLiteral } from './quote.js'

export interface TransactionOptions {
  /** `SET LOCAL lock_timeout`: how long any statement may wait for a lock before the whole swap gives up. */
  lockTimeoutMs: number
  /** The `pg_advisory_xact_lock` key that serialises swaps and rollbacks in this database. */
  swapLockKey: bigint
}

/** A statement with bound parameters (`$1`, …), for values too large or too binary to print inline. */
export interface BoundStatement {
  sql: string
  params: readonly unknown[]
}

export type Statement = string | BoundStatement

export const sqlOf = (statement: Statement): string =>
  typeof statement === 'string' ? statement : statement.sql

/** BEGIN, the swap's lock timeout and transaction-level swap lock, `body`, COMMIT: how every swap-like change runs. */
export function transaction<S extends Statement = string>(
  options: TransactionOptions,
  body: readonly S[]
): (S | string)[] {
  if (!Number.isSafeInteger(options.lockTimeoutMs) || options.lockTimeoutMs < 0) {
    throw new UserError(
      `The swap lock timeout must be a whole number of milliseconds, got ${options.lockTimeoutMs}.`
    )
  }
  return [
    'BEGIN',
    `SET LOCAL lock_timeout = '${options.lockTimeoutMs}ms'`,
    `SELECT pg_advisory_xact_lock(${lockKeyLiteral(options.swapLockKey)})`,
    ...body,
    'COMMIT'
  ]
}

export function renameSchema(from: string, to: string): string {
  return `ALTER SCHEMA ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`
}

/** The short temporary name a rollback parks production under while previous moves in. */
export function rollbackTemporaryName(production: string): string {
  return `dbt_slim_ci_rollback_${advisoryLockKey(production).toString(16).replace('-', 'n')}`
}

/** A table to copy, with the columns an INSERT may write (generated columns are computed again). */
export interface TableToCopy {
  name: string
  insertableColumns: string[]
  /** Identity columns and their sequences in the source: the copy's own sequences must continue from there. */
  identityColumns: Array<{ column: string; sequenceSchema: string; sequenceName: string }>
  /** dbt's `unlogged` config; LIKE would otherwise make a logged table. */
  unlogged: boolean
  /** The table's own comment (dbt persist_docs); LIKE … INCLUDING ALL copies only column and index comments. */
  comment: string | null
}

export function copyTableStatements(from: string, to: string, table: TableToCopy): string[] {
  const source = qualify(from, table.name)
  const copy = qualify(to, table.name)
  const columns = table.insertableColumns.map(quoteIdent).join(', ')
  const overriding = table.identityColumns.length > 0 ? ' OVERRIDING SYSTEM VALUE' : ''
  return [
    `CREATE ${table.unlogged ? 'UNLOGGED ' : ''}TABLE ${copy} (LIKE ${source} INCLUDING ALL)`,
    ...(columns === ''
      ? []
      : [`INSERT INTO ${copy} (${columns})${overriding} SELECT ${columns} FROM ${source}`]),
    ...table.identityColumns.map(
      identity =>
        `SELECT setval(pg_get_serial_sequence(${quoteLiteral(copy)}, ${quoteLiteral(identity.column)}), ` +
        `source.last_value, source.is_called) FROM ${qualify(identity.sequenceSchema, identity.sequenceName)} AS source`
    ),
    ...(table.comment === null ? [] : [`COMMENT ON TABLE ${copy} IS ${quoteLiteral(table.comment)}`])
  ]
}

/** CASCADE drops the schema's own relations; callers check first that nothing outside it depends on them. */
export function dropSchemaStatement(schema: string): string {
  return `DROP SCHEMA ${quoteIdent(schema)} CASCADE`
}

/** One entry of an ACL (`aclexplode`): `grantee` null means PUBLIC. */
export interface AclEntry {
  grantee: string | null
  privilege: string
  grantable: boolean
}

/** `pg_default_acl.defaclobjtype` values that can be set per schema. */
export type DefaultAclObjectType = 'r' | 'S' | 'f' | 'T'

/** The grants of one container that a copy should carry over, read from the catalog. */
export interface GrantFacts {
  schemaAcl: AclEntry[]
  /** Owner of the receiving schema: its privileges are implicit and are not granted again. */
  targetSchemaOwner: string
  defaultAcls: Array<{ role: string; objectType: DefaultAclObjectType; entries: AclEntry[] }>
  /** Relations present under the same name on both sides, with the source's ACL. */
  relationAcls: Array<{ name: string; isSequence: boolean; targetOwner: string; entries: AclEntry[] }>
}

const DEFAULT_ACL_OBJECTS: Record<DefaultAclObjectType, string> = {
  r: 'TABLES',
  S: 'SEQUENCES',
  f: 'FUNCTIONS',
  T: 'TYPES'
}

function privilegeKeyword(privilege: string): string {
  if (!/^[A-Z]+( [A-Z]+)*$/.test(privilege))
    throw new Error(`Unexpected privilege name from the catalog: ${privilege}`)
  return privilege
}

/** Groups entries by grantee and grant option, so each becomes one GRANT on `on`. */
export function grants(on: string, entries: readonly AclEntry[], skipGrantee: string | null): string[] {
  const groups = new Map<string, { grantee: string | null; grantable: boolean; privileges: string[] }>()
  for (const entry of entries) {
    if (entry.grantee !== null && entry.grantee === skipGrantee) continue
    const key = JSON.stringify([entry.grantee, entry.grantable])
    const group = groups.get(key) ?? { grantee: entry.grantee, grantable: entry.grantable, privileges: [] }
    group.privileges.push(privilegeKeyword(entry.privilege))
    groups.set(key, group)
  }
  return [...groups.values()].map(group => {
    const grantee = group.grantee === null ? 'PUBLIC' : quoteIdent(group.grantee)
    return `GRANT ${group.privileges.join(', ')} ON ${on} TO ${grantee}${group.grantable ? ' WITH GRANT OPTION' : ''}`
  })
}

/**
 * GRANTs that give `to` the schema privileges, per-schema default privileges and relation privileges `from` has,
 * so what dbt creates in green gets what production's default privileges would give it. Additive only:
 * privileges `to` already has are kept. The caller runs them inside its own transaction.
 */
export function copyGrantStatements(to: string, facts: GrantFacts): string[] {
  const schema = grants(`SCHEMA ${quoteIdent(to)}`, facts.schemaAcl, facts.targetSchemaOwner)
  const defaults = facts.defaultAcls.flatMap(acl =>
    grants(DEFAULT_ACL_OBJECTS[acl.objectType], acl.entries, null).map(
      grant =>
        `ALTER DEFAULT PRIVILEGES FOR ROLE ${quoteIdent(acl.role)} IN SCHEMA ${quoteIdent(to)} ${grant}`
    )
  )
  const relations = facts.relationAcls.flatMap(acl =>
    grants(`${acl.isSequence ? 'SEQUENCE' : 'TABLE'} ${qualify(to, acl.name)}`, acl.entries, acl.targetOwner)
  )
  return [...schema, ...defaults, ...relations]
}
