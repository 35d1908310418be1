import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ArtifactError, UserError } from '../errors.js'
import type { Report } from '../report/types.js'
import { SETTING_OPTIONS } from '../config/options.js'
import { GitHubApi } from './api.js'
import { uploadReplacing } from './artifact-upload.js'
import { isGhes } from './octokit.js'
import { DEFAULT_MAX_STATE_FILE_BYTES, downloadStateArtifact } from './state-artifact-download.js'

export const REPORT_FILE = 'report.json'

/** The most dbt files (compiled SQL, run results, logs) one report artifact carries. */
export const RUN_FILES_MAX_BYTES = 20 * 1024 * 1024

/**
 * Uploads the full report (JSON, re-renderable) and returns a link to the artifact. With `workDir`, the run's dbt
 * files ride along under `dbt/` (see `collectRunFiles`), so a failure can be read where dbt's errors point.
 * A re-run replaces the report its earlier attempt uploaded.
 */
export async function uploadReport(
  artifact: string,
  folder: string,
  report: Report,
  env: Record<string, string | undefined> = process.env,
  workDir: string | null = null
): Promise<string | null> {
  const file = join(folder, REPORT_FILE)
  await writeFile(file, JSON.stringify(report))
  if (isGhes(env)) {
    throw new UserError(
      'GitHub Enterprise Server does not support `@actions/artifact` v2, which uploads the report. The report is ' +
        `in the job summary and in ${folder} (the \`report-path\` output's folder): upload that folder with ` +
        `\`actions/upload-artifact@v3\` as \`${artifact}\` to keep it, or set \`report-artifact: ''\`.`
    )
  }
  const runFiles = workDir ? await collectRunFiles(workDir, join(folder, 'dbt'), RUN_FILES_MAX_BYTES) : []
  const uploaded = await uploadReplacing(artifact, [file, ...runFiles], folder, { retentionDays: 30 })
  const {
    GITHUB_SERVER_URL: server = 'https://github.com',
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: runId
  } = env
  return uploaded.id !== undefined && repository && runId
    ? `${server}/${repository}/actions/runs/${runId}/artifacts/${uploaded.id}`
    : null
}

/**
 * The artifact a run's report is uploaded as: `report-artifact`, suffixed with the comment id when it is not the
 * default, so two jobs of one run that keep a comment each upload one report each.
 */
export function reportArtifactName(artifact: string, commentId: string): string {
  return commentId === SETTING_OPTIONS['comment-id'].default ? artifact : `${artifact}-${commentId}`
}

/** What a stored report lookup found. */
export type StoredReport =
  | { found: 'nothing' }
  /** The pull request has moved on since the run: its report describes a commit that is no longer the head. */
  | { found: 'outdated'; pullRequest: number; headSha: string }
  | { found: 'report'; report: Report; pullRequest: number }

/** The run whose report is posted, as GitHub (not the run's own code) describes it. */
export interface StoredReportRun {
  id: number
  /** The commit it built; null when the event does not say (`report-run-id`): then it is asked of the API. */
  headSha: string | null
  headBranch: string | null
  /** owner/name of the repository the commit came from (the fork). */
  headRepository: string | null
}

export interface StoredReportLookup {
  token: string
  owner: string
  repo: string
  artifact: string
  run: StoredReportRun
  /** e.g. `https://github.com`, for the links rebuilt into the report. */
  serverUrl: string
}

/**
 * Fetches the report an unprivileged pull-request run stored, for a privileged `workflow_run` job to post.
 * The report comes from untrusted code: the pull request it names must really be the one that run built, and
 * its links and identity are rebuilt from trusted data. A pull request with newer commits is not commented on.
 */
export async function downloadReport(
  lookup: StoredReportLookup,
  env: Record<string, string | undefined> = process.env
): Promise<StoredReport> {
  const api = GitHubApi.forToken(lookup.token, env)
  const { owner, repo } = lookup
  const runId = lookup.run.id
  const { data } = await api.call(
    { description: `list the artifacts of run ${runId}`, permission: 'actions: read' },
    octokit =>
      octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: runId,
        name: lookup.artifact,
        per_page: 100
      })
  )
  const stored = data.artifacts.find(a => a.name === lookup.artifact && !a.expired)
  if (!stored) return { found: 'nothing' }
  const folder = await mkdtemp(join(tmpdir(), 'dbt-slim-ci-report-'))
  try {
    await downloadStateArtifact(
      api,
      {
        token: lookup.token,
        owner,
        repo,
        runId,
        artifactId: stored.id,
        artifactName: stored.name,
        digest: stored.digest ?? null,
        destination: folder,
        maxFileBytes: DEFAULT_MAX_STATE_FILE_BYTES,
        files: [REPORT_FILE]
      },
      env
    )
    const file = join(folder, REPORT_FILE)
    const report = JSON.parse(await readFile(file, 'utf8').catch(() => 'null')) as Report | null
    const pullRequest = report?.context?.pullRequest
    if (!report || typeof pullRequest !== 'number') {
      throw new ArtifactError(
        `artifact ${lookup.artifact} of run ${runId}`,
        `holds no ${REPORT_FILE} with a pull request number.`
      )
    }
    const { data: pr } = await api.call(
      { description: `read pull request #${pullRequest}`, permission: 'pull-requests: read' },
      octokit => octokit.rest.pulls.get({ owner, repo, pull_number: pullRequest })
    )
    const { headSha, headBranch, headRepository } = await describedRun(api, lookup)
    if (headSha && pr.head.sha !== headSha) {
      if (pr.head.ref === headBranch && pr.head.repo?.full_name === headRepository)
        return { found: 'outdated', pullRequest, headSha: pr.head.sha }
      throw new UserError(
        `The stored report names pull request #${pullRequest}, whose head is not the commit run ${runId} built: not posting it.`
      )
    }
    const trusted = withTrustedContext(report, {
      serverUrl: lookup.serverUrl,
      repository: `${owner}/${repo}`,
      runId,
      artifactId: stored.id,
      pullRequest,
      commitSha: headSha ?? pr.head.sha
    })
    return { found: 'report', report: trusted, pullRequest }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** The run as the event described it, or else as the REST API does (`report-run-id` outside workflow_run). */
async function describedRun(api: GitHubApi, lookup: StoredReportLookup): Promise<StoredReportRun> {
  if (lookup.run.headSha !== null) return lookup.run
  const { owner, repo } = lookup
  const { data } = await api.call(
    { description: `read workflow run ${lookup.run.id}`, permission: 'actions: read' },
    octokit => octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: lookup.run.id })
  )
  return {
    id: data.id,
    headSha: data.head_sha,
    headBranch: data.head_branch,
    headRepository: data.head_repository?.full_name ?? null
  }
}

/**
 * The report with every link and the run's identity rebuilt from trusted data (the repository, the run id, the
 * artifact GitHub listed), so a crafted report.json cannot point the comment's links anywhere else.
 */
export function withTrustedContext(
  report: Report,
  trusted: {
    serverUrl: string
    repository: string
    runId: number
    artifactId: number
    pullRequest: number
    commitSha: string
  }
): Report {
  const runUrl = (id: number) => `${trusted.serverUrl}/${trusted.repository}/actions/runs/${id}`
  const stateRunId = Number.isSafeInteger(report.state?.runId) ? report.state.runId : null
  return {
    ...report,
    context: {
      repository: trusted.repository,
      runUrl: runUrl(trusted.runId),
      pullRequest: trusted.pullRequest,
      commitSha: trusted.commitSha
    },
    state: { ...report.state, runId: stateRunId, runUrl: stateRunId === null ? null : runUrl(stateRunId) },
    fullReportUrl: `${runUrl(trusted.runId)}/artifacts/${trusted.artifactId}`
  }
}

const RUN_FILE = /(^|\/)(run_results\.json|dbt\.log|compiled\/.*\.sql)$/

/**
 * Copies what a reader needs to follow a dbt run from the run's target folders (`dbt-target-*`) into
 * `destination`: run_results.json, dbt.log and the compiled SQL of the nodes that were built, smallest first
 * until `maxBytes`. Returns the copied files; a note in `destination` lists what did not fit.
 */
export async function collectRunFiles(
  workDir: string,
  destination: string,
  maxBytes: number
): Promise<string[]> {
  const found: { path: string; bytes: number }[] = []
  for (const folder of await readdir(workDir).catch(() => [])) {
    if (!folder.startsWith('dbt-target')) continue
    const entries = await readdir(join(workDir, folder), { recursive: true }).catch(() => [])
    for (const entry of entries.map(e => join(folder, String(e)))) {
      if (!RUN_FILE.test(entry.replaceAll('\\', '/'))) continue
      const info = await stat(join(workDir, entry))
      if (info.isFile()) found.push({ path: entry, bytes: info.size })
    }
  }
  const copied: string[] = []
  const left: string[] = []
  let total = 0
  for (const file of found.sort((a, b) => a.bytes - b.bytes || a.path.localeCompare(b.path))) {
    if (total + file.bytes > maxBytes) {
      left.push(file.path)
      continue
    }
    const target = join(destination, file.path)
    await mkdir(dirname(target), { recursive: true })
    await copyFile(join(workDir, file.path), target)
    copied.push(target)
    total += file.bytes
  }
  if (left.length > 0) {
    const note = join(destination, 'NOT-INCLUDED.txt')
    await mkdir(destination, { recursive: true })
    await writeFile(note, `Left out to keep the artifact under ${maxBytes} bytes:\n${left.join('\n')}\n`)
    copied.push(note)
  }
  return copied
}
