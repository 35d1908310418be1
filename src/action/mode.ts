import type { Mode, ModeInput } from '../config/settings.js'
import type { GitHubEvent } from './event.js'

export interface ModeDecision {
  mode: Mode | 'skip'
  reason: string
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])
const DEPLOY_EVENTS = new Set(['push', 'workflow_dispatch', 'schedule'])

/** Chooses what to do from the event when the `mode` input is `auto`, and says why. */
export function decideMode(input: ModeInput, event: GitHubEvent): ModeDecision {
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
    if (event.name === 'push' && event.defaultBranch && branch !== event.defaultBranch) {
      return {
        mode: 'skip',
        reason: `a push to \`${branch}\`, not to the default branch \`${event.defaultBranch}\`: nothing to deploy`
      }
    }
    return {
      mode: 'deploy',
      reason: `a ${event.name.replace('_', ' ')} on \`${branch ?? 'the default branch'}\``
    }
  }
  return { mode: 'skip', reason: `the \`${event.name}\` event has no automatic mode: set the \`mode\` input` }
}
