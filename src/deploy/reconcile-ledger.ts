import type { Environment, ResolvedState } from '../environment.js'
import { UserError } from '../errors.js'
import type { LedgerEntry } from '../warehouse/ledger.js'
import type { RelationDeploys } from '../warehouse/warehouse.js'
import { checkLedger, type LedgerVerdict } from './ledger-check.js'
import { ledgerManifestOf, republishFromLedger } from './publish.js'

/** How many ledger entries the state is compared with: a state further behind is treated as foreign. */
const LEDGER_HISTORY = 10

/** What a deploy or rollback starts from once the ledger and the published state were compared. */
export interface ReconciledState {
  /** The production state to act on: the published one, or the ledger's when it was republished. */
  state: ResolvedState
  /** The newest ledger entries of the deployment, newest first. */
  entries: LedgerEntry[]
  /** How the published state related to the ledger before anything was republished. */
  verdict: LedgerVerdict
}

/**
 * Compares the ledger with the published state before anything changes: a state left behind by a swap whose
 * publish failed is republished (and becomes the run's production state, except in a dry run); a foreign one
 * stops the run.
 */
export async function reconcileLedger(
  env: Environment,
  deploys: RelationDeploys,
  deployment: string,
  state: ResolvedState,
  warehouse: string
): Promise<ReconciledState> {
  const entries = await deploys.ledger(deployment, LEDGER_HISTORY)
  const sha256 = state.manifest ? (await ledgerManifestOf(state.manifest.path)).sha256 : null
  const verdict = checkLedger(entries, sha256)
  if (verdict.kind === 'foreign') throw new UserError(verdict.message, { hint: verdict.hint })
  if (verdict.kind === 'agree') return { state, entries, verdict }
  if (env.settings.dryRun) {
    env.log.info(`${verdict.reason}. Dry run: not republishing it.`)
    return { state, entries, verdict }
  }
  const republished = await republishFromLedger(env, state, verdict.entry, verdict.reason, warehouse)
  return { state: republished, entries, verdict }
}
