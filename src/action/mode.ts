import type { Mode, ModeInput } from '../config/settings.js'
import type { GitHubEvent } from './event.js'

export interface ModeDecision {
  mode: Mode | 'skip'
  reason: string
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])
const DEPLOY_EVENTS = new Set(['push', 'workflow_dispatch', 'schedule'])

/**
 * Chooses what to do from the event when the `mode` input is `auto`, and says why. Pushes deploy only on the
 * state branch (`state-branch`, default the repository's default branch).
 */
export function decideMode(
  input: ModeInput,
  event: GitHubEvent,
  stateBranch: string | null = null
): ModeDecision {
  if (input !== 'auto') return { mode: input, reason: `the \`mode\` input is \`${input}\`` }
  if (PR_EVENTS.has(event.name)) {
    if (event.action === 'closed') {
      return { mode: 'cleanup', reason: `pull request #${event.pullRequest?.number} was closed` }
    }
    return {
      mode: 'defer',
      reason: `pull request #${event.pullRequest?.number} was ${event.action ?? 'updated'}`
    }
  }
  if (event.name === 'merge_group')
    return { mode: 'defer', reason: 'a merge-queue check runs on the merge group' }
  if (event.name === 'workflow_run')
    return { mode: 'comment', reason: 'a workflow_run event posts the stored report' }
  if (DEPLOY_EVENTS.has(event.name)) {
    const branch = event.ref?.replace(/^refs\/heads\//, '') ?? null
    const deployBranch = stateBranch ?? event.defaultBranch
    if (event.name === 'push' && deployBranch && branch !== deployBranch) {
      const which = stateBranch ? 'the state branch' : 'the default branch'
      return {
        mode: 'skip',
        reason: `a push to \`${branch}\`, not to ${which} \`${deployBranch}\`: nothing to deploy`
      }
    }
    return {
      mode: 'deploy',
      reason: `a ${event.name.replace('_', ' ')} on \`${branch ?? 'the default branch'}\``
    }
  }
  return { mode: 'skip', reason: `the \`${event.name}\` event has no automatic mode: set the \`mode\` input` }
}

/**
 * A deploy or rollback swaps production and publishes the state pull requests look for on the state branch; from
 * any other ref (a manual dispatch on a feature branch, a tag) PRs would never find that state. Null when it may
 * run.
 */
export function deployRefusal(
  mode: Mode,
  event: GitHubEvent,
  stateBranch: string | null,
  anyBranchAllowed: boolean
): string | null {
  if (mode !== 'deploy' && mode !== 'rollback') return null
  const branch = stateBranch ?? event.defaultBranch
  if (anyBranchAllowed || event.ref === null || branch === null || event.ref === `refs/heads/${branch}`)
    return null
  return (
    `Refusing to ${mode} from \`${event.ref}\`: deploys and rollbacks run on the state branch \`${branch}\` ` +
    `(${stateBranch === null ? "the repository's default branch" : 'the `state-branch` input'}), where pull requests ` +
    'look for production state. Run the workflow on that branch, or set the `deploy-any-branch` input to `true` to ' +
    `${mode} from this ref anyway.`
  )
}
