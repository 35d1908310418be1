import * as core from '@actions/core'
import { Cancellation } from '../flow/cancellation.js'
import { readGitHubEvent } from './event.js'
import { getSettings } from './inputs.js'
import { decideMode, deployRefusal } from './mode.js'
import { UserError } from '../errors.js'

/**
 * The action: parse inputs, decide the mode, run it; every error ends here as one failed step. A cancelled job
 * (SIGINT, then SIGTERM) stops dbt, releases the deploy lock and still writes the report, which says so.
 */
export async function run(cancellation: Cancellation = new Cancellation()): Promise<void> {
  try {
    const settings = getSettings()
    const event = readGitHubEvent()
    const decision = decideMode(settings.mode, event, settings.state.branch)
    core.info(`dbt-slim-ci: mode ${decision.mode}, because ${decision.reason}.`)
    core.setOutput('mode', decision.mode)
    const refusal =
      decision.mode === 'skip'
        ? null
        : deployRefusal(decision.mode, event, settings.state.branch, settings.deployAnyBranch)
    if (refusal) throw new UserError(refusal)
    if (decision.mode === 'skip') {
      core.setOutput('status', 'skipped')
      await core.summary.addRaw(`dbt-slim-ci skipped: ${decision.reason}.\n`).write()
      return
    }
    const { runMode } = await import('./run-mode.js')
    const outcome = await runMode(decision.mode, settings, event, cancellation)
    if (outcome.failure) core.setFailed(outcome.failure)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
