import { setTimeout as sleep } from 'node:timers/promises'
import { UserError } from '../../errors.js'
import type {
  Container,
  DeployLock,
  LockWaitOptions,
  PreflightFinding,
  StatementRecord,
  Warehouse,
  WarehouseCapabilities
} from '../warehouse.js'
import { StatementTimeoutError } from '../warehouse.js'
import {
  advisoryLockHolders,
  currentDatabase,
  dependentsOutside,
  existingSchemas,
  type CatalogDependent,
  type LockHolder
} from './catalog.js'
import { DeployLockTimeoutError, StatementError, sqlStateOf } from './errors.js'
import { deployLockKey, lockKeyInPgLocks, lockKeyLiteral, swapLockKey } from './lock-key.js'
import { quoteIdent } from './quote.js'
import type { SqlClient } from './sql-client.js'
import { PostgresRelationDeploys } from './relation-deploys.js'
import {
  dropSchemaTransaction,
  EXTERNAL_DEPENDENTS_SQLSTATE,
  LOST_DEPLOY_LOCK_SQLSTATE,
  sqlOf,
  type HeldDeployLock,
  type Statement,
  type TransactionOptions
} from './statements.js'
import { checkContainer } from './targets.js'
import { markedSchemas, markSchemaStatements } from './ownership-marks.js'
import type { MarkedContainer, OwnershipMark } from '../ownership-mark.js'

export const POSTGRES_CAPABILITIES: WarehouseCapabilities = {
  deployStrategy: 'relation',
  zeroCopyClone: false,
  atomicMultiSchemaSwap: true,
  databaseSwap: false,
  advisoryLock: true,
  viewBinding: 'object-id'
}

export interface PostgresWarehouseOptions {
  /** Record mutating statements (and the deploy lock) as skipped instead of running them; catalog reads still run. */
  dryRun?: boolean
  /** `lock_timeout` of the swap and rollback transactions. Default 10 s. */
  swapLockTimeoutMs?: number
  /** Severity of preflight findings about objects that would keep reading the previous data. Default `error`. */
  dependencySeverity?: PreflightFinding['severity']
  /**
   * Opens the dedicated session that holds the deploy lock for the whole deploy (a session-level advisory lock
   * belongs to one connection). Without it the main session holds it, which is right for single-connection PGlite.
   */
  openLockSession?: () => Promise<SqlClient>
  /** How often a waiting deploy retries the lock. Default 1 s. */
  lockPollIntervalMs?: number
  /** How often a waiting deploy says it is still waiting, and for whom. Default 5 s. */
  lockWaitReportMs?: number
}

/**
 * Postgres for dbt-slim-ci: the deploy lock, schema marks and drops, and relation-level deploys
 * (`relationDeploys`). `statements` records the mutating statements and lock calls, not the catalog reads.
 */
export class PostgresWarehouse implements Warehouse {
  readonly kind = 'postgres'
  readonly capabilities = POSTGRES_CAPABILITIES
  private readonly recorded: StatementRecord[] = []
  private readonly dryRun: boolean
  private readonly swapLockTimeoutMs: number
  private readonly dependencySeverity: PreflightFinding['severity']
  private readonly lockPollIntervalMs: number
  private databaseName: string | undefined
  /** Dedicated deploy-lock sessions still open, closed with the warehouse if their lock was never released. */
  private readonly lockSessions = new Set<SqlClient>()
  /** The deploy lock this warehouse holds now, and the session holding it: every swap checks it is still held. */
  private heldLock: (HeldDeployLock & { session: SqlClient; name: string }) | null = null
  readonly relationDeploys: PostgresRelationDeploys

  constructor(
    /** The connection every statement runs on; exposed so a demo or test can seed data through it. */
    readonly session: SqlClient,
    private readonly options: PostgresWarehouseOptions = {}
  ) {
    this.dryRun = options.dryRun ?? false
    this.swapLockTimeoutMs = options.swapLockTimeoutMs ?? 10_000
    this.dependencySeverity = options.dependencySeverity ?? 'error'
    this.lockPollIntervalMs = options.lockPollIntervalMs ?? 1000
    this.relationDeploys = new PostgresRelationDeploys({
      session,
      dryRun: this.dryRun,
      dependencySeverity: this.dependencySeverity,
      database: () => this.database(),
      transactionOptions: async () => this.transactionOptions(await this.database()),
      checkDeployLockHeld: operation => this.checkDeployLockHeld(operation),
      run: (operation, statements) => this.run(operation, statements)
    })
  }

  get statements(): readonly StatementRecord[] {
    return this.recorded
  }

  quote(identifier: string): string {
    return quoteIdent(identifier)
  }

  async containerExists(container: Container): Promise<boolean> {
    checkContainer(container, await this.database())
    return (await existingSchemas(this.session, [container.name])).has(container.name)
  }

  async acquireDeployLock(
    key: string,
    timeoutMs: number,
    options: LockWaitOptions = {}
  ): Promise<DeployLock> {
    const database = await this.database()
    const lockKey = deployLockKey(database, key)
    const tryLock = `SELECT pg_try_advisory_lock(${lockKeyLiteral(lockKey)}) AS acquired`
    const unlock = `SELECT pg_advisory_unlock(${lockKeyLiteral(lockKey)})`
    if (this.dryRun) {
      this.record(tryLock, true, 0)
      return { release: async () => this.record(unlock, true, 0) }
    }
    const dedicated = this.options.openLockSession !== undefined
    const session = dedicated ? await this.options.openLockSession!() : this.session
    if (dedicated) this.lockSessions.add(session)
    const closeDedicated = async () => {
      if (!dedicated) return
      this.lockSessions.delete(session)
      await session.close()
    }
    try {
      await this.pollForLock(session, tryLock, timeoutMs, options, {
        waiting: async waitedMs => {
          const holders = await advisoryLockHolders(session, lockKey)
          return lockWaitMessage(key, database, waitedMs, timeoutMs, holders)
        },
        timedOut: async () => {
          const holders = await advisoryLockHolders(session, lockKey)
          return new DeployLockTimeoutError(lockTimeoutMessage(key, database, timeoutMs, holders))
        }
      })
      const [{ pid }] = await session.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
      this.heldLock = { key: lockKey, pid, session, name: key }
    } catch (error) {
      await closeDedicated()
      throw error
    }
    let released = false
    return {
      release: async () => {
        // Closing the warehouse already ended a dedicated session, and its lock with it.
        if (released || (dedicated && !this.lockSessions.has(session))) return
        released = true
        if (this.heldLock?.session === session) this.heldLock = null
        const started = Date.now()
        try {
          await session.query(unlock)
          this.record(unlock, false, Date.now() - started)
        } catch {
          // The session is gone (terminated, disconnected), and the server ended its lock with it.
        } finally {
          await closeDedicated()
        }
      }
    }
  }

  /**
   * Retries `tryLock` until it succeeds or `timeoutMs` has passed, then throws what `timedOut` builds; says every
   * few seconds who it is waiting for, and stops waiting when the run is cancelled.
   */
  private async pollForLock(
    session: SqlClient,
    tryLock: string,
    timeoutMs: number,
    options: LockWaitOptions,
    messages: { waiting: (waitedMs: number) => Promise<string>; timedOut: () => Promise<Error> }
  ): Promise<void> {
    const start = Date.now()
    const deadline = start + timeoutMs
    let nextReport = start + (this.options.lockWaitReportMs ?? 5000)
    for (;;) {
      const started = Date.now()
      const [row] = await session.query<{ acquired: boolean }>(tryLock)
      if (row.acquired) {
        this.record(tryLock, false, Date.now() - started)
        return
      }
      if (Date.now() >= deadline) throw await messages.timedOut()
      options.cancellation?.throwIfRequested()
      if (options.onWaiting && Date.now() >= nextReport) {
        options.onWaiting(await messages.waiting(Date.now() - start))
        nextReport = Date.now() + (this.options.lockWaitReportMs ?? 5000)
      }
      await sleep(Math.min(this.lockPollIntervalMs, Math.max(0, deadline - Date.now())))
    }
  }

  /**
   * Fails with what to do unless the deploy lock taken by this warehouse is still held by its session (the
   * session answers, and the catalog shows it holding the lock). The swap transaction checks again inside.
   */
  private async checkDeployLockHeld(operation: string): Promise<void> {
    const held = this.heldLock
    if (held === null || this.dryRun) return
    const { classid, objid } = lockKeyInPgLocks(held.key)
    const rows = await held.session
      .query(
        `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::oid AND objid = $2::oid ` +
          'AND objsubid = 1 AND pid = pg_backend_pid() AND granted',
        [classid, objid]
      )
      .catch(() => [])
    if (rows.length === 0) throw lostLockError(operation, held.name, held.pid)
  }

  async drop(container: Container, alongWith: readonly Container[] = []): Promise<void> {
    checkContainer(container, await this.database())
    if (!(await existingSchemas(this.session, [container.name])).has(container.name)) return
    await this.refuseExternalDependents(
      'drop',
      [container.name],
      alongWith.map(other => other.name)
    )
    await this.run('drop', dropSchemaTransaction(container.name, this.swapLockTimeoutMs))
  }

  async markContainer(container: Container, mark: OwnershipMark): Promise<void> {
    checkContainer(container, await this.database())
    await this.run('mark', markSchemaStatements(container.name, mark))
  }

  async listMarkedContainers(database: string | null): Promise<MarkedContainer[]> {
    checkContainer({ level: 'schema', database, name: 'marks' }, await this.database())
    return markedSchemas(this.session, await this.database())
  }

  async readMark(container: Container): Promise<OwnershipMark | null> {
    checkContainer(container, await this.database())
    const [found] = await markedSchemas(this.session, await this.database(), [container.name])
    return found?.mark ?? null
  }

  /** In a READ ONLY transaction with a local statement_timeout: the query can change nothing, and stops in time. */
  async readQuery(sql: string, options: { timeoutMs: number }): Promise<Record<string, unknown>[]> {
    const timeoutMs = Math.max(1, Math.ceil(options.timeoutMs))
    await this.session.query('BEGIN READ ONLY')
    try {
      await this.session.query(`SET LOCAL statement_timeout = ${timeoutMs}`)
      const rows = await this.session.query(sql)
      await this.session.query('COMMIT')
      return rows
    } catch (error) {
      await this.session.query('ROLLBACK').catch(() => undefined)
      // 57014 query_canceled: what statement_timeout raises.
      if (sqlStateOf(error) === '57014') throw new StatementTimeoutError(timeoutMs)
      throw error
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.lockSessions].map(session => session.close()))
    this.lockSessions.clear()
    await this.session.close()
  }

  private async database(): Promise<string> {
    this.databaseName ??= await currentDatabase(this.session)
    return this.databaseName
  }

  private transactionOptions(database: string): TransactionOptions {
    const held = this.heldLock
    return {
      lockTimeoutMs: this.swapLockTimeoutMs,
      swapLockKey: swapLockKey(database),
      deployLock: held && { key: held.key, pid: held.pid }
    }
  }

  /** DROP SCHEMA … CASCADE would silently take objects in other schemas with it: refuse and name them. */
  private async refuseExternalDependents(
    operation: string,
    schemas: readonly string[],
    alsoGoing: readonly string[] = []
  ): Promise<void> {
    const dependents = await dependentsOutside(this.session, schemas, [...schemas, ...alsoGoing])
    if (dependents.length === 0) return
    throw new UserError(
      `Refusing to ${operation} ${schemas.map(schema => `"${schema}"`).join(', ')}: objects in other schemas depend on ` +
        `it and DROP SCHEMA … CASCADE would drop them too: ${dependents.map(describeDependent).join('; ')}. ` +
        'Drop or repoint those objects first.'
    )
  }

  /** Runs statements in order; a failure inside BEGIN … COMMIT rolls the transaction back and names the statement. */
  private async run(operation: string, statements: readonly Statement[]): Promise<void> {
    let inTransaction = false
    for (const statement of statements) {
      const sql = sqlOf(statement)
      if (this.dryRun) {
        this.record(sql, true, 0)
        continue
      }
      const started = Date.now()
      try {
        await this.session.query(sql, typeof statement === 'string' ? undefined : statement.params)
      } catch (error) {
        if (sql === 'COMMIT' && connectionLost(sqlStateOf(error))) {
          throw new UserError(
            `The ${operation} lost its connection while committing, so it may or may not have been applied: ` +
              `${error instanceof Error ? error.message : String(error)}. Check the schemas before retrying.`,
            { cause: error }
          )
        }
        if (inTransaction) await this.rollbackQuietly()
        throw (
          guardError(operation, sqlStateOf(error), error, this.heldLock) ??
          new StatementError(operation, sql, sqlStateOf(error), error)
        )
      }
      this.record(sql, false, Date.now() - started)
      if (sql === 'BEGIN') inTransaction = true
      if (sql === 'COMMIT') inTransaction = false
    }
  }

  /** The server rolls back on its own when the connection is gone, so a failed ROLLBACK changes nothing. */
  private async rollbackQuietly(): Promise<void> {
    const started = Date.now()
    try {
      await this.session.query('ROLLBACK')
      this.record('ROLLBACK', false, Date.now() - started)
    } catch {
      return
    }
  }

  private record(sql: string, skipped: boolean, durationMs: number): void {
    this.recorded.push({ sql, skipped, durationMs })
  }
}

/** A guard statement's failure, in words: the lock was lost, or an object outside depends on what is dropped. */
function guardError(
  operation: string,
  sqlState: string | undefined,
  error: unknown,
  held: { name: string; pid: number } | null
): UserError | null {
  const message = error instanceof Error ? error.message : String(error)
  if (sqlState === LOST_DEPLOY_LOCK_SQLSTATE)
    return lostLockError(operation, held?.name ?? 'deploy', held?.pid ?? 0)
  if (sqlState === EXTERNAL_DEPENDENTS_SQLSTATE) {
    return new UserError(
      `Refusing to ${operation}: ${message}. Nothing was changed. Drop or repoint those objects first.`,
      { cause: error }
    )
  }
  return null
}

function lostLockError(operation: string, name: string, pid: number): UserError {
  return new UserError(
    `The deploy lock "${name}" was lost before the ${operation}: its session (pid ${pid}) ended, terminated or ` +
      'disconnected, so another deploy may have started. Nothing was moved. Re-run the deploy once no other ' +
      'deploy is running.'
  )
}

function describeDependent(dependent: CatalogDependent): string {
  return `${dependent.schema}.${dependent.name} (${dependent.dependency.replace('_', ' ')} on ${dependent.referencedSchema}.${dependent.referencedName})`
}

function lockWaitMessage(
  key: string,
  database: string,
  waitedMs: number,
  timeoutMs: number,
  holders: LockHolder[]
): string {
  const holder =
    holders.length === 0
      ? 'held by a session not visible to this role'
      : holders
          .map(h => `held by pid ${h.pid}${h.applicationName ? ` ("${h.applicationName}")` : ''}`)
          .join('; ')
  return `Waiting for the deploy lock "${key}" on database "${database}" (${holder}): ${Math.round(waitedMs / 1000)} s of ${Math.round(timeoutMs / 1000)} s.`
}

function lockTimeoutMessage(key: string, database: string, timeoutMs: number, holders: LockHolder[]): string {
  const holder =
    holders.length === 0
      ? 'the holding session is not visible to this role'
      : holders
          .map(
            h =>
              `held by pid ${h.pid}` +
              (h.applicationName ? `, application_name "${h.applicationName}"` : '') +
              (h.clientAddress ? `, client ${h.clientAddress}` : '') +
              (h.since ? `, connected since ${h.since}` : '')
          )
          .join('; ')
  const advice =
    holders.length === 0
      ? 'Wait for that deploy to finish, or raise the lock timeout.'
      : `Wait for that deploy to finish, or raise the lock timeout; if no deploy is running, end the session with SELECT pg_terminate_backend(${holders[0].pid}).`
  return `Another deploy holds the deploy lock "${key}" on database "${database}" (${holder}); waited ${timeoutMs} ms. ${advice}`
}

/**
 * A COMMIT that fails because the session went away (no answer, or the server's own termination notice, class
 * 57 operator intervention or 08 connection exception) has an unknown outcome, unlike a COMMIT the server refused.
 */
function connectionLost(sqlState: string | undefined): boolean {
  return sqlState === undefined || sqlState.startsWith('57') || sqlState.startsWith('08')
}
