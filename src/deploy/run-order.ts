import { UserError } from '../errors.js'
import type { StateProvenance } from '../report/types.js'

/**
 * Run ids only grow, and a re-run keeps its id: a deploy run older than the one that produced production state
 * is a re-run of an old deploy, which would swap older code into production and publish a state older than
 * production. Throws a `UserError` saying what to do instead.
 */
export function assertNotOlderThanProduction(runId: number | null, state: StateProvenance): void {
  if (runId === null || state.runId === null || runId >= state.runId) return
  throw new UserError(
    `This deploy run (${runId}) is older than run ${state.runId}, which produced the production state: running it ` +
      'again would swap older code into production and publish a state older than production. Production was ' +
      'not touched. Re-run the newest deploy run instead, or run the deploy workflow with `mode: rollback` to undo ' +
      'the last deploy.'
  )
}
