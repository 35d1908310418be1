import { DefaultArtifactClient } from '@actions/artifact'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ArtifactError } from '../errors.js'
import { extractZip, ZipError } from '../util/zip.js'
import type { GitHubApi } from './api.js'
import { httpFailureOf } from './api-errors.js'
import type { GitHubOperation } from './api-errors.js'
import { isGhes } from './octokit.js'
import { STATE_FILES } from '../production-state/state-record.js'

export interface ArtifactDownload {
  token: string
  owner: string
  repo: string
  runId: number
  artifactId: number
  artifactName: string
  /** `sha256:<hex>` as the REST API lists it; checked when present. */
  digest: string | null
  /** Folder the state files are extracted into. */
  destination: string
  /** Largest uncompressed file accepted from the archive. */
  maxFileBytes: number
  /** The only entries extracted; the state files when absent. */
  files?: readonly string[]
}

export const DEFAULT_MAX_STATE_FILE_BYTES = 1024 ** 3

/**
 * Downloads a state artifact and extracts its state files into `destination`; returns the names extracted.
 * On github.com and GHE.com through `@actions/artifact` (streams to disk, checks the digest); on GHES, where that
 * library refuses to run, through the REST zip endpoint. Either way the archive is written to disk and unpacked
 * from there by our strict reader.
 * An expired or deleted artifact surfaces as a `GitHubApiError` with status 410 or 404.
 */
export async function downloadStateArtifact(
  api: GitHubApi,
  download: ArtifactDownload,
  env: Record<string, string | undefined> = process.env
): Promise<string[]> {
  const label = labelOf(download)
  const folder = await mkdtemp(join(tmpdir(), 'dbt-slim-ci-artifact-'))
  try {
    const zip = isGhes(env)
      ? await downloadWithRest(api, download, folder)
      : await downloadWithArtifactClient(api, download, folder)
    if (zip.digestMismatch) {
      throw new ArtifactError(
        label,
        `its SHA-256 digest does not match ${download.digest}: the download is damaged or was altered. ` +
          'Re-run the job; if it persists, re-run the deploy workflow to publish fresh state.'
      )
    }
    return await extractZip(zip.file, download.destination, {
      wanted: new Set(download.files ?? Object.values(STATE_FILES)),
      maxEntryBytes: download.maxFileBytes
    }).catch((error: unknown) => {
      if (!(error instanceof ZipError)) throw error
      throw new ArtifactError(
        label,
        `is not a usable zip archive: ${error.message}. Re-run the deploy workflow to publish fresh state.`
      )
    })
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

interface DownloadedZip {
  /** The archive on disk. */
  file: string
  digestMismatch: boolean
}

function labelOf(download: ArtifactDownload): string {
  return `artifact \`${download.artifactName}\` (id ${download.artifactId}) of run ${download.runId}`
}

function downloadOperation(download: ArtifactDownload): GitHubOperation {
  return {
    description: `download ${labelOf(download)}`,
    permission: 'actions: read'
  }
}

async function downloadWithArtifactClient(
  api: GitHubApi,
  download: ArtifactDownload,
  folder: string
): Promise<DownloadedZip> {
  // The library writes the raw archive (skipDecompress) so that our reader, not unzip-stream, decides what to extract.
  const { digestMismatch } = await api.call(downloadOperation(download), () =>
    new DefaultArtifactClient()
      .downloadArtifact(download.artifactId, {
        path: folder,
        skipDecompress: true,
        expectedHash: download.digest ?? undefined,
        findBy: {
          token: download.token,
          workflowRunId: download.runId,
          repositoryOwner: download.owner,
          repositoryName: download.repo
        }
      })
      .catch((error: unknown) => {
        // HTTP answers from the REST step go on to GitHubApi; blob storage failures arrive as plain errors.
        if (httpFailureOf(error) !== null) throw error
        throw new ArtifactError(
          labelOf(download),
          `could not be downloaded from blob storage: ${(error as Error).message}. Re-run the job.`
        )
      })
  )
  const [file] = await readdir(folder)
  if (file === undefined) throw new ArtifactError(labelOf(download), 'the download was empty')
  return { file: join(folder, file), digestMismatch: digestMismatch === true }
}

/** GHES: Octokit hands the archive over in memory; it is written to disk for the reader. */
async function downloadWithRest(
  api: GitHubApi,
  download: ArtifactDownload,
  folder: string
): Promise<DownloadedZip> {
  const { data } = await api.call(downloadOperation(download), octokit =>
    octokit.rest.actions.downloadArtifact({
      owner: download.owner,
      repo: download.repo,
      artifact_id: download.artifactId,
      archive_format: 'zip'
    })
  )
  const bytes = Buffer.from(data as ArrayBuffer)
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
  const file = join(folder, `${download.artifactId}.zip`)
  await writeFile(file, bytes)
  return { file, digestMismatch: download.digest !== null && download.digest !== digest }
}
