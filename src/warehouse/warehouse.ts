import type { Cancellation } from '../flow/cancellation.js'
import type { LedgerEntry, LedgerHeader, LedgerMove, NewLedgerEntry } from './ledger.js'
import type { MarkedContainer, OwnershipMark } from './ownership-mark.js'

/**
 * What a deploy needs from a warehouse. Postgres and Snowflake implement it; BigQuery, Databricks and Redshift
 * can come later by declaring what they can do in `capabilities` (the deploy planner reads them).
 */

/** A schema, or on Snowflake possibly a whole database, that a swap exchanges as a unit. */
export interface Container {
  level: 'schema' | 'database'
  /** The database the schema lives in (null for `database` level, or the connection's default database). */
  database: string | null
  name: string
}

/**
 * One production container and its counterparts. After a swap, `production` holds what was built in `green`,
 * and `previous` holds what was production (kept for a one-step rollback).
 */
export interface SwapTarget {
  level: 'schema' | 'database'
  database: string | null
  production: string
  green: string
  previous: string
}

export interface WarehouseCapabilities {
  /**
   * How a deploy reaches production. `container`: clone the whole production container into green (zero-copy),
   * build there and swap containers (Snowflake). `relation`: green holds only the relations the deploy rebuilds,
   * and the swap moves those relations one by one, in one transaction (Postgres; see `relationDeploys`).
   */
  deployStrategy: 'container' | 'relation'
  /** Tables copy without copying data (Snowflake CLONE); otherwise clone means a physical copy. */
  zeroCopyClone: boolean
  /** Any number of schemas swap in one transaction (Postgres renames). */
  atomicMultiSchemaSwap: boolean
  /** A whole database swaps in one statement (Snowflake `ALTER DATABASE … SWAP WITH`). */
  databaseSwap: boolean
  /** A server-side mutex exists (Postgres advisory locks); otherwise a lock object is used. */
  advisoryLock: boolean
  /** How stored views refer to what they read: by object id (Postgres) or by name in their text (Snowflake). */
  viewBinding: 'object-id' | 'text'
}

export type RelationKind = 'table' | 'view' | 'materialized_view' | 'dynamic_table' | 'other'

export interface Relation {
  database: string | null
  schema: string
  name: string
  kind: RelationKind
  /** Storage of a table, in bytes, when the catalog listing says (Snowflake's SHOW OBJECTS). */
  bytes?: number | null
}

/** A problem found before a swap that would leave readers on old data or break production. */
export interface PreflightFinding {
  severity: 'error' | 'warning'
  code:
    | 'external_view_dependency'
    | 'external_foreign_key'
    | 'fully_qualified_view_reference'
    | 'missing_privilege'
    | 'other'
  /** The object at fault, e.g. `reporting.v_orders`. */
  object: string
  detail: string
  /** What the user should change. */
  fix: string
}

/**
 * Every statement run against the warehouse, in order, for logs, reports and dry runs. Read-only catalog
 * queries may be left out (Postgres records only the statements that change something, and the lock calls).
 */
export interface StatementRecord {
  sql: string
  /** True when dry-run printed it instead of running it. */
  skipped: boolean
  durationMs: number
}

export interface SwapRecord {
  targets: SwapTarget[]
  statements: string[]
  completedAt: string
}

export interface DeployLock {
  release(): Promise<void>
}

/** How a deploy waits for the lock another deploy holds. */
export interface LockWaitOptions {
  /** Called every few seconds while waiting, with who holds the lock and how long this run has waited. */
  onWaiting?: (message: string) => void
  /** Stops waiting (throws the cancellation) when the run is cancelled. */
  cancellation?: Cancellation
}

export interface CloneOptions {
  /** Relations of `from` to copy; all relations when absent. Views are left to dbt to rebuild on copy-only warehouses. */
  relations?: string[]
}

export interface CloneResult {
  /** `zero-copy` clone of the whole container, or `copy` of individual tables. */
  method: 'zero-copy' | 'copy'
  cloned: Relation[]
  /** Relations of `from` that were asked for (or found) but not copied, and why (e.g. views dbt rebuilds). */
  skipped?: SkippedRelation[]
}

export interface SkippedRelation {
  relation: Relation
  reason: string
}

/**
 * Container-level blue/green deploys (the `container` strategy): green is a clone of each production container,
 * and the swap exchanges whole containers.
 */
export interface ContainerDeploys {
  listRelations(container: Container): Promise<Relation[]>
  /** Makes `to` a copy of `from` (dropping a stale `to` first). */
  clone(from: Container, to: Container, options?: CloneOptions): Promise<CloneResult>
  /** Re-applies the container-level grants and default privileges of `from` to `to`. */
  copyGrants(from: Container, to: Container): Promise<void>
  preflight(targets: SwapTarget[]): Promise<PreflightFinding[]>
  /** Swaps every target atomically: either all of them change or none does. */
  swap(targets: SwapTarget[]): Promise<SwapRecord>
  /** Swaps `previous` back into `production` atomically; refuses when a `previous` is missing. */
  rollback(targets: SwapTarget[]): Promise<SwapRecord>
}

/** A relation by schema and name, in the connection's database. */
export interface RelationName {
  schema: string
  name: string
}

/** A relation that exists, with its kind. */
export interface CatalogEntry extends RelationName {
  kind: RelationKind
}

/** One relation a relation-level swap moves: its production place, its green twin and where its predecessor goes. */
export interface RelationMove {
  /** The dbt node it belongs to (a deleted node for a dropped relation). */
  uniqueId: string
  production: RelationName
  /** Null for a relation that only leaves production (a deleted node's, with `deleted-relations: drop`). */
  green: RelationName | null
  /** Where the production relation is kept for rollback: `<schema>__previous`, same name. */
  previous: RelationName
}

/** A production table copied into green before the build, so the build continues its history. */
export interface RelationCopy {
  uniqueId: string
  from: RelationName
  to: RelationName
}

/** What a relation-level deploy does in the warehouse, planned by src/deploy/relation-plan.ts. */
export interface RelationSwapPlan {
  /** The production target schema: whose ledger the swap writes. */
  deployment: string
  /** Production schemas with their green and previous schemas (one per production schema the deploy touches). */
  targets: SwapTarget[]
  moves: RelationMove[]
}

export interface RelationSwapRecord extends SwapRecord {
  /** What the ledger recorded: each relation and which side now holds a version of it. */
  moves: LedgerMove[]
}

/**
 * Relation-level blue/green deploys (the `relation` strategy): green holds only what the deploy rebuilds, the swap
 * moves each rebuilt relation out of production into `<schema>__previous` and its green twin in, and a ledger in
 * the warehouse records what production and previous hold.
 */
export interface RelationDeploys {
  /** The relations that exist in these schemas. */
  relationsIn(schemas: readonly string[]): Promise<CatalogEntry[]>
  /** `pg_total_relation_size` of each relation, in bytes, keyed `schema.name`; missing relations are left out. */
  relationSizes(relations: readonly RelationName[]): Promise<Map<string, number>>
  /**
   * Creates each green schema with production's default privileges (so what dbt creates there gets what it would
   * get in production) and copies `copies` from production into green, in one transaction.
   */
  prepareGreen(targets: readonly SwapTarget[], copies: readonly RelationCopy[]): Promise<void>
  preflight(plan: RelationSwapPlan): Promise<PreflightFinding[]>
  /**
   * One transaction: empties the previous schemas, moves each production relation into previous and its green twin
   * into production, gives each new relation its predecessor's grants, and appends `entry` to the ledger.
   */
  swap(plan: RelationSwapPlan, entry: LedgerHeader): Promise<RelationSwapRecord>
  /**
   * One transaction: exchanges production and previous for every relation of `last`, after checking the catalog
   * still holds what `last` says, and appends `entry`.
   */
  rollback(last: LedgerEntry, entry: LedgerHeader): Promise<RelationSwapRecord>
  /** Appends `entry` to the ledger on its own (a deploy with nothing to swap). */
  record(entry: NewLedgerEntry): Promise<void>
  /** The newest ledger entries of `deployment`, newest first. */
  ledger(deployment: string, limit: number): Promise<LedgerEntry[]>
  /**
   * Drops schemas of the deploy's own (green after a swap or failure, previous with `keep-previous: false`) in one
   * transaction that first checks nothing outside them depends on them. Returns those that existed.
   */
  dropSchemas(schemas: readonly string[], what: string): Promise<string[]>
}

export interface Warehouse {
  readonly kind: 'postgres' | 'snowflake'
  readonly capabilities: WarehouseCapabilities
  readonly statements: readonly StatementRecord[]
  /** Present when `capabilities.deployStrategy` is `container`. */
  readonly containerDeploys?: ContainerDeploys
  /** Present when `capabilities.deployStrategy` is `relation`. */
  readonly relationDeploys?: RelationDeploys
  /** Quotes one identifier so it can neither inject SQL nor resolve to another object. */
  quote(identifier: string): string
  containerExists(container: Container): Promise<boolean>
  /** Waits up to `timeoutMs` for the deploy mutex named `key`, then fails with a message naming the holder if known. */
  acquireDeployLock(key: string, timeoutMs: number, options?: LockWaitOptions): Promise<DeployLock>
  /**
   * Drops the container and what it holds. Objects elsewhere that depend on it make it refuse, except those in
   * `alongWith`: containers this same run drops too (a dry run cannot drop them first).
   */
  drop(container: Container, alongWith?: readonly Container[]): Promise<void>
  /** Creates the container when missing and writes `mark` as its comment (see ownership-mark.ts). */
  markContainer(container: Container, mark: OwnershipMark): Promise<void>
  /** Every schema of `database` (null: the connection's default) whose comment is an ownership mark. */
  listMarkedContainers(database: string | null): Promise<MarkedContainer[]>
  /** The ownership mark of one container; null when it has none or does not exist. */
  readMark(container: Container): Promise<OwnershipMark | null>
  /**
   * Runs one read-only query (the data diff) and returns its rows, keyed by lower-case column name. The warehouse
   * cancels it after `timeoutMs` and it rejects with a `StatementTimeoutError`. Not recorded in `statements`.
   */
  readQuery(sql: string, options: { timeoutMs: number }): Promise<Record<string, unknown>[]>
  close(): Promise<void>
}

/** A read-only query the warehouse cancelled at its statement timeout. */
export class StatementTimeoutError extends Error {
  override name = 'StatementTimeoutError'
  constructor(readonly timeoutMs: number) {
    super(`The query was cancelled at its time limit of ${Math.round(timeoutMs / 100) / 10} s.`)
  }
}
