import { join } from 'node:path'
import { ArtifactError } from '../errors.js'
import { loadManifest } from '../manifest/load.js'
import type { Manifest } from '../manifest/types.js'
import { secondsSince } from '../production-state/staleness.js'
import { NO_PROVENANCE } from '../production-state/store.js'
import type { StateProvenance } from '../report/types.js'
import { GitHubApi } from './api.js'
import { GitHubApiError } from './api-errors.js'
import { systemClock } from './clock.js'
import type { Clock } from './clock.js'
import { DEFAULT_MAX_STATE_FILE_BYTES, downloadStateArtifact } from './state-artifact-download.js'
import { reportWarnings, stateWarnings } from './state-warnings.js'
import type { ExaminedRun, FailedDeploy, StateWarning } from './state-warnings.js'
import { readStateRecord, STATE_FILES } from '../production-state/state-record.js'
import type { StateRecord } from '../production-state/state-record.js'
import { examinedRun, failedDeploysSince, inspectStateRuns } from './state-run-search.js'
import type { RunArtifact, StateRunQuery, WorkflowRun } from './state-run-search.js'

/** Where to look for production state (the action's `state-*` inputs, with defaults resolved by the caller). */
export interface StateLookup {
  token: string
  owner: string
  repo: string
  /** Artifact name, e.g. `dbt-state`. */
  artifact: string
  /** Workflow file name or id whose successful runs publish state. */
  workflow: string | number
  /** null: the repository's default branch. */
  branch: string | null
  maxRuns: number
  /** Warn when the state is older; 0 turns the check off. */
  maxAgeHours: number
  /** Empty folder the artifact's files are extracted into. */
  destination: string
}

export interface StateLookupDependencies {
  api?: GitHubApi
  clock?: Clock
  env?: Record<string, string | undefined>
  maxFileBytes?: number
}

export type ProductionState =
  | {
      found: true
      manifest: Manifest
      manifestPath: string
      /** null when the state has no run_results.json. */
      runResultsPath: string | null
      record: StateRecord | null
      provenance: StateProvenance
      artifactId: number
      /** The warnings of `provenance`, with the runs behind them. */
      warnings: StateWarning[]
      examinedRuns: ExaminedRun[]
    }
  | {
      found: false
      provenance: StateProvenance
      /** Plain words for the report: why no state was found. */
      reasons: string[]
      examinedRuns: ExaminedRun[]
    }

/**
 * Finds, downloads and verifies the production state. No state anywhere is not an error: the result says so,
 * with every run looked at and why it was passed over, so that defer mode can build everything and explain why.
 */
export async function findProductionState(
  lookup: StateLookup,
  dependencies: StateLookupDependencies = {}
): Promise<ProductionState> {
  const clock = dependencies.clock ?? systemClock
  const env = dependencies.env ?? process.env
  const api = dependencies.api ?? GitHubApi.forToken(lookup.token, env, clock)
  const query: StateRunQuery = {
    owner: lookup.owner,
    repo: lookup.repo,
    workflow: lookup.workflow,
    branch: lookup.branch ?? (await defaultBranch(api, lookup)),
    artifact: lookup.artifact,
    maxRuns: lookup.maxRuns
  }
  const examinedRuns: ExaminedRun[] = []
  for await (const inspection of inspectStateRuns(api, query)) {
    if (inspection === 'unknown-workflow') {
      return {
        found: false,
        provenance: missing(unknownWorkflowReason(query)),
        reasons: [unknownWorkflowReason(query)],
        examinedRuns
      }
    }
    if (!('artifact' in inspection)) {
      examinedRuns.push(examinedRun(inspection.run, inspection.outcome, inspection.detail))
      continue
    }
    const { run, artifact } = inspection
    const files = await downloadUnlessGone(api, lookup, run, artifact, env, dependencies.maxFileBytes)
    if (files === 'expired' || files === 'missing') {
      const detail =
        files === 'expired'
          ? `artifact \`${artifact.name}\` has expired`
          : `artifact \`${artifact.name}\` is gone`
      examinedRuns.push(examinedRun(run, `artifact-${files}`, detail))
      continue
    }
    examinedRuns.push(examinedRun(run, 'selected', `artifact \`${artifact.name}\` (id ${artifact.id})`))
    const failed = await failedDeploysSince(api, query, run)
    return stateFromArtifact(lookup, run, artifact, files, clock.now(), failed, examinedRuns)
  }
  const reason = noStateReason(query, examinedRuns)
  return { found: false, provenance: missing(reason), reasons: [reason], examinedRuns }
}

function missing(reason: string): StateProvenance {
  return { ...NO_PROVENANCE, warnings: [{ code: 'missing', message: reason }] }
}

/**
 * GitHub answers 404 for the runs of a workflow file it does not know: one not yet on the default branch (the
 * adoption pull request adds it), or `.yaml` where the file is `.yml`. That is "no production state yet".
 */
function unknownWorkflowReason(query: StateRunQuery): string {
  return (
    `The workflow \`${query.workflow}\` named in \`state-workflow\` has no runs yet (GitHub does not know it on ` +
    `${query.owner}/${query.repo}: it is not on the default branch yet, or its file name differs, e.g. \`.yml\` ` +
    'vs `.yaml`), so there is no production state: everything is built.'
  )
}

async function defaultBranch(api: GitHubApi, lookup: StateLookup): Promise<string> {
  const { data } = await api.call(
    {
      description: `read the default branch of ${lookup.owner}/${lookup.repo}`,
      permission: 'contents: read',
      notFoundHint: 'Check the repository name, or set the `state-branch` input.'
    },
    octokit => octokit.rest.repos.get({ owner: lookup.owner, repo: lookup.repo })
  )
  return data.default_branch
}

/** The files extracted, or why the artifact could no longer be downloaded (GitHub: 410 expired, 404 deleted). */
async function downloadUnlessGone(
  api: GitHubApi,
  lookup: StateLookup,
  run: WorkflowRun,
  artifact: RunArtifact,
  env: Record<string, string | undefined>,
  maxFileBytes = DEFAULT_MAX_STATE_FILE_BYTES
): Promise<string[] | 'expired' | 'missing'> {
  try {
    return await downloadStateArtifact(
      api,
      {
        token: lookup.token,
        owner: lookup.owner,
        repo: lookup.repo,
        runId: run.id,
        artifactId: artifact.id,
        artifactName: artifact.name,
        digest: artifact.digest ?? null,
        destination: lookup.destination,
        maxFileBytes
      },
      env
    )
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 410) return 'expired'
    if (error instanceof GitHubApiError && error.status === 404) return 'missing'
    throw error
  }
}

async function stateFromArtifact(
  lookup: StateLookup,
  run: WorkflowRun,
  artifact: RunArtifact,
  files: string[],
  now: Date,
  failed: FailedDeploy[],
  examinedRuns: ExaminedRun[]
): Promise<ProductionState> {
  const folder = lookup.destination
  const manifestPath = join(folder, STATE_FILES.manifest)
  if (!files.includes(STATE_FILES.manifest)) {
    throw new ArtifactError(
      `artifact \`${artifact.name}\` of run ${run.html_url}`,
      `holds no ${STATE_FILES.manifest}. Publish it from the deploy job (the action does so in deploy mode).`
    )
  }
  const manifest = await loadManifest(manifestPath)
  const record = files.includes(STATE_FILES.record)
    ? await readStateRecord(join(folder, STATE_FILES.record))
    : null
  const producedAt =
    record?.producedAt ?? manifest.metadata.generatedAt ?? artifact.created_at ?? run.created_at
  const ageSeconds = secondsSince(producedAt, now)
  const warnings = stateWarnings(ageSeconds, lookup.maxAgeHours, failed, examinedRuns)
  const provenance: StateProvenance = {
    source: 'artifact',
    location: artifact.name,
    runId: run.id,
    runUrl: run.html_url,
    commitSha: run.head_sha,
    producedAt,
    ageSeconds,
    dbtVersion: manifest.metadata.dbtVersion,
    warnings: reportWarnings(warnings)
  }
  return {
    found: true,
    manifest,
    manifestPath,
    runResultsPath: files.includes(STATE_FILES.runResults) ? join(folder, STATE_FILES.runResults) : null,
    record,
    provenance,
    artifactId: artifact.id,
    warnings,
    examinedRuns
  }
}

function noStateReason(query: StateRunQuery, examinedRuns: ExaminedRun[]): string {
  const where = `workflow \`${query.workflow}\` on \`${query.branch}\` in ${query.owner}/${query.repo}`
  if (examinedRuns.length === 0) {
    return `No successful run of ${where} was found, so there is no production state to compare against.`
  }
  return (
    `None of the ${examinedRuns.length} newest successful run(s) of ${where} has a live artifact ` +
    `\`${query.artifact}\` from a deploy event (looked back \`state-max-runs\` = ${query.maxRuns} runs).`
  )
}
