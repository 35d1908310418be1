import type { PullRequestStatus } from '../gc/plan.js'
import { GitHubApi } from './api.js'
import { GitHubApiError } from './api-errors.js'

export interface PullRequestRepository {
  token: string
  owner: string
  repo: string
}

/**
 * Asks GitHub whether each pull request is open or closed (merged counts as closed). A pull request GitHub will
 * not describe (deleted, transferred, a token without `pull-requests: read`) is `unknown`, with GitHub's answer:
 * garbage collection then falls back to the TTL for its schemas rather than failing the whole run.
 */
export async function pullRequestStates(
  repository: PullRequestRepository,
  numbers: readonly number[],
  env: Record<string, string | undefined> = process.env
): Promise<Map<number, PullRequestStatus>> {
  const api = GitHubApi.forToken(repository.token, env)
  const { owner, repo } = repository
  const states = new Map<number, PullRequestStatus>()
  for (const number of [...new Set(numbers)].sort((a, b) => a - b)) {
    try {
      const { data } = await api.call(
        { description: `read pull request #${number}`, permission: 'pull-requests: read' },
        octokit => octokit.rest.pulls.get({ owner, repo, pull_number: number })
      )
      states.set(number, data.state === 'closed' ? { state: 'closed' } : { state: 'open' })
    } catch (error) {
      // A rejected token is the run's setting to fix, not something to wait out.
      if (!(error instanceof GitHubApiError) || error.status === 401) throw error
      states.set(number, { state: 'unknown', why: error.message })
    }
  }
  return states
}
