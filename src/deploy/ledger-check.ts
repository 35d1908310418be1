import type { LedgerEntry } from '../warehouse/ledger.js'

/** How published production state relates to what the deploy ledger says production holds. */
export type LedgerVerdict =
  /** They agree, or there is no ledger yet (a first deploy, or state from before the ledger). */
  | { kind: 'agree' }
  /** The state is behind the ledger (a swap committed but its state was never published): publish the ledger's. */
  | { kind: 'behind'; entry: LedgerEntry; reason: string }
  /** The state is one no deploy in the ledger produced: refuse rather than guess. */
  | { kind: 'foreign'; entry: LedgerEntry; message: string; hint: string }

/** How the ledger names an entry in messages. */
export function describeEntry(entry: LedgerEntry): string {
  const commit = entry.commitSha ? `commit ${entry.commitSha.slice(0, 12)}` : 'an unknown commit'
  const run = entry.runId === null ? '' : `, run ${entry.runId}`
  return `the ${entry.kind} #${entry.id} of ${commit}${run} at ${entry.recordedAt}`
}

/**
 * Compares the published state (by the sha256 of its manifest.json; null when none is published) with the
 * newest ledger entries. A state that matches an older entry, or no state at all, is behind: the swap of the
 * newest entry committed and its publish failed or the state expired. Anything else was not published by a deploy
 * the ledger knows (tampered, or published by another tool), and only a person can say which is right.
 */
export function checkLedger(entries: readonly LedgerEntry[], stateSha256: string | null): LedgerVerdict {
  const [latest] = entries
  if (!latest || latest.manifest.sha256 === stateSha256) return { kind: 'agree' }
  if (stateSha256 === null) {
    return {
      kind: 'behind',
      entry: latest,
      reason: `No production state is published, but the deploy ledger records ${describeEntry(latest)}`
    }
  }
  const older = entries.slice(1).find(entry => entry.manifest.sha256 === stateSha256)
  if (older || latest.previousManifest?.sha256 === stateSha256) {
    return {
      kind: 'behind',
      entry: latest,
      reason: `The published production state is older than what production holds: the deploy ledger records ${describeEntry(latest)}, whose state was never published`
    }
  }
  return {
    kind: 'foreign',
    entry: latest,
    message:
      `The published production state (manifest sha256 ${stateSha256.slice(0, 12)}…) is not one the deploy ledger knows: ` +
      `production holds ${describeEntry(latest)} (manifest sha256 ${latest.manifest.sha256.slice(0, 12)}…). ` +
      'Deploying or rolling back on it could move the wrong relations, so nothing was changed.',
    hint:
      'Production is what the ledger (dbt_slim_ci.deploy_ledger) records. Remove the foreign state (empty the state ' +
      'folder, or delete the state artifact that is not from a dbt-slim-ci deploy): the next run republishes the ' +
      "ledger's state and carries on from there."
  }
}

/**
 * The commit a rollback puts back in production: that of the newest older entry that swapped in what the newest
 * entry's previous schemas hold. Null when the ledger no longer reaches back that far: unknown, rather than the
 * rolled-back commit.
 */
export function previousCommitOf(entries: readonly LedgerEntry[]): string | null {
  const [latest, ...older] = entries
  const sha256 = latest?.previousManifest?.sha256
  return older.find(entry => entry.manifest.sha256 === sha256)?.commitSha ?? null
}
