/**
 * Pure SQL generation for the Postgres deploy steps. Every mutating statement the warehouse runs comes from
 * here, so a dry run can print exactly what a real run would execute.
 */
import { UserError } from '../../errors.js'
import { DEPENDENCY_EDGES } from './catalog.js'
import { advisoryLockKey, lockKeyInPgLocks, lockKeyLiteral } from './lock-key.js'
import { qualify, quoteIdent, quoteLiteral } from './quote.js'

export interface TransactionOptions {
  /** `SET LOCAL lock_timeout`: how long any statement may wait for a lock before the whole swap gives up. */
  lockTimeoutMs: number
  /** The `pg_advisory_xact_lock` key that serialises swaps and rollbacks in this database. */
  swapLockKey: bigint
  /** The deploy lock this run holds, checked inside the transaction; null when the run took none. */
  deployLock: HeldDeployLock | null
}

/** A session-level deploy lock as the catalog shows it: its key and the backend that holds it. */
export interface HeldDeployLock {
  key: bigint
  /** `pg_backend_pid()` of the session holding it. */
  pid: number
}

/** The SQLSTATE the deploy-lock guard raises (class DS: dbt-slim-ci's own). */
export const LOST_DEPLOY_LOCK_SQLSTATE = 'DSL01'
/** The SQLSTATE the dependents guard raises: an object outside the schemas to drop depends on them. */
export const EXTERNAL_DEPENDENTS_SQLSTATE = 'DSD01'

/** How long a metadata-only transaction (renames, drops) may run beyond its lock waits before it is stuck. */
const METADATA_GRACE_MS = 120_000

/** A statement with bound parameters (`$1`, …), for values too large or too binary to print inline. */
export interface BoundStatement {
  sql: string
  params: readonly unknown[]
}

export type Statement = string | BoundStatement

export const sqlOf = (statement: Statement): string =>
  typeof statement === 'string' ? statement : statement.sql

/** BEGIN, the timeouts, the swap lock and the deploy-lock guard, `body`, COMMIT: how every swap-like change runs. */
export function transaction<S extends Statement = string>(
  options: TransactionOptions,
  body: readonly S[]
): (S | string)[] {
  return [
    'BEGIN',
    `SET LOCAL lock_timeout = '${checkedTimeout(options.lockTimeoutMs)}ms'`,
    `SET LOCAL statement_timeout = '${options.lockTimeoutMs + METADATA_GRACE_MS}ms'`,
    `SELECT pg_advisory_xact_lock(${lockKeyLiteral(options.swapLockKey)})`,
    ...(options.deployLock ? [deployLockGuard(options.deployLock)] : []),
    ...body,
    'COMMIT'
  ]
}

/**
 * Fails the transaction unless the deploy lock is still held by the session that took it. Checked after the
 * swap lock, inside the transaction: if the lock session was terminated (and another deploy may be running),
 * nothing moves.
 */
export function deployLockGuard(lock: HeldDeployLock): string {
  const { classid, objid } = lockKeyInPgLocks(lock.key)
  if (!Number.isSafeInteger(lock.pid)) throw new Error(`Unexpected backend pid ${lock.pid}`)
  return (
    `DO $guard$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' ` +
    `AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) ` +
    `AND classid = ${classid} AND objid = ${objid} AND objsubid = 1 AND pid = ${lock.pid} AND granted) THEN ` +
    `RAISE EXCEPTION 'dbt-slim-ci: the deploy lock is no longer held by session %', ${lock.pid} ` +
    `USING ERRCODE = '${LOST_DEPLOY_LOCK_SQLSTATE}'; END IF; END $guard$`
  )
}

/** `ARRAY['a','b']::text[]`, for schema names inside a DO block (which takes no parameters). */
function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map(quoteLiteral).join(', ')}]::text[]`
}

/**
 * Inside a transaction that will DROP … CASCADE `schemas`: locks every relation in them (ACCESS EXCLUSIVE, so no
 * view or foreign key in another schema can be created on them until COMMIT), then fails the transaction if an
 * object outside `schemas` already depends on one (CASCADE would silently drop it): the catalog's DEPENDENCY_EDGES.
 */
export function dropGuard(schemas: readonly string[]): string {
  const names = textArray(schemas)
  return `DO $guard$
DECLARE relation regclass; found text;
BEGIN
  FOR relation IN SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = ANY(${names}) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.oid LOOP
    EXECUTE format('LOCK TABLE %s IN ACCESS EXCLUSIVE MODE', relation);
  END LOOP;
  SELECT string_agg(DISTINCT format('%I.%I (%s on %I.%I)', dn.nspname, dc.relname,
                CASE dep.kind WHEN 'rule' THEN 'view' ELSE replace(dep.kind, '_', ' ') END, rn.nspname, rc.relname), '; ')
    INTO found
    ${DEPENDENCY_EDGES}
     AND rn.nspname = ANY(${names}) AND NOT dn.nspname = ANY(${names});
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'objects in other schemas depend on it and DROP SCHEMA ... CASCADE would drop them too: %', found
      USING ERRCODE = '${EXTERNAL_DEPENDENTS_SQLSTATE}';
  END IF;
END $guard$`
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

/** CREATE TABLE … (LIKE … INCLUDING ALL) and the INSERT that fills it: same columns, defaults, constraints, indexes, comments, identity positions, rows. */
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

/**
 * Drops `schema` and its own relations, inside the caller's transaction: the guard first locks them and fails if
 * anything outside depends on them, so CASCADE never takes another schema's object.
 */
export function dropSchemaStatements(schema: string): string[] {
  return [dropGuard([schema]), `DROP SCHEMA ${quoteIdent(schema)} CASCADE`]
}

/** A transaction that drops `schema` (see dropSchemaStatements), waiting at most `lockTimeoutMs` for any lock. */
export function dropSchemaTransaction(schema: string, lockTimeoutMs: number): string[] {
  return [
    'BEGIN',
    `SET LOCAL lock_timeout = '${checkedTimeout(lockTimeoutMs)}ms'`,
    `SET LOCAL statement_timeout = '${lockTimeoutMs + METADATA_GRACE_MS}ms'`,
    ...dropSchemaStatements(schema),
    'COMMIT'
  ]
}

function checkedTimeout(ms: number): number {
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new UserError(`The swap lock timeout must be a whole number of milliseconds, got ${ms}.`)
  }
  return ms
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
