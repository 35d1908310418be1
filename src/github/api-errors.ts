import { UserError } from '../errors.js'

/** What a GitHub request was for, so that a failure can name the permission or input to fix. */
export interface GitHubOperation {
  /** Plain words, e.g. "list successful runs of workflow `deploy.yml` on `main`". */
  description: string
  /** The job permission the request needs, e.g. `actions: read`. */
  permission: string
  /** What to check when GitHub answers 404, e.g. "check the `state-workflow` input". */
  notFoundHint?: string
}

/** A GitHub request that failed for good: the message says what to fix; `status` is null for network failures. */
export class GitHubApiError extends UserError {
  override name = 'GitHubApiError'
  constructor(
    message: string,
    readonly status: number | null,
    readonly githubMessage: string,
    /** GitHub's rate limit, not a missing permission, refused the request. */
    readonly rateLimited = false
  ) {
    super(message)
  }
}

/** The parts of an Octokit `RequestError` (or a network error) this module reads. */
export interface HttpFailure {
  /** null when no HTTP response arrived (connection refused, DNS, TLS, reset). */
  status: number | null
  message: string
  headers: Record<string, string | undefined>
}

/** The HTTP side of an Octokit `RequestError`; null for any other error, which is not GitHub's to explain. */
export function httpFailureOf(error: unknown): HttpFailure | null {
  const candidate = error as {
    status?: unknown
    message?: unknown
    response?: { headers?: Record<string, string | undefined> }
  } | null
  if (typeof candidate?.status !== 'number') return null
  const message = typeof candidate.message === 'string' ? candidate.message : String(error)
  // Octokit reports a fetch that never got a response as status 500 without a response object.
  if (candidate.response === undefined) return { status: null, message, headers: {} }
  return { status: candidate.status, message, headers: candidate.response.headers ?? {} }
}

const SECONDARY_LIMIT_WAIT_MS = 60_000

/**
 * How long GitHub asks us to wait before retrying, or undefined when the failure is not rate limiting.
 * Primary limits: 403/429 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch seconds).
 * Secondary limits: `retry-after` (seconds), or no header at all, where GitHub's guidance is to wait a minute.
 */
export function rateLimitWaitMs(failure: HttpFailure, now: Date): number | undefined {
  if (failure.status !== 403 && failure.status !== 429) return undefined
  const retryAfter = Number(failure.headers['retry-after'])
  if (failure.headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
    return Math.max(0, retryAfter * 1000)
  if (failure.headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(failure.headers['x-ratelimit-reset'])
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - now.getTime()) : SECONDARY_LIMIT_WAIT_MS
  }
  if (failure.status === 429 || /secondary rate limit/i.test(failure.message)) return SECONDARY_LIMIT_WAIT_MS
  return undefined
}

/** Failures worth a quick retry: no response at all, or GitHub's own server errors. */
export function isTransient(failure: HttpFailure): boolean {
  return failure.status === null || failure.status >= 500
}

/** The message a user sees for a failed GitHub request: what failed, and which token, permission or input to fix. */
export function toGitHubApiError(
  failure: HttpFailure,
  operation: GitHubOperation,
  apiUrl: string
): GitHubApiError {
  const what = `GitHub could not ${operation.description}`
  const said = `(HTTP ${failure.status}: ${failure.message})`
  const make = (text: string) => new GitHubApiError(text, failure.status, failure.message)
  switch (failure.status) {
    case null:
      return make(
        `Could not ${operation.description}: no answer from GitHub at ${apiUrl} (${failure.message}). ` +
          'Check the network or proxy settings of the runner, and GITHUB_API_URL on GitHub Enterprise Server.'
      )
    case 401:
      return make(
        `${what} ${said}: the token was rejected. Check the \`github-token\` input: the secret may be unset, ` +
          'expired or revoked.'
      )
    case 403:
      return make(
        `${what} ${said}: the token lacks a permission. Add \`permissions: ${operation.permission}\` to the job ` +
          '(or grant it to the token you pass as `github-token`).'
      )
    case 404:
      return make(
        `${what} ${said}. ${operation.notFoundHint ?? 'Check the repository name.'} ` +
          `A token without \`${operation.permission}\` also gets 404 on private repositories.`
      )
    default:
      return make(
        failure.status >= 500
          ? `${what} ${said}: GitHub had a server error; it persisted after retries, try again later.`
          : `${what} ${said}.`
      )
  }
}

export function rateLimitExhausted(
  failure: HttpFailure,
  operation: GitHubOperation,
  waitMs: number,
  now: Date
): GitHubApiError {
  const resumes = new Date(now.getTime() + waitMs).toISOString()
  return new GitHubApiError(
    `GitHub's API rate limit stopped us from being able to ${operation.description} (HTTP ${failure.status}: ` +
      `${failure.message}); it allows requests again at ${resumes}, later than we wait. Lower \`state-max-runs\`, ` +
      'run fewer jobs at once, or use a token with a higher limit (a GitHub App installation token).',
    failure.status,
    failure.message,
    true
  )
}
