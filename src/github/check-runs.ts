import type { CheckRunContent } from '../checks/content.js'
import { GitHubApi } from './api.js'
import { GitHubApiError } from './api-errors.js'

/** GitHub takes at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50

export interface CheckRunTarget {
  token: string
  owner: string
  repo: string
  /** The commit the checks belong to: the pull request's head. */
  headSha: string
  /** The workflow run, linked from each check. */
  detailsUrl: string | null
}

export type CheckRunsOutcome =
  | { published: true; urls: string[] }
  /** Why no (or not every) check run was created; the run carries on, the comment and summary still say it all. */
  | { published: false; urls: string[]; reason: string }

/**
 * Creates one completed check run per content, its annotations in batches of 50: the first with the create
 * request, the rest as updates. A refusal (no `checks: write`, a fork's read-only token) or another failure stops
 * publishing and is returned, never thrown.
 */
export async function publishCheckRuns(
  target: CheckRunTarget,
  contents: readonly CheckRunContent[],
  env: Record<string, string | undefined> = process.env
): Promise<CheckRunsOutcome> {
  const api = GitHubApi.forToken(target.token, env)
  const { owner, repo } = target
  const urls: string[] = []
  try {
    for (const check of contents) {
      const operation = { description: `create the check run "${check.name}"`, permission: 'checks: write' }
      const batches = batchesOf(check.annotations)
      const output = (annotations: CheckRunContent['annotations']) => ({
        title: check.title,
        summary: check.summary,
        annotations
      })
      const { data } = await api.call(operation, octokit =>
        octokit.rest.checks.create({
          owner,
          repo,
          name: check.name,
          head_sha: target.headSha,
          status: 'completed',
          conclusion: check.conclusion,
          completed_at: new Date().toISOString(),
          ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
          output: output(batches[0] ?? [])
        })
      )
      for (const batch of batches.slice(1)) {
        await api.call(operation, octokit =>
          octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch) })
        )
      }
      urls.push(data.html_url ?? '')
    }
    return { published: true, urls }
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error
    return { published: false, urls, reason: error.message }
  }
}

function batchesOf<T>(items: readonly T[]): T[][] {
  const batches: T[][] = []
  for (let at = 0; at < items.length; at += ANNOTATIONS_PER_REQUEST)
    batches.push(items.slice(at, at + ANNOTATIONS_PER_REQUEST))
  return batches
}
