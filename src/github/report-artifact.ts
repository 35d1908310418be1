import { DefaultArtifactClient } from '@actions/artifact'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ArtifactError, UserError } from '../errors.js'
import type { Report } from '../report/types.js'
import { GitHubApi } from './api.js'
import { apiBaseUrl, createOctokit } from './octokit.js'
import { DEFAULT_MAX_STATE_FILE_BYTES, downloadStateArtifact } from './state-artifact-download.js'

export const REPORT_FILE = 'report.json'

/** The most dbt files (compiled SQL, run results, logs) one report artifact carries. */
export const RUN_FILES_MAX_BYTES = 20 * 1024 * 1024

/**
 * Uploads the full report (JSON, re-renderable) and returns a link to the artifact. With `workDir`, the run's dbt
 * files ride along under `dbt/` (see `collectRunFiles`), so a failure can be read where dbt's errors point.
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
  const runFiles = workDir ? await collectRunFiles(workDir, join(folder, 'dbt'), RUN_FILES_MAX_BYTES) : []
  const uploaded = await new DefaultArtifactClient().uploadArtifact(artifact, [file, ...runFiles], folder, {
    retentionDays: 30
  })
  const {
    GITHUB_SERVER_URL: server = 'https://github.com',
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: runId
  } = env
  return uploaded.id !== undefined && repository && runId
    ? `${server}/${repository}/actions/runs/${runId}/artifacts/${uploaded.id}`
    : null
}

export interface StoredReport {
  report: Report
  pullRequest: number
}

export interface StoredReportLookup {
  token: string
  owner: string
  repo: string
  artifact: string
  runId: number
  /** The commit the run built: the pull request the report names must have it as its head. */
  headSha: string | null
}

/**
 * Fetches the report an unprivileged pull-request run stored, for a privileged `workflow_run` job to post.
 * The report comes from untrusted code, so the pull request it names must really be the one that run built.
 */
export async function downloadReport(
  lookup: StoredReportLookup,
  env: Record<string, string | undefined> = process.env
): Promise<StoredReport | null> {
  const api = new GitHubApi(createOctokit(lookup.token, env), apiBaseUrl(env))
  const { owner, repo, runId } = lookup
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
  if (!stored) return null
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
    if (lookup.headSha && pr.head.sha !== lookup.headSha) {
      throw new UserError(
        `The stored report names pull request #${pullRequest}, whose head is not the commit run ${runId} built: not posting it.`
      )
    }
    return { report, pullRequest }
  } finally {
    await rm(folder, { recursive: true, force: true })
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
