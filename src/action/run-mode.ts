import * as core from '@actions/core'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCleanup } from '../defer/cleanup.js'
import { runDefer } from '../defer/flow.js'
import { prSchemaOf } from '../dbt/pr-environment.js'
import { runDeploy } from '../deploy/flow.js'
import { runGc } from '../gc/flow.js'
import { runRollback } from '../deploy/rollback.js'
import type { Environment } from '../environment.js'
import type { Cancellation } from '../flow/cancellation.js'
import { UserError } from '../errors.js'
import { commentMarker } from '../github/comment-body.js'
import { PullRequestComments } from '../github/pull-request-comments.js'
import { pullRequestStates } from '../github/pull-request-states.js'
import { downloadReport, reportArtifactName, uploadReport } from '../github/report-artifact.js'
import { COMMENT_LIMIT, renderMarkdown, SUMMARY_LIMIT } from '../report/render.js'
import type { Report } from '../report/types.js'
import { actionEnvironment } from './action-environment.js'
import { publishChecks } from './check-runs.js'
import { repositoryOf, type GitHubEvent } from './event.js'
import type { Settings } from '../config/settings.js'
import type { Mode } from '../config/settings.js'

export interface Outcome {
  /** The message the step fails with; null when it succeeded or was skipped. */
  failure: string | null
}

const FLOWS = {
  defer: runDefer,
  deploy: runDeploy,
  cleanup: runCleanup,
  rollback: runRollback,
  gc: (env: Environment) => {
    const [owner, repo] = env.run.repository.split('/')
    const token = env.settings.githubToken
    return runGc(
      env,
      token
        ? { ask: numbers => pullRequestStates({ token, owner, repo }, numbers) }
        : {
            ask: null,
            why: 'The `github-token` input is empty: pull request schemas are dropped by the TTL only.'
          }
    )
  }
} as const

/** Runs one mode and publishes what it found: outputs, the job summary, the report artifact, the PR comment. */
export async function runMode(
  mode: Mode,
  settings: Settings,
  event: GitHubEvent,
  cancellation: Cancellation
): Promise<Outcome> {
  if (mode === 'comment') return postStoredReport(settings, event)
  const workDir = await mkdtemp(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'dbt-slim-ci-'))
  const env = actionEnvironment(settings, event, mode, workDir, cancellation)
  const report = await FLOWS[mode](env)
  await publishReport(report, settings, event, env, workDir)
  const failed = report.status === 'failure' || report.status === 'cancelled'
  return { failure: failed ? failureMessage(report) : null }
}

async function publishReport(
  report: Report,
  settings: Settings,
  event: GitHubEvent,
  env: Environment,
  workDir: string
): Promise<void> {
  await setOutputs(report, env)
  const reportDir = path.join(workDir, 'report')
  await mkdir(reportDir, { recursive: true })
  // A dry run changes nothing anywhere: no artifact, no PR comment; the job summary belongs to this run alone.
  if (settings.dryRun) core.info('Dry run: no report artifact uploaded and no PR comment posted.')
  if (settings.reportArtifact && !settings.dryRun) {
    const artifact = reportArtifactName(settings.reportArtifact, settings.comment.id)
    const url = await uploadReport(artifact, reportDir, report, process.env, workDir).catch(error => {
      core.warning(`Could not upload the full report: ${(error as Error).message}`)
      return null
    })
    report.fullReportUrl = url ?? report.fullReportUrl
  }
  const checksNote = await publishChecks(report, settings, {
    ...repositoryOf(event),
    headSha: event.pullRequest?.headSha ?? null,
    runUrl: env.run.runUrl
  })
  const summary = checksNote
    ? `${renderMarkdown(report, { target: 'summary', budget: SUMMARY_LIMIT - Buffer.byteLength(checksNote) - 2 })}\n\n${checksNote}`
    : renderMarkdown(report, { target: 'summary', budget: SUMMARY_LIMIT })
  const summaryPath = path.join(reportDir, 'report.md')
  await writeFile(summaryPath, summary)
  core.setOutput('report-path', summaryPath)
  await core.summary.addRaw(summary).write()
  if (
    settings.comment.enabled &&
    !settings.dryRun &&
    event.pullRequest &&
    report.mode !== 'deploy' &&
    report.mode !== 'rollback'
  ) {
    await postComment(report, settings, event.pullRequest.number, event)
  }
}

async function postComment(
  report: Report,
  settings: Settings,
  pullRequest: number,
  event: GitHubEvent
): Promise<void> {
  const { owner, repo } = repositoryOf(event)
  const comments = PullRequestComments.forToken(
    settings.githubToken,
    { owner, repo, number: pullRequest },
    { id: settings.comment.id }
  )
  // upsert() puts the marker on the first line; the rendered body leaves room for it.
  const budget = COMMENT_LIMIT - commentMarker(settings.comment.id).length - 1
  const result = await comments.upsert(renderMarkdown(report, { target: 'comment', budget }))
  if (result.posted) core.info(`PR comment ${result.action}: ${result.url}`)
  else core.warning(`No PR comment: ${result.reason} The report is in the job summary.`)
}

/** `comment` mode: a privileged workflow_run posts the report a fork's unprivileged run stored. */
async function postStoredReport(settings: Settings, event: GitHubEvent): Promise<Outcome> {
  const runId = settings.reportRunId ?? event.workflowRun?.id
  if (!runId || !settings.reportArtifact) {
    throw new UserError(
      'Comment mode posts the report of another run: run it on workflow_run, or set `report-run-id`, and set `report-artifact`.'
    )
  }
  const { owner, repo } = repositoryOf(event)
  const artifact = reportArtifactName(settings.reportArtifact, settings.comment.id)
  const triggering = event.workflowRun?.id === runId ? event.workflowRun : null
  const stored = await downloadReport({
    token: settings.githubToken,
    owner,
    repo,
    artifact,
    run: {
      id: runId,
      headSha: triggering?.headSha ?? null,
      headBranch: triggering?.headBranch ?? null,
      headRepository: triggering?.headRepository ?? null
    },
    serverUrl: event.serverUrl
  })
  if (stored.found === 'nothing') {
    core.info(`Run ${runId} stored no report artifact \`${artifact}\`: nothing to post.`)
    core.setOutput('status', 'skipped')
    return { failure: null }
  }
  if (stored.found === 'outdated') {
    core.notice(
      `Not commenting on pull request #${stored.pullRequest}: it has newer commits (head ${stored.headSha.slice(0, 7)}) ` +
        `than run ${runId} built; the run for the newer head posts its own report.`
    )
    core.setOutput('status', 'skipped')
    return { failure: null }
  }
  await postComment(stored.report, settings, stored.pullRequest, event)
  // The fork's run could not create check runs (read-only token): this privileged run creates them.
  await publishChecks(stored.report, settings, {
    owner,
    repo,
    headSha: stored.report.context.commitSha,
    runUrl: stored.report.context.runUrl
  })
  core.setOutput('status', stored.report.status)
  return { failure: null }
}

async function setOutputs(report: Report, env: Environment): Promise<void> {
  core.setOutput('status', report.status)
  const plan = report.plan
  if (plan) {
    core.setOutput('selector', plan.selector)
    core.setOutput('selected-count', plan.selected.length)
    core.setOutput('selected', JSON.stringify(plan.selected))
    core.setOutput(
      'modified',
      JSON.stringify(plan.changes.filter(c => c.status !== 'removed').map(c => c.uniqueId))
    )
  }
  const results: Record<string, string> = {}
  for (const invocation of report.invocations)
    for (const r of invocation.results ?? []) results[r.uniqueId] = r.status
  core.setOutput('results', JSON.stringify(results))
  if ((report.mode === 'defer' || report.mode === 'cleanup') && env.run.pullRequest !== null)
    core.setOutput('pr-schema', await prSchemaOf(env).catch(() => ''))
  const state = report.state
  core.setOutput('state-run-id', state.runId ?? '')
  core.setOutput('state-run-url', state.runUrl ?? '')
  core.setOutput('state-commit', state.commitSha ?? '')
  core.setOutput('state-age-hours', state.ageSeconds === null ? '' : (state.ageSeconds / 3600).toFixed(1))
  core.setOutput(
    'swapped-schemas',
    JSON.stringify(report.deploy?.swapped ? report.deploy.swaps.map(s => s.production) : [])
  )
  if (report.deploy) {
    core.setOutput('deployed', String(report.deploy.swapped))
    core.setOutput('state-published', String(report.deploy.statePublished ?? false))
  }
}

function failureMessage(report: Report): string {
  const errors = report.errors.map(e => `${e.message}${e.hint ? `\n${e.hint}` : ''}`)
  return errors.length > 0
    ? errors.join('\n\n')
    : (report.statusReason ?? `dbt-slim-ci ${report.mode} failed.`)
}
