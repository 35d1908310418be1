import { access } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { folderStateStore } from '../production-state/folder-store.js'
import { STATE_FILES } from '../production-state/state-record.js'
import { noState, type ProductionStateStore, type PublishedState } from '../production-state/store.js'
import { isGhes } from './octokit.js'
import { findProductionState, type StateLookup } from './production-state.js'
import { publishProductionState } from './state-publish.js'

export interface ArtifactStoreOptions extends Omit<StateLookup, 'destination'> {
  /** 0: the repository's default retention. */
  retentionDays: number
}

/**
 * Production state as the artifact of the deploy workflow's successful runs: found by searching those runs,
 * published by uploading from the current job (replacing an earlier attempt's artifact of the same name).
 */
export function artifactStateStore(
  options: ArtifactStoreOptions,
  env: Record<string, string | undefined> = process.env
): ProductionStateStore {
  return {
    async find(destination) {
      const found = await findProductionState({ ...options, destination }, { env })
      if (!found.found) return { ...noState(found.reasons), provenance: found.provenance }
      // Absolute: dbt runs inside the project folder, where a relative path would point elsewhere.
      const dir = path.resolve(path.dirname(found.manifestPath))
      const previous = path.join(dir, STATE_FILES.previousManifest)
      const hasPrevious = await access(previous).then(
        () => true,
        () => false
      )
      return {
        dir,
        manifest: found.manifest,
        record: found.record,
        previousManifestPath: hasPrevious ? previous : null,
        provenance: found.provenance
      }
    },
    async publish(state) {
      if (isGhes(env)) return publishForUploadStep(state, options.artifact, env)
      const published = await publishProductionState(
        { ...state, artifact: options.artifact, retentionDays: options.retentionDays },
        env
      )
      return `artifact ${published.artifactName} (id ${published.artifactId})`
    }
  }
}

/**
 * GitHub Enterprise Server has no artifact service for `@actions/artifact` v2: the state files are written to
 * `$RUNNER_TEMP/dbt-slim-ci-state` for a following `actions/upload-artifact@v3` step, which PRs then find.
 */
async function publishForUploadStep(
  state: PublishedState,
  artifact: string,
  env: Record<string, string | undefined>
): Promise<string> {
  const dir = path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'dbt-slim-ci-state')
  const folder = folderStateStore({
    path: null,
    pathLabel: '',
    publishDir: dir,
    publishLabel: 'The GHES state folder',
    maxAgeHours: 0
  })
  await folder.publish(state)
  return (
    `folder ${dir}: GitHub Enterprise Server has no artifact service for actions, so upload that folder as ` +
    `artifact \`${artifact}\` with \`actions/upload-artifact@v3\` in the next step (path: ` +
    `\${{ runner.temp }}/dbt-slim-ci-state) for pull requests to find it`
  )
}
