/** The deploy ledger on Postgres: a table of dbt-slim-ci's own schema, written inside each swap transaction. */
import { gunzipSync, gzipSync } from 'node:zlib'
import {
  LEDGER_SCHEMA,
  LEDGER_TABLE,
  type LedgerEntry,
  type LedgerMove,
  type NewLedgerEntry
} from '../ledger.js'
import { qualify, quoteIdent } from './quote.js'
import type { SqlClient } from './sql-client.js'
import type { BoundStatement } from './statements.js'

const TABLE = qualify(LEDGER_SCHEMA, LEDGER_TABLE)
/** Entries kept per deployment: enough history to explain the last few deploys, bounded storage. */
const KEPT = 20

/** Creates the ledger on first use; inside the swap transaction, whose advisory lock serialises creators. */
export function ledgerSetupStatements(): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(LEDGER_SCHEMA)}`,
    `CREATE TABLE IF NOT EXISTS ${TABLE} (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  deployment text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('deploy', 'rollback', 'refresh')),
  manifest_sha256 text NOT NULL,
  manifest_gz bytea NOT NULL,
  previous_manifest_sha256 text,
  previous_manifest_gz bytea,
  commit_sha text,
  run_id bigint,
  run_url text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  moves jsonb NOT NULL
)`
  ]
}

/** Appends `entry` and forgets all but the newest entries of its deployment. */
export function ledgerWriteStatements(entry: NewLedgerEntry): BoundStatement[] {
  return [
    {
      sql:
        `INSERT INTO ${TABLE} (deployment, kind, manifest_sha256, manifest_gz, previous_manifest_sha256, ` +
        'previous_manifest_gz, commit_sha, run_id, run_url, moves) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)',
      params: [
        entry.deployment,
        entry.kind,
        entry.manifest.sha256,
        gzipSync(entry.manifest.content),
        entry.previousManifest?.sha256 ?? null,
        entry.previousManifest ? gzipSync(entry.previousManifest.content) : null,
        entry.commitSha,
        entry.runId,
        entry.runUrl,
        JSON.stringify(entry.moves)
      ]
    },
    {
      sql: `DELETE FROM ${TABLE} WHERE deployment = $1 AND id NOT IN (SELECT id FROM ${TABLE} WHERE deployment = $1 ORDER BY id DESC LIMIT ${KEPT})`,
      params: [entry.deployment]
    }
  ]
}

interface LedgerRow {
  id: string | number
  deployment: string
  kind: LedgerEntry['kind']
  manifest_sha256: string
  manifest_gz: Uint8Array
  previous_manifest_sha256: string | null
  previous_manifest_gz: Uint8Array | null
  commit_sha: string | null
  run_id: string | number | null
  run_url: string | null
  recorded_at: string | Date
  moves: LedgerMove[] | string
}

/** The newest entries of `deployment`, newest first; none when the ledger does not exist yet. */
export async function readLedger(
  client: SqlClient,
  deployment: string,
  limit: number
): Promise<LedgerEntry[]> {
  const [exists] = await client.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [
    TABLE
  ])
  if (!exists.found) return []
  const rows = await client.query<LedgerRow>(
    `SELECT * FROM ${TABLE} WHERE deployment = $1 ORDER BY id DESC LIMIT ${Math.max(1, Math.floor(limit))}`,
    [deployment]
  )
  return rows.map(row => ({
    id: Number(row.id),
    deployment: row.deployment,
    kind: row.kind,
    manifest: { sha256: row.manifest_sha256, content: gunzipSync(Buffer.from(row.manifest_gz)) },
    previousManifest:
      row.previous_manifest_sha256 !== null && row.previous_manifest_gz !== null
        ? { sha256: row.previous_manifest_sha256, content: gunzipSync(Buffer.from(row.previous_manifest_gz)) }
        : null,
    commitSha: row.commit_sha,
    runId: row.run_id === null ? null : Number(row.run_id),
    runUrl: row.run_url,
    recordedAt: new Date(row.recorded_at).toISOString(),
    moves: typeof row.moves === 'string' ? (JSON.parse(row.moves) as LedgerMove[]) : row.moves
  }))
}
