import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Environment, ResolvedState } from '../environment.js'
import { UserError } from '../errors.js'
import { loadManifest } from '../manifest/load.js'
import type { JsonObject } from '../manifest/types.js'
import type { StateRecord } from '../production-state/state-record.js'
import type { LedgerEntry, LedgerManifest } from '../warehouse/ledger.js'

/** A manifest.json as the ledger records it: sha256 of its bytes, and the bytes. */
export async function ledgerManifestOf(file: string): Promise<LedgerManifest> {
  const content = await readFile(file)
  return { sha256: createHash('sha256').update(content).digest('hex'), content }
}

export interface DeployPublication {
  manifestPath: string
  runResultsPath: string | null
  /** sources.json of the deploy's `dbt source freshness`; null when it ran none. */
  sourcesPath?: string | null
  previousManifestPath: string | null
  /** Who produced what production now holds. */
  producer: Pick<StateRecord, 'commitSha' | 'runId' | 'runUrl'>
  dbtVersion: string | null
  schemas: string[]
  details: JsonObject
}

/** This run as the producer of what production now holds. */
export function producerOf(env: Environment): DeployPublication['producer'] {
  return { commitSha: env.run.commitSha, runId: env.run.runId, runUrl: env.run.runUrl }
}

/** Publishes production state; a failure says the swap already happened, so a retry must not swap again. */
export async function publishDeployState(env: Environment, publication: DeployPublication): Promise<string> {
  try {
    return await env.publishState({
      manifestPath: publication.manifestPath,
      runResultsPath: publication.runResultsPath,
      sourcesPath: publication.sourcesPath ?? null,
      previousManifestPath: publication.previousManifestPath,
      record: {
        ...publication.producer,
        producedAt: env.now().toISOString(),
        dbtVersion: publication.dbtVersion,
        schemas: publication.schemas,
        details: publication.details
      }
    })
  } catch (error) {
    throw new UserError(
      `Deployed, state not yet published: production now serves the new version (recorded in the deploy ledger), but publishing its production state failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
        hint: 'Re-run the deploy: it finds the swap in the deploy ledger and publishes the state without swapping again.'
      }
    )
  }
}

/** Writes a ledger entry's manifests into `dir` (manifest.json, previous-manifest.json); returns their paths. */
export async function writeLedgerManifests(
  dir: string,
  entry: Pick<LedgerEntry, 'manifest' | 'previousManifest'>
): Promise<{ manifestPath: string; previousManifestPath: string | null }> {
  await mkdir(dir, { recursive: true })
  const manifestPath = path.join(dir, 'manifest.json')
  await writeFile(manifestPath, entry.manifest.content)
  if (!entry.previousManifest) return { manifestPath, previousManifestPath: null }
  const previousManifestPath = path.join(dir, 'previous-manifest.json')
  await writeFile(previousManifestPath, entry.previousManifest.content)
  return { manifestPath, previousManifestPath }
}

/**
 * Publishes what the ledger says production holds, for a state that fell behind, and returns it as this run's
 * production state (the folder it was written from), with the reason among its warnings.
 */
export async function republishFromLedger(
  env: Environment,
  state: ResolvedState,
  entry: LedgerEntry,
  reason: string,
  warehouse: string
): Promise<ResolvedState> {
  const dir = path.join(env.workDir, 'ledger-state')
  const { manifestPath, previousManifestPath } = await writeLedgerManifests(dir, entry)
  const manifest = await loadManifest(manifestPath)
  const schemas = [...new Set(entry.moves.map(move => move.production.schema))].sort()
  const location = await publishDeployState(env, {
    manifestPath,
    runResultsPath: null,
    previousManifestPath,
    producer: { commitSha: entry.commitSha, runId: entry.runId, runUrl: entry.runUrl },
    dbtVersion: manifest.metadata.dbtVersion,
    schemas,
    details: { kind: entry.kind, warehouse, strategy: 'relation', ledgerEntry: entry.id }
  })
  env.log.info(`${reason}. Republished that state to ${location}.`)
  return {
    dir,
    manifest,
    record: null,
    previousManifestPath,
    provenance: {
      ...state.provenance,
      commitSha: entry.commitSha,
      runId: entry.runId,
      runUrl: entry.runUrl,
      producedAt: entry.recordedAt,
      dbtVersion: manifest.metadata.dbtVersion,
      warnings: [
        ...state.provenance.warnings,
        { code: 'other', message: `${reason}; it was republished from the deploy ledger.` }
      ]
    }
  }
}
