import { GitHubApi } from './api.js'
import { GitHubApiError } from './api-errors.js'
import type { GitHubOperation } from './api-errors.js'
import type { Clock } from './clock.js'
import { commentBody, commentMarker, startsWithMarker } from './comment-body.js'

export interface PullRequest {
  owner: string
  repo: string
  number: number
}

export interface CommentOptions {
  /** Marker id; jobs with different ids keep separate comments on the same pull request. */
  id?: string
  /** Login whose comments count as ours; detected from the token when not given. */
  author?: string
}

export type CommentResult =
  | {
      posted: true
      action: 'created' | 'updated' | 'unchanged'
      commentId: number
      url: string
      /** Duplicate comments of ours (left by racing runs) that were deleted. */
      removedDuplicates: number
    }
  | { posted: false; reason: string }

interface IssueComment {
  id: number
  body?: string | null
  html_url: string
  user: { login: string; type: string } | null
}

/**
 * The one sticky report comment per pull request: found by a hidden marker on its first line and by its author,
 * updated in place, never duplicated — also when two runs race. Posting is best-effort: a token that may not
 * write (pull requests from forks) gives a result saying so instead of failing the run.
 */
export class PullRequestComments {
  private readonly marker: string
  private author: string | null

  constructor(
    private readonly api: GitHubApi,
    private readonly pullRequest: PullRequest,
    options: CommentOptions = {}
  ) {
    this.marker = commentMarker(options.id)
    this.author = options.author ?? null
  }

  static forToken(
    token: string,
    pullRequest: PullRequest,
    options: CommentOptions = {},
    env: Record<string, string | undefined> = process.env,
    clock?: Clock
  ): PullRequestComments {
    return new PullRequestComments(GitHubApi.forToken(token, env, clock), pullRequest, options)
  }

  /**
   * Never throws for GitHub's refusals or failures: a comment that cannot be written (a fork's read-only token,
   * a locked conversation, a body GitHub rejects, GitHub down after retries, the rate limit) is a result that
   * says which, so that it cannot fail a build that passed.
   */
  async upsert(markdown: string): Promise<CommentResult> {
    try {
      return await this.upsertOrThrow(commentBody(markdown, this.marker))
    } catch (error) {
      // A rejected token (401) is a broken setting, not a refusal: it fails the run and names `github-token`.
      if (error instanceof GitHubApiError && error.status !== 401)
        return { posted: false, reason: this.refusalReason(error) }
      throw error
    }
  }

  private async upsertOrThrow(body: string): Promise<CommentResult> {
    this.author ??= await this.authenticatedLogin()
    const existing = await this.ourComments()
    if (existing.length > 0) {
      const [keep, ...duplicates] = existing
      await this.deleteAll(duplicates)
      if (keep.body === body) return this.result('unchanged', keep, duplicates.length)
      return this.result('updated', await this.update(keep.id, body), duplicates.length)
    }
    const created = await this.create(body)
    // Now we know for sure who we are; a run racing us may have created its own copy meanwhile.
    this.author = created.user?.login ?? this.author
    const [oldest, ...others] = await this.ourComments()
    if (oldest === undefined || oldest.id === created.id) {
      await this.deleteAll(others)
      return this.result('created', created, others.length)
    }
    await this.deleteAll(others)
    return this.result('updated', await this.update(oldest.id, body), others.length)
  }

  private result(
    action: 'created' | 'updated' | 'unchanged',
    comment: IssueComment,
    removed: number
  ): CommentResult {
    return { posted: true, action, commentId: comment.id, url: comment.html_url, removedDuplicates: removed }
  }

  /** The token's login where GitHub tells it (PATs, user tokens); null for GITHUB_TOKEN and App installation tokens. */
  private async authenticatedLogin(): Promise<string | null> {
    try {
      const { data } = await this.api.call(
        this.operation('read the identity of the token', 'none'),
        octokit => octokit.rest.users.getAuthenticated()
      )
      return data.login
    } catch (error) {
      if (
        error instanceof GitHubApiError &&
        (error.status === 403 || error.status === 404) &&
        !error.rateLimited
      ) {
        return null
      }
      throw error
    }
  }

  /** Our marked comments, oldest first. Without a known login, bot authors count: GITHUB_TOKEN and Apps post as bots. */
  private async ourComments(): Promise<IssueComment[]> {
    const list = this.api.octokit.paginate.iterator(this.api.octokit.rest.issues.listComments, {
      owner: this.pullRequest.owner,
      repo: this.pullRequest.repo,
      issue_number: this.pullRequest.number,
      per_page: 100
    })
    const ours: IssueComment[] = []
    const operation = this.operation('list the comments', 'pull-requests: read')
    for await (const page of this.api.pages<IssueComment>(operation, list)) {
      ours.push(...page.filter(comment => this.isOurs(comment)))
    }
    return ours.sort((a, b) => a.id - b.id)
  }

  private isOurs(comment: IssueComment): boolean {
    if (!startsWithMarker(comment.body, this.marker)) return false
    return this.author !== null ? comment.user?.login === this.author : comment.user?.type === 'Bot'
  }

  private async create(body: string): Promise<IssueComment> {
    const { owner, repo, number } = this.pullRequest
    const { data } = await this.api.call(
      this.operation('create the report comment', 'pull-requests: write'),
      octokit => octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })
    )
    return data
  }

  private async update(commentId: number, body: string): Promise<IssueComment> {
    const { owner, repo } = this.pullRequest
    const { data } = await this.api.call(
      this.operation('update the report comment', 'pull-requests: write'),
      octokit => octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })
    )
    return data
  }

  private async deleteAll(comments: IssueComment[]): Promise<void> {
    const { owner, repo } = this.pullRequest
    for (const comment of comments) {
      try {
        await this.api.call(
          this.operation('delete a duplicate report comment', 'pull-requests: write'),
          octokit => octokit.rest.issues.deleteComment({ owner, repo, comment_id: comment.id })
        )
      } catch (error) {
        // A racing run deleted it first.
        if (!(error instanceof GitHubApiError && error.status === 404)) throw error
      }
    }
  }

  private operation(action: string, permission: string): GitHubOperation {
    const { owner, repo, number } = this.pullRequest
    return {
      description: `${action} on pull request #${number} of ${owner}/${repo}`,
      permission,
      notFoundHint: `Check that pull request #${number} exists in ${owner}/${repo}.`
    }
  }

  private refusalReason(error: GitHubApiError): string {
    const where = `The report comment was not posted on pull request #${this.pullRequest.number}`
    const said = `(HTTP ${error.status}: ${error.githubMessage})`
    if (error.rateLimited) return `${where}: GitHub's rate limit ${said}. ${error.message}`
    if (error.status === 403 && /locked/i.test(error.githubMessage)) {
      return `${where}: the conversation is locked ${said}. Unlock it to get the comment back.`
    }
    if (error.status === 403) {
      return (
        `${where}: GitHub refused ${said}. Pull requests from forks get a read-only token; elsewhere add ` +
        '`permissions: pull-requests: write` to the job.'
      )
    }
    if (error.status === 422) return `${where}: GitHub rejected the comment body ${said}.`
    if (error.status === null || error.status >= 500) {
      return `${where}: GitHub failed ${said}, also after retries.`
    }
    return `${where}: ${error.message}`
  }
}
