import {
  httpFailureOf,
  isTransient,
  rateLimitExhausted,
  rateLimitWaitMs,
  toGitHubApiError
} from './api-errors.js'
import type { GitHubOperation } from './api-errors.js'
import { systemClock } from './clock.js'
import type { Clock } from './clock.js'
import { apiBaseUrl, createOctokit, type Octokit } from './octokit.js'

/** Bounds on retrying: rate limits are waited out only when the wait fits in the budget. */
export interface RetryPolicy {
  maxAttempts: number
  /** Total time spent waiting across all retries of one request. */
  maxTotalWaitMs: number
  /** First backoff for network and server errors; doubles on each attempt. */
  transientBackoffMs: number
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  maxTotalWaitMs: 5 * 60_000,
  transientBackoffMs: 1000
}

/**
 * Runs GitHub requests with bounded retries (rate limits, network and server errors) and turns every final
 * failure into a `GitHubApiError` that names the permission or input to fix.
 */
export class GitHubApi {
  constructor(
    readonly octokit: Octokit,
    readonly apiUrl: string,
    private readonly clock: Clock = systemClock,
    private readonly policy: RetryPolicy = defaultRetryPolicy
  ) {}

  /** The API the runner points at (`GITHUB_API_URL`), with `token`. */
  static forToken(
    token: string,
    env: Record<string, string | undefined> = process.env,
    clock: Clock = systemClock
  ): GitHubApi {
    return new GitHubApi(createOctokit(token, env), apiBaseUrl(env), clock)
  }

  /** Errors other than GitHub's HTTP answers (and network failures reaching it) pass through untouched. */
  async call<T>(operation: GitHubOperation, request: (octokit: Octokit) => Promise<T>): Promise<T> {
    let waited = 0
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(this.octokit)
      } catch (error) {
        const failure = httpFailureOf(error)
        if (failure === null) throw error
        const lastAttempt = attempt >= this.policy.maxAttempts
        const rateLimitWait = rateLimitWaitMs(failure, this.clock.now())
        if (rateLimitWait !== undefined) {
          if (lastAttempt || waited + rateLimitWait > this.policy.maxTotalWaitMs) {
            throw rateLimitExhausted(failure, operation, rateLimitWait, this.clock.now())
          }
          waited += rateLimitWait
          await this.clock.sleep(rateLimitWait)
          continue
        }
        const backoff = this.policy.transientBackoffMs * 2 ** (attempt - 1)
        if (!isTransient(failure) || lastAttempt || waited + backoff > this.policy.maxTotalWaitMs) {
          throw toGitHubApiError(failure, operation, this.apiUrl)
        }
        waited += backoff
        await this.clock.sleep(backoff)
      }
    }
  }

  /** Pages of a paginated list, each fetched with `call`'s retries; a failed page is asked for again. */
  async *pages<T>(operation: GitHubOperation, list: AsyncIterable<{ data: T[] }>): AsyncGenerator<T[]> {
    const iterator = list[Symbol.asyncIterator]()
    for (;;) {
      const page = await this.call(operation, () => iterator.next())
      if (page.done) return
      yield page.value.data
    }
  }
}
