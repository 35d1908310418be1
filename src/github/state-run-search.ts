import type { GitHubApi } from './api.js'
import { GitHubApiError, type GitHubOperation } from './api-errors.js'
import type { ExaminedRun, FailedDeploy, RunOutcome } from './state-warnings.js'

/** Events whose runs deploy production; pull_request runs never supply production state. */
export const DEPLOY_EVENTS: ReadonlySet<string> = new Set([
  'push',
  'workflow_dispatch',
  'schedule',
  'merge_group'
])

export interface StateRunQuery {
  owner: string
  repo: string
  /** Workflow file name (`deploy.yml`) or numeric id. */
  workflow: string | number
  branch: string
  artifact: string
  maxRuns: number
}

/** The fields of a REST workflow run this module relies on. */
export interface WorkflowRun {
  id: number
  html_url: string
  head_sha: string
  event: string
  created_at: string
  conclusion: string | null
  head_repository?: { full_name: string } | null
}

/** The fields of a REST artifact this module relies on. */
export interface RunArtifact {
  id: number
  name: string
  expired: boolean
  expires_at: string | null
  created_at: string | null
  digest?: string | null
}

export type RunInspection =
  | { run: WorkflowRun; artifact: RunArtifact }
  | { run: WorkflowRun; outcome: Exclude<RunOutcome, 'selected'>; detail: string }

/** Runs whose head is another repository (a fork's branch of the same name) must never supply production state. */
export function runFromOtherRepository(run: WorkflowRun, owner: string, repo: string): boolean {
  return run.head_repository?.full_name?.toLowerCase() !== `${owner}/${repo}`.toLowerCase()
}

/** The newest live artifact of the name, or why there is none. */
export function pickLiveArtifact(
  artifacts: RunArtifact[],
  name: string
): { artifact: RunArtifact } | { outcome: 'artifact-missing' | 'artifact-expired'; detail: string } {
  const named = artifacts.filter(artifact => artifact.name === name).sort((a, b) => b.id - a.id)
  const live = named.find(artifact => !artifact.expired)
  if (live) return { artifact: live }
  if (named.length > 0) {
    const expiredOn = named[0].expires_at ? ` on ${named[0].expires_at.slice(0, 10)}` : ''
    return { outcome: 'artifact-expired', detail: `artifact \`${name}\` expired${expiredOn}` }
  }
  return { outcome: 'artifact-missing', detail: `no artifact named \`${name}\`` }
}

export function examinedRun(run: WorkflowRun, outcome: RunOutcome, detail: string): ExaminedRun {
  return {
    runId: run.id,
    runUrl: run.html_url,
    commitSha: run.head_sha,
    createdAt: run.created_at,
    event: run.event,
    outcome,
    detail
  }
}

function runsOperation(query: StateRunQuery, which: string): GitHubOperation {
  return {
    description: `list ${which} runs of workflow \`${query.workflow}\` on \`${query.branch}\` in ${query.owner}/${query.repo}`,
    permission: 'actions: read',
    notFoundHint: `Check the \`state-workflow\` input (\`${query.workflow}\`): give the workflow's file name, e.g. \`deploy.yml\`, or its numeric id.`
  }
}

/**
 * Successful runs of the deploy workflow on the branch, newest first, at most `maxRuns`, each with the artifact
 * to try or the reason it cannot supply state. Lazy: stops asking GitHub once the caller has what it needs.
 * `unknown-workflow`: GitHub answered 404 for the workflow's runs (it does not know the workflow file).
 */
export async function* inspectStateRuns(
  api: GitHubApi,
  query: StateRunQuery
): AsyncGenerator<RunInspection | 'unknown-workflow'> {
  const { owner, repo } = query
  const operation = runsOperation(query, 'successful')
  const runs = api.octokit.paginate.iterator(api.octokit.rest.actions.listWorkflowRuns, {
    owner,
    repo,
    workflow_id: query.workflow,
    branch: query.branch,
    status: 'success',
    exclude_pull_requests: true,
    per_page: Math.min(100, query.maxRuns)
  })
  let seen = 0
  const pages = api.pages<WorkflowRun>(operation, runs)
  const first = await pages.next().catch((error: unknown) => {
    if (error instanceof GitHubApiError && error.status === 404) return 'unknown-workflow' as const
    throw error
  })
  if (first === 'unknown-workflow') {
    yield first
    return
  }
  if (first.done) return
  for await (const page of prepend(first.value, pages)) {
    for (const run of page) {
      if (seen++ >= query.maxRuns) return
      if (runFromOtherRepository(run, owner, repo)) {
        const source = run.head_repository?.full_name ?? 'an unknown repository'
        yield { run, outcome: 'fork', detail: `its commit comes from ${source}, not ${owner}/${repo}` }
      } else if (!DEPLOY_EVENTS.has(run.event)) {
        yield { run, outcome: 'event', detail: `triggered by \`${run.event}\`, not by a deploy event` }
      } else {
        const artifacts = await listRunArtifacts(api, query, run.id)
        const pick = pickLiveArtifact(artifacts, query.artifact)
        yield 'artifact' in pick ? { run, artifact: pick.artifact } : { run, ...pick }
      }
    }
  }
}

async function listRunArtifacts(api: GitHubApi, query: StateRunQuery, runId: number): Promise<RunArtifact[]> {
  const operation: GitHubOperation = {
    description: `list the artifacts of run ${runId} in ${query.owner}/${query.repo}`,
    permission: 'actions: read'
  }
  const list = api.octokit.paginate.iterator(api.octokit.rest.actions.listWorkflowRunArtifacts, {
    owner: query.owner,
    repo: query.repo,
    run_id: runId,
    name: query.artifact,
    per_page: 100
  })
  const artifacts: RunArtifact[] = []
  for await (const page of api.pages<RunArtifact>(operation, list)) artifacts.push(...page)
  return artifacts
}

const NOT_SUCCEEDED = [
  { status: 'failure', words: 'failed' },
  { status: 'timed_out', words: 'timed-out' }
] as const

/**
 * Deploy runs on the branch created after the run whose state is in use that did not succeed, one per commit
 * other than the state's own, newest first.
 */
export async function failedDeploysSince(
  api: GitHubApi,
  query: StateRunQuery,
  since: WorkflowRun
): Promise<FailedDeploy[]> {
  const failed: WorkflowRun[] = []
  for (const { status, words } of NOT_SUCCEEDED) {
    const { data } = await api.call(runsOperation(query, words), octokit =>
      octokit.rest.actions.listWorkflowRuns({
        owner: query.owner,
        repo: query.repo,
        workflow_id: query.workflow,
        branch: query.branch,
        status,
        created: `>${since.created_at}`,
        exclude_pull_requests: true,
        per_page: 100
      })
    )
    failed.push(...(data.workflow_runs as WorkflowRun[]))
  }
  const newest = failed
    .filter(run => !runFromOtherRepository(run, query.owner, query.repo) && DEPLOY_EVENTS.has(run.event))
    .filter(run => Date.parse(run.created_at) > Date.parse(since.created_at))
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
  const perCommit = new Map<string, WorkflowRun>()
  for (const run of newest) {
    if (run.head_sha !== since.head_sha && !perCommit.has(run.head_sha)) perCommit.set(run.head_sha, run)
  }
  return [...perCommit.values()].map(run => ({
    runId: run.id,
    runUrl: run.html_url,
    commitSha: run.head_sha,
    conclusion: run.conclusion ?? 'unknown',
    createdAt: run.created_at
  }))
}

async function* prepend<T>(head: T, rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield head
  yield* rest
}
