import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../errors.js'
import { uploadReplacing } from './artifact-upload.js'
import { STATE_FILES, stateRecordJson } from '../production-state/state-record.js'
import type { PublishedState } from '../production-state/store.js'

/** A deploy's new production state, and the artifact it goes into. */
export interface StatePublication extends PublishedState {
  /** Artifact name, e.g. `dbt-state`. */
  artifact: string
  /** 0: the repository's default retention. */
  retentionDays: number
}

/** The state artifact as uploaded: what the next PR's lookup will find. */
export interface UploadedStateArtifact {
  artifactName: string
  artifactId: number
  /** Bytes uploaded (the zip). */
  size: number
  /** `sha256:<hex>` of the zip, as later listed by the REST API. */
  digest: string | null
  files: string[]
}

/**
 * Publishes the deploy's manifest.json, run_results.json and a state.json as the production state artifact,
 * under the canonical names the state lookup extracts.
 */
export async function publishProductionState(
  publication: StatePublication,
  env: Record<string, string | undefined> = process.env
): Promise<UploadedStateArtifact> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    throw new UserError(
      'Publishing production state only works inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ' +
        'ACTIONS_RESULTS_URL are not set). Outside Actions, keep the deploy target folder and pass it as `state-path`.'
    )
  }
  const staging = await mkdtemp(join(tmpdir(), 'dbt-slim-ci-state-'))
  try {
    const files = [join(staging, STATE_FILES.manifest), join(staging, STATE_FILES.record)]
    await copyFile(publication.manifestPath, files[0])
    await writeFile(files[1], stateRecordJson(publication.record))
    const optional: [string | null, string][] = [
      [publication.runResultsPath, STATE_FILES.runResults],
      [publication.sourcesPath ?? null, STATE_FILES.sources],
      [publication.previousManifestPath, STATE_FILES.previousManifest]
    ]
    for (const [source, name] of optional) {
      if (source === null) continue
      files.push(join(staging, name))
      await copyFile(source, join(staging, name))
    }
    const uploaded = await uploadReplacing(publication.artifact, files, staging, {
      retentionDays: publication.retentionDays > 0 ? publication.retentionDays : undefined,
      compressionLevel: 9
    }).catch((error: unknown) => {
      throw new UserError(
        `Uploading the production state artifact \`${publication.artifact}\` failed: ${(error as Error).message}. ` +
          'Re-run the deploy job: publishing again replaces what this attempt uploaded.',
        { cause: error }
      )
    })
    if (uploaded.id === undefined) {
      throw new UserError(
        `Uploading artifact \`${publication.artifact}\` returned no artifact id; re-run the job.`
      )
    }
    return {
      artifactName: publication.artifact,
      artifactId: uploaded.id,
      size: uploaded.size ?? 0,
      digest: uploaded.digest ? `sha256:${uploaded.digest}` : null,
      files: files.map(file => file.slice(staging.length + 1))
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
