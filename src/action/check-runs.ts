import * as core from '@actions/core'
import { checkRunsOf } from '../checks/content.js'
import { annotationSources } from '../checks/sources.js'
import type { Settings } from '../config/settings.js'
import { publishCheckRuns } from '../github/check-runs.js'
import type { Report } from '../report/types.js'

export interface ChecksTarget {
  owner: string
  repo: string
  /** The pull request's head commit; null when the run has none (no check runs then). */
  headSha: string | null
  runUrl: string | null
}

/**
 * Publishes the check runs of a pull request's defer report (this run's, or the stored one `comment` mode posts
 * for a fork). Returns a note for the job summary when GitHub refused them (no `checks: write`), null
 * otherwise: the comment and the summary carry the report either way.
 */
export async function publishChecks(
  report: Report,
  settings: Settings,
  target: ChecksTarget
): Promise<string | null> {
  const { owner, repo, headSha, runUrl } = target
  if (!settings.checkRuns || settings.dryRun || report.mode !== 'defer' || !headSha || !owner) return null
  const sources = await annotationSources(
    report,
    settings.dbt.projectDir,
    process.env.GITHUB_WORKSPACE ?? process.cwd()
  )
  const outcome = await publishCheckRuns(
    { token: settings.githubToken, owner, repo, headSha, detailsUrl: runUrl },
    checkRunsOf(report, sources)
  )
  if (outcome.published) {
    core.info(`Check runs: ${outcome.urls.join(', ')}`)
    return null
  }
  core.warning(`No check runs: ${outcome.reason}`)
  return `> [!NOTE]\n> No check runs were created: ${outcome.reason.replaceAll('\n', ' ')} The PR comment and this summary still carry the report; \`check-runs: false\` turns check runs off.`
}
