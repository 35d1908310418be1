import { setTimeout as sleep } from 'node:timers/promises'
import { UserError } from '../../errors.js'
import type {
  CloneResult,
  Container,
  ContainerDeploys,
  DeployLock,
  PreflightFinding,
  Relation,
  RelationKind,
  StatementRecord,
  SwapRecord,
  SwapTarget,
  Warehouse,
  WarehouseCapabilities
} from '../warehouse.js'
import { StatementTimeoutError } from '../warehouse.js'
import type { Row, SnowflakeSession } from './connection.js'
import { SnowflakeStatementError, SnowflakeSwapBookkeepingError } from './errors.js'
import { copiedGrantStatements, shareGrantFindings } from './grants.js'
import { quoteIdentifier, storedName, type SnowflakeQuoting } from './names.js'
import {
  cloneSql,
  containerLabel,
  containerPath,
  createLockSql,
  dropSql,
  renameSql,
  resumeDynamicTableSql,
  showContainerSql,
  showDynamicTablesSql,
  showFutureGrantsSql,
  showGrantsSql,
  showObjectsSql,
  swapSql,
  viewDefinitionsSql,
  type SnowflakeContainer
} from './sql.js'
import { viewReferenceFindings, type SnowflakeSwapNames } from './views.js'
import { markedSchemasOf, markOf, markSql, showSchemasSql } from './ownership-marks.js'
import type { MarkedContainer, OwnershipMark } from '../ownership-mark.js'

export const SNOWFLAKE_CAPABILITIES: WarehouseCapabilities = {
  deployStrategy: 'container',
  zeroCopyClone: true,
  atomicMultiSchemaSwap: false,
  databaseSwap: true,
  advisoryLock: false,
  viewBinding: 'text'
}

export interface SnowflakeWarehouseOptions {
  /** Mutating statements are recorded as skipped and never sent; reads still run. */
  dryRun: boolean
  quoting: SnowflakeQuoting
  /** The profile's database: used for schema-level containers without a database. */
  defaultDatabase: string | null
  /** Where the deploy lock schema lives; it must not be a database the deploy swaps. */
  lockDatabase: string | null
  /** Written into the lock's comment so a waiting deploy can name the holder. */
  holder: string
}

/** Snowflake's object-already-exists error: the lock schema is held. */
const ALREADY_EXISTS = '002002'
const LOCK_PREFIX = 'DBT_SLIM_CI_LOCK__'
/** "Statement reached its statement or warehouse timeout of … second(s) and was canceled." */
const STATEMENT_TIMED_OUT = '000630'

/**
 * The Snowflake side of a blue/green deploy. Every DDL statement auto-commits on Snowflake, so the only
 * statement that changes what production serves is one `SWAP WITH`; see `swap` for the order around it.
 */
export class SnowflakeWarehouse implements Warehouse, ContainerDeploys {
  readonly kind = 'snowflake' as const
  readonly capabilities = SNOWFLAKE_CAPABILITIES
  readonly containerDeploys: ContainerDeploys = this
  readonly statements: StatementRecord[] = []

  constructor(
    private readonly session: SnowflakeSession,
    private readonly options: SnowflakeWarehouseOptions
  ) {}

  quote(identifier: string): string {
    return quoteIdentifier(identifier)
  }

  async containerExists(container: Container): Promise<boolean> {
    return this.exists(this.resolve(container))
  }

  async listRelations(container: Container): Promise<Relation[]> {
    return this.relationsIn(this.resolve(container))
  }

  /**
   * The lock is a schema `DBT_SLIM_CI_LOCK__<KEY>` in the lock database: `CREATE SCHEMA` fails while another
   * deploy holds it. Release drops it; a crashed deploy leaves it behind, and the timeout message says how to
   * clear it.
   */
  async acquireDeployLock(key: string, timeoutMs: number): Promise<DeployLock> {
    const database = this.options.lockDatabase
    if (database === null) {
      throw new UserError(
        'The Snowflake deploy lock needs a database: set `database` in the Snowflake target of profiles.yml.'
      )
    }
    const lock: SnowflakeContainer = {
      level: 'schema',
      database: storedName(database, this.options.quoting.database),
      name: `${LOCK_PREFIX}${key.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`
    }
    const deadline = Date.now() + timeoutMs
    const pollMs = Math.min(5000, Math.max(50, timeoutMs / 20))
    for (;;) {
      try {
        await this.change(createLockSql(lock, `${this.options.holder} since ${new Date().toISOString()}`))
        return { release: () => this.change(dropSql(lock)) }
      } catch (error) {
        if (!(error instanceof SnowflakeStatementError) || error.code !== ALREADY_EXISTS) throw error
      }
      if (Date.now() >= deadline) {
        const holder = (await this.read(showContainerSql(lock))).find(row => row.name === lock.name)?.comment
        throw new UserError(
          `Another deploy holds the Snowflake deploy lock ${containerPath(lock)}${holder ? ` (${String(holder)})` : ''}; gave up after ${Math.round(timeoutMs / 1000)} s. ` +
            `If no deploy is running, the lock is stale: clear it with DROP SCHEMA ${containerPath(lock)};`
        )
      }
      await sleep(pollMs)
    }
  }

  /**
   * `CREATE OR REPLACE … CLONE`: zero-copy, the whole container. Snowflake suspends cloned dynamic tables;
   * those active in the source are resumed in the clone.
   */
  async clone(from: Container, to: Container): Promise<CloneResult> {
    const source = this.resolve(from)
    const target = this.resolve(to)
    if (source.level !== target.level) {
      throw new UserError(`Cannot clone ${source.level} ${containerLabel(source)} into a ${target.level}.`)
    }
    if (containerPath(source) === containerPath(target)) {
      throw new UserError(`Cannot clone ${containerLabel(source)} onto itself.`)
    }
    const relations = await this.relationsIn(source)
    const activeDynamicTables = relations.some(relation => relation.kind === 'dynamic_table')
      ? (await this.read(showDynamicTablesSql(source))).filter(row => row.scheduling_state !== 'SUSPENDED')
      : []
    await this.change(cloneSql(source, target))
    for (const table of activeDynamicTables) {
      const schema = target.level === 'database' ? String(table.schema_name) : target.name
      await this.change(resumeDynamicTableSql(target.database, schema, String(table.name)))
    }
    return {
      method: 'zero-copy',
      cloned: relations.map(relation => ({
        ...relation,
        database: target.database,
        schema: target.level === 'database' ? relation.schema : target.name
      }))
    }
  }

  async copyGrants(from: Container, to: Container): Promise<void> {
    const source = this.resolve(from)
    const target = this.resolve(to)
    const grants = await this.read(showGrantsSql(source))
    const futureGrants = await this.read(showFutureGrantsSql(source))
    for (const sql of copiedGrantStatements(source, target, grants, futureGrants)) await this.change(sql)
  }

  async preflight(targets: SwapTarget[]): Promise<PreflightFinding[]> {
    const findings: PreflightFinding[] = []
    if (targets.length > 1) findings.push(atomicityFinding(targets))
    for (const target of targets) {
      const names = this.resolveTarget(target)
      findings.push(...this.lockPlacementFindings(names))
      findings.push(...(await this.viewFindings(names)))
      const production = this.container(names, names.production)
      if (await this.exists(production)) {
        findings.push(...shareGrantFindings(production, await this.read(showGrantsSql(production))))
      }
    }
    return findings
  }

  private async viewFindings(names: SnowflakeSwapNames): Promise<PreflightFinding[]> {
    const green = this.container(names, names.green)
    if (await this.exists(green))
      return viewReferenceFindings(names, await this.read(viewDefinitionsSql(green)))
    return [
      {
        severity: this.options.dryRun ? 'warning' : 'error',
        code: 'other',
        object: containerLabel(green),
        detail: `The green ${green.level} ${containerLabel(green)} does not exist${this.options.dryRun ? ' (a dry run does not clone it)' : ''}, so its views were not checked.`,
        fix: 'Clone production into green and build it before the swap.'
      }
    ]
  }

  /**
   * One target per swap: the statement order keeps production whole at every point of failure.
   * 1. Preparation (reads only): green must exist; a missing production makes this the first deploy.
   * 2. The switch: `ALTER … production SWAP WITH green` (atomic), or `ALTER … green RENAME TO production` on the
   *    first deploy. It is the only statement that changes production; a failure before or in it leaves
   *    production untouched.
   * 3. Bookkeeping: the old production now carries the green name; `DROP … IF EXISTS previous` then
   *    `ALTER … green RENAME TO previous` keeps it for rollback. A failure here leaves production serving the new
   *    build and raises SnowflakeSwapBookkeepingError with the statements still to run.
   */
  async swap(targets: SwapTarget[]): Promise<SwapRecord> {
    const names = this.resolveTarget(this.single(targets, 'swap'))
    const production = this.container(names, names.production)
    const green = this.container(names, names.green)
    const previous = this.container(names, names.previous)
    if (!this.options.dryRun && !(await this.exists(green))) {
      throw new UserError(
        `The green ${green.level} ${containerLabel(green)} does not exist: nothing to swap into production ${containerLabel(production)}. Production is unchanged.`
      )
    }
    const firstDeploy = !(await this.exists(production))
    const switchSql = firstDeploy ? renameSql(green, production) : swapSql(production, green)
    await this.change(switchSql)
    const statements = [switchSql]
    const record = (): SwapRecord => ({
      targets,
      statements: [...statements],
      completedAt: new Date().toISOString()
    })
    if (firstDeploy) return record()
    const bookkeeping = [dropSql(previous), renameSql(green, previous)]
    for (const [index, sql] of bookkeeping.entries()) {
      try {
        await this.change(sql)
        statements.push(sql)
      } catch (error) {
        throw new SnowflakeSwapBookkeepingError(record(), bookkeeping.slice(index), error as Error)
      }
    }
    return record()
  }

  /**
   * `ALTER … previous SWAP WITH production`: one atomic statement. Afterwards `previous` holds the build that
   * was rolled back, so running it again rolls forward.
   */
  async rollback(targets: SwapTarget[]): Promise<SwapRecord> {
    const names = this.resolveTarget(this.single(targets, 'roll back'))
    const production = this.container(names, names.production)
    const previous = this.container(names, names.previous)
    if (!(await this.exists(previous))) {
      throw new UserError(
        `Cannot roll back ${containerLabel(production)}: the previous production ${containerLabel(previous)} does not exist (a deploy keeps it until the next deploy; it may have been dropped). Production is unchanged.`
      )
    }
    const sql = swapSql(previous, production)
    await this.change(sql)
    return { targets, statements: [sql], completedAt: new Date().toISOString() }
  }

  async drop(container: Container): Promise<void> {
    await this.change(dropSql(this.resolve(container)))
  }

  async markContainer(container: Container, mark: OwnershipMark): Promise<void> {
    for (const sql of markSql(this.resolve(container), mark)) await this.change(sql)
  }

  async listMarkedContainers(database: string | null): Promise<MarkedContainer[]> {
    const stored = this.resolve({ level: 'schema', database, name: '' }).database
    return markedSchemasOf(stored, await this.read(showSchemasSql(stored)))
  }

  async readMark(container: Container): Promise<OwnershipMark | null> {
    const resolved = this.resolve(container)
    return markOf(resolved, await this.read(showContainerSql(resolved)))
  }

  close(): Promise<void> {
    return this.session.close()
  }

  private single(targets: SwapTarget[], action: string): SwapTarget {
    if (targets.length !== 1) {
      throw new UserError(
        `Snowflake can ${action} one schema or database atomically, not ${targets.length}: DDL auto-commits, so several schemas cannot switch together. Deploy at database level, so one ALTER DATABASE … SWAP WITH moves every schema.`
      )
    }
    return targets[0]
  }

  private lockPlacementFindings(names: SnowflakeSwapNames): PreflightFinding[] {
    const lockDatabase = this.options.lockDatabase
    if (names.level !== 'database' || lockDatabase === null) return []
    const stored = storedName(lockDatabase, this.options.quoting.database)
    if (![names.production, names.green, names.previous].includes(stored)) return []
    return [
      {
        severity: 'error',
        code: 'other',
        object: stored,
        detail: `The deploy lock lives in database ${stored}, which this deploy swaps: the lock would move with it.`,
        fix: 'Keep the lock in a database the deploy does not swap (the lock database setting, or the profile database).'
      }
    ]
  }

  /**
   * Under a session STATEMENT_TIMEOUT_IN_SECONDS (whole seconds, at least 1), unset afterwards so later
   * statements of the session are not bound by it.
   */
  async readQuery(sql: string, options: { timeoutMs: number }): Promise<Row[]> {
    const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1000))
    await this.session.query(`ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = ${seconds}`)
    try {
      return await this.session.query(sql)
    } catch (error) {
      if (error instanceof SnowflakeStatementError && error.code === STATEMENT_TIMED_OUT)
        throw new StatementTimeoutError(seconds * 1000)
      throw error
    } finally {
      await this.session.query('ALTER SESSION UNSET STATEMENT_TIMEOUT_IN_SECONDS')
    }
  }

  private async relationsIn(container: SnowflakeContainer): Promise<Relation[]> {
    const rows = await this.read(showObjectsSql(container))
    return rows
      .filter(row => row.schema_name !== 'INFORMATION_SCHEMA')
      .map(row => ({
        database: String(row.database_name),
        schema: String(row.schema_name),
        name: String(row.name),
        kind: relationKind(row),
        bytes: bytesOf(row)
      }))
  }

  private async exists(container: SnowflakeContainer): Promise<boolean> {
    return (await this.read(showContainerSql(container))).some(row => row.name === container.name)
  }

  private resolve(container: Container): SnowflakeContainer {
    const { quoting } = this.options
    if (container.level === 'database') {
      const name = storedName(container.name, quoting.database)
      return { level: 'database', database: name, name }
    }
    const database = container.database ?? this.options.defaultDatabase
    if (database === null) {
      throw new UserError(
        `Schema ${container.name} has no database: set \`database\` in the Snowflake target of profiles.yml.`
      )
    }
    return {
      level: 'schema',
      database: storedName(database, quoting.database),
      name: storedName(container.name, quoting.schema)
    }
  }

  private resolveTarget(target: SwapTarget): SnowflakeSwapNames {
    const resolve = (name: string) => this.resolve({ level: target.level, database: target.database, name })
    const production = resolve(target.production)
    return {
      level: target.level,
      database: production.database,
      production: production.name,
      green: resolve(target.green).name,
      previous: resolve(target.previous).name
    }
  }

  private container(names: SnowflakeSwapNames, name: string): SnowflakeContainer {
    return { level: names.level, database: names.level === 'database' ? name : names.database, name }
  }

  private read(sql: string): Promise<Row[]> {
    return this.run(sql)
  }

  private async change(sql: string): Promise<void> {
    if (this.options.dryRun) {
      this.statements.push({ sql, skipped: true, durationMs: 0 })
      return
    }
    await this.run(sql)
  }

  private async run(sql: string): Promise<Row[]> {
    const started = performance.now()
    try {
      return await this.session.query(sql)
    } finally {
      this.statements.push({ sql, skipped: false, durationMs: Math.round(performance.now() - started) })
    }
  }
}

function atomicityFinding(targets: SwapTarget[]): PreflightFinding {
  return {
    severity: 'error',
    code: 'other',
    object: targets.map(target => target.production).join(', '),
    detail: `Snowflake cannot swap ${targets.length} schemas atomically: every DDL statement commits on its own, so readers could see some schemas new and others old.`,
    fix: 'Deploy at database level: one ALTER DATABASE … SWAP WITH moves every schema of the project at once.'
  }
}

/** SHOW OBJECTS gives a table's storage in `bytes` (null for views): no warehouse has to run for it. */
function bytesOf(row: Row): number | null {
  const bytes = row.bytes === null || row.bytes === undefined || row.bytes === '' ? NaN : Number(row.bytes)
  return Number.isFinite(bytes) ? bytes : null
}

function relationKind(row: Row): RelationKind {
  const kind = String(row.kind).toUpperCase()
  if (kind === 'TABLE') return row.is_dynamic === 'Y' ? 'dynamic_table' : 'table'
  if (kind === 'VIEW') return 'view'
  if (kind.includes('MATERIALIZED')) return 'materialized_view'
  return 'other'
}
