import { access } from 'node:fs/promises'
import path from 'node:path'
import { STATE_FILES } from '../production-state/state-record.js'
import { noState, type ProductionStateStore } from '../production-state/store.js'
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
      const published = await publishProductionState(
        { ...state, artifact: options.artifact, retentionDays: options.retentionDays },
        env
      )
      return `artifact ${published.artifactName} (id ${published.artifactId})`
    }
  }
}
