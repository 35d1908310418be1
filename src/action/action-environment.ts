import * as core from '@actions/core'
import path from 'node:path'
import { DbtRunner } from '../dbt/runner.js'
import type { Environment, Log } from '../environment.js'
import type { Cancellation } from '../flow/cancellation.js'
import { UserError } from '../errors.js'
import { currentWorkflowFile } from '../github/octokit.js'
import { artifactStateStore } from '../github/state-artifact-store.js'
import { folderStateStore } from '../production-state/folder-store.js'
import type { ProductionStateStore } from '../production-state/store.js'
import { connectSettingsWarehouse, productionSchemaOf } from '../warehouse/settings-target.js'
import { repositoryOf, type GitHubEvent } from './event.js'
import type { Mode } from '../config/settings.js'
import type { Settings } from '../config/settings.js'

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
  workDir: string,
  cancellation: Cancellation
): Environment {
  const { owner, repo } = repositoryOf(event)
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
      commitSha: event.pullRequest?.headSha ?? event.sha,
      baseRef: event.pullRequest?.baseSha ?? null
    },
    workDir,
    log: actionsLog,
    cancellation,
    dbt: new DbtRunner({ ...settings.dbt, env: {} }, line => core.info(line), cancellation),
    now: () => new Date(),
    async resolveState() {
      const resolved = await stateStore(settings, owner, repo).find(path.join(workDir, 'state'))
      for (const warning of resolved.provenance.warnings) core.warning(warning.message)
      return resolved
    },
    publishState: state => stateStore(settings, owner, repo).publish(state),
    connectWarehouse: () =>
      connectSettingsWarehouse(settings, `dbt-slim-ci:${mode}:${event.runId ?? 'local'}`, secret =>
        core.setSecret(secret)
      ),
    productionSchema: () => productionSchemaOf(settings)
  }
}

/**
 * The state artifact of the deploy workflow's runs; with `state-path`, state is read from that folder instead
 * (and still published as the artifact).
 */
function stateStore(settings: Settings, owner: string, repo: string): ProductionStateStore {
  const workflow = settings.state.workflow ?? currentWorkflowFile()
  const artifacts = artifactStateStore({
    token: settings.githubToken,
    owner,
    repo,
    artifact: settings.state.artifact,
    workflow: workflow ?? '',
    branch: settings.state.branch,
    maxRuns: settings.state.maxRuns,
    maxAgeHours: settings.state.maxAgeHours,
    retentionDays: settings.state.retentionDays
  })
  if (settings.state.path !== null) {
    const folder = folderStateStore({
      path: settings.state.path,
      pathLabel: 'Input `state-path`',
      publishDir: null,
      publishLabel: '',
      maxAgeHours: settings.state.maxAgeHours
    })
    return { find: destination => folder.find(destination), publish: state => artifacts.publish(state) }
  }
  if (!workflow) {
    throw new UserError(
      'Cannot tell which workflow publishes production state: set the `state-workflow` input (e.g. `deploy.yml`).'
    )
  }
  return artifacts
}
