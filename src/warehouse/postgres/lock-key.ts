import { createHash } from 'node:crypto'

/**
 * A 64-bit advisory lock key from sha256, so our keys do not collide with other applications' `hashtext()` keys
 * the way a 32-bit hash would.
 */
export function advisoryLockKey(name: string): bigint {
  return createHash('sha256').update(name, 'utf8').digest().readBigInt64BE(0)
}

/** The key of the deploy mutex named `key` in `database`. */
export function deployLockKey(database: string, key: string): bigint {
  return advisoryLockKey(`dbt-slim-ci:${database}:${key}`)
}

/**
 * The key every swap and rollback transaction takes, whatever the deploy lock: it serialises schema renames even
 * when a session lock is unsafe (PgBouncer in transaction mode) or was not taken. It differs from every deploy key.
 */
export function swapLockKey(database: string): bigint {
  return advisoryLockKey(`dbt-slim-ci-swap:${database}`)
}

/** A bigint key as a SQL literal that parses even for the most negative value. */
export function lockKeyLiteral(key: bigint): string {
  return `'${key.toString()}'::bigint`
}

/** How pg_locks shows a bigint advisory key: high and low 32 bits as oids, objsubid 1. */
export function lockKeyInPgLocks(key: bigint): { classid: string; objid: string } {
  const unsigned = BigInt.asUintN(64, key)
  return { classid: (unsigned >> 32n).toString(), objid: (unsigned & 0xffffffffn).toString() }
}
