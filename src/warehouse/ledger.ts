import type { RelationName } from './warehouse.js'

/**
 * The deploy ledger: one row per swap, rollback or state refresh, written in the same transaction as the change
 * it records, so it always says what production and the previous production hold. Published state can lag
 * behind it (a crash between COMMIT and publishing); the ledger never does.
 */
export type LedgerKind = 'deploy' | 'rollback' | 'refresh'

/** A manifest.json as the ledger keeps it: its sha256 (of the published file's bytes) and the file itself. */
export interface LedgerManifest {
  sha256: string
  /** The manifest.json bytes, so a state that was never published can be published from the ledger. */
  content: Buffer
}

/** One relation a ledger entry changed, and which side holds a version of it afterwards. */
export interface LedgerMove {
  uniqueId: string
  production: RelationName
  previous: RelationName
  /** Production holds this change's version (false: the change removed it from production). */
  inProduction: boolean
  /** The previous schema holds the version production had before (false: there was none). */
  inPrevious: boolean
}

/** What a swap, rollback or refresh records besides the relations, which the warehouse reads off its catalog. */
export interface LedgerHeader {
  /** The production target schema: the ledger keeps one history per deployment. */
  deployment: string
  kind: LedgerKind
  /** What production holds after this entry. */
  manifest: LedgerManifest
  /** What the previous schemas hold after this entry; null when there is nothing to roll back to. */
  previousManifest: LedgerManifest | null
  commitSha: string | null
  runId: number | null
  runUrl: string | null
}

export interface NewLedgerEntry extends LedgerHeader {
  /** The relations production and previous exchanged (for a refresh, those of the entry it refreshes). */
  moves: LedgerMove[]
}

export interface LedgerEntry extends NewLedgerEntry {
  id: number
  recordedAt: string
}

/** The ledger's schema and table: dbt-slim-ci's own, created on first use. */
export const LEDGER_SCHEMA = 'dbt_slim_ci'
export const LEDGER_TABLE = 'deploy_ledger'
