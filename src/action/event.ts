import { readFileSync } from 'node:fs'
import { UserError } from '../errors.js'

/** The parts of the triggering GitHub event that decide what the action does. */
export interface GitHubEvent {
  name: string
  action: string | null
  ref: string | null
  defaultBranch: string | null
  pullRequest: {
    number: number
    merged: boolean
    headRepo: string | null
    baseRepo: string | null
    headSha: string | null
    /** The base branch's commit when the event fired: where the PR's merge base is looked for. */
    baseSha: string | null
  } | null
  /** owner/name of the repository the workflow runs in. */
  repository: string | null
  sha: string | null
  runId: number | null
  runAttempt: number | null
  serverUrl: string
  workflowRef: string | null
  /** The completed run a `workflow_run` event is about, as GitHub describes it (trusted, unlike its artifacts). */
  workflowRun: TriggeringRun | null
}

export interface TriggeringRun {
  id: number
  headSha: string | null
  /** Branch and owner/name of the repository the run's commit came from (a fork's, for a fork pull request). */
  headBranch: string | null
  headRepository: string | null
}

type Env = Record<string, string | undefined>

/** The fields of GitHub's event payloads that are read; everything is optional because events differ. */
interface EventPayload {
  action?: unknown
  number?: number
  pull_request?: {
    number?: number
    merged?: boolean
    head?: { sha?: string; repo?: { full_name?: string } | null }
    base?: { sha?: string; repo?: { full_name?: string } | null }
  }
  repository?: { full_name?: string; default_branch?: string }
  workflow_run?: {
    id?: number
    head_sha?: string
    head_branch?: string | null
    head_repository?: { full_name?: string } | null
  }
  merge_group?: { head_ref?: string; head_sha?: string; base_sha?: string }
}

/** Reads the event the runner describes in GITHUB_EVENT_NAME / GITHUB_EVENT_PATH and the GITHUB_* variables. */
export function readGitHubEvent(env: Env = process.env): GitHubEvent {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const pr = payload.pull_request ?? mergeQueuePullRequest(payload)
  const repo = payload.repository
  return {
    name: env.GITHUB_EVENT_NAME ?? 'local',
    action: typeof payload.action === 'string' ? payload.action : null,
    ref: env.GITHUB_REF ?? null,
    defaultBranch: typeof repo?.default_branch === 'string' ? repo.default_branch : null,
    pullRequest: pr
      ? {
          number: Number(pr.number ?? payload.number),
          merged: pr.merged === true,
          headRepo: pr.head?.repo?.full_name ?? null,
          baseRepo: pr.base?.repo?.full_name ?? null,
          headSha: pr.head?.sha ?? null,
          baseSha: pr.base?.sha ?? null
        }
      : null,
    repository: env.GITHUB_REPOSITORY ?? repo?.full_name ?? null,
    sha: env.GITHUB_SHA ?? null,
    runId: env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : null,
    runAttempt: env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : null,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    workflowRef: env.GITHUB_WORKFLOW_REF ?? null,
    workflowRun: payload.workflow_run
      ? {
          id: Number(payload.workflow_run.id),
          headSha: payload.workflow_run.head_sha ?? null,
          headBranch: payload.workflow_run.head_branch ?? null,
          headRepository: payload.workflow_run.head_repository?.full_name ?? null
        }
      : null
  }
}

/** Owner and name of the repository the workflow runs in (`GITHUB_REPOSITORY`); empty strings when unknown. */
export function repositoryOf(event: GitHubEvent): { owner: string; repo: string } {
  const [owner = '', repo = ''] = (event.repository ?? '').split('/')
  return { owner, repo }
}

/** A merge-queue branch is `gh-readonly-queue/<base>/pr-<number>-<sha>`: the checks run for that pull request. */
function mergeQueuePullRequest(payload: EventPayload): EventPayload['pull_request'] | null {
  const match = /\/pr-(\d+)-/.exec(payload.merge_group?.head_ref ?? '')
  return match
    ? {
        number: Number(match[1]),
        head: { sha: payload.merge_group?.head_sha },
        base: { sha: payload.merge_group?.base_sha }
      }
    : null
}

function readPayload(file: string | undefined): EventPayload {
  if (!file) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EventPayload
  } catch (error) {
    throw new UserError(
      `GITHUB_EVENT_PATH ${file} is not a readable JSON event payload: ${(error as Error).message}`
    )
  }
}
