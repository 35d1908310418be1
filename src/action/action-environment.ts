import * as core from '@actions/core'
import path from 'node:path'
import { DbtRunner } from '../dbt/runner.js'
import type { Environment, Log } from '../environment.js'
import { UserError } from '../errors.js'
import { currentWorkflowFile } from '../github/octokit.js'
import { findProductionState } from '../github/production-state.js'
import { publishProductionState } from '../github/state-publish.js'
import { resolvedStateOf } from '../state-source.js'
import { connectSettingsWarehouse, productionSchemaOf } from '../warehouse/settings-target.js'
import type { GitHubEvent } from './event.js'
import type { Mode } from './mode.js'
import type { Settings } from './inputs.js'

export const actionsLog: Log = {
  info: message => core.info(message),
  warning: message => core.warning(message),
  debug: message => core.debug(message),
  group: (name, fn) => core.group(name, fn)
}

/** The flows' environment on a GitHub runner: state artifacts through the GitHub API, output to the Actions log. */
export function actionEnvironment(
  settings: Settings,
  event: GitHubEvent,
  mode: Mode,
  workDir: string
): Environment {
  const [owner, repo] = (event.repository ?? '/').split('/')
  const runUrl =
    event.repository && event.runId
      ? `${event.serverUrl}/${event.repository}/actions/runs/${event.runId}`
      : null
  return {
    settings,
    run: {
      repository: event.repository ?? 'local',
      runId: event.runId,
      runUrl,
      pullRequest: event.pullRequest?.number ?? null,
      commitSha: event.pullRequest?.headSha ?? event.sha
    },
    workDir,
    log: actionsLog,
    dbt: new DbtRunner({ ...settings.dbt, env: {} }, line => core.info(line)),
    now: () => new Date(),
    async resolveState() {
      const workflow = settings.state.workflow ?? currentWorkflowFile()
      if (!settings.state.path && !workflow) {
        throw new UserError(
          'Cannot tell which workflow publishes production state: set the `state-workflow` input (e.g. `deploy.yml`).'
        )
      }
      const found = await findProductionState({
        token: settings.githubToken,
        owner,
        repo,
        artifact: settings.state.artifact,
        workflow: workflow ?? '',
        branch: settings.state.branch,
        maxRuns: settings.state.maxRuns,
        path: settings.state.path,
        maxAgeHours: settings.state.maxAgeHours,
        destination: path.join(workDir, 'state')
      })
      const resolved = await resolvedStateOf(found)
      for (const warning of resolved.provenance.warnings) core.warning(warning.message)
      return resolved
    },
    async publishState(state) {
      const published = await publishProductionState({
        artifact: settings.state.artifact,
        retentionDays: settings.state.retentionDays,
        manifestPath: state.manifestPath,
        runResultsPath: state.runResultsPath,
        previousManifestPath: state.previousManifestPath,
        record: state.record
      })
      return `artifact ${published.artifactName} (id ${published.artifactId})`
    },
    connectWarehouse: () =>
      connectSettingsWarehouse(settings, `dbt-slim-ci:${mode}:${event.runId ?? 'local'}`, secret =>
        core.setSecret(secret)
      ),
    productionSchema: () => productionSchemaOf(settings)
  }
}
