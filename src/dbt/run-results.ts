import { readFile } from 'node:fs/promises'
import { ArtifactError } from '../errors.js'
import { isObject } from '../util/object.js'

/**
 * Every status dbt writes to `run_results.json`: dbt-core's RunStatus/TestStatus/FreshnessStatus, microbatch
 * `partial success`, and `no-op`/`reused` that dbt Fusion and dbt State write for nodes they did not rebuild.
 */
export const RUN_RESULT_STATUSES = [
  'success',
  'pass',
  'warn',
  'fail',
  'error',
  'runtime error',
  'partial success',
  'skipped',
  'no-op',
  'reused'
] as const
export type RunResultStatus = (typeof RUN_RESULT_STATUSES)[number]

/** One executed node of a dbt invocation. */
export interface NodeRunResult {
  uniqueId: string
  status: RunResultStatus
  /** Seconds. */
  executionTime: number
  /** dbt's message: the adapter's response (`SELECT 42`) on success, the error text on failure. */
  message: string | null
  /** Failing rows of a test; null for other nodes. */
  failures: number | null
  /** `adapter_response.rows_affected`; null when the adapter does not report it or reports -1 (DDL). */
  rowsAffected: number | null
  /** `adapter_response.bytes_processed` (BigQuery); null elsewhere. */
  bytesProcessed: number | null
  /** dbt's thread name, e.g. `Thread-3 (worker)`. */
  thread: string
  /** Null before schema v5 and for nodes that have no compiled form (seeds). */
  compiled: boolean | null
  relationName: string | null
  /** Microbatch models: how many batches failed out of how many ran; null for other nodes. */
  batches: { succeeded: number; failed: number } | null
}

/** A parsed `run_results.json` (schema v4 to v6, dbt 1.0 onwards). */
export interface RunResults {
  /** The file it was read from, for error messages. */
  file: string
  schemaVersion: number
  dbtVersion: string
  generatedAt: string | null
  invocationId: string | null
  /** Seconds the whole invocation took. */
  elapsedTime: number
  /** `args.which`: build, run, test, seed, snapshot, clone… */
  command: string | null
  results: NodeRunResult[]
}

const SUPPORTED_SCHEMA_VERSIONS = [4, 5, 6]

type Fields = Record<string, unknown>

function optionalString(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function optionalCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
}

function schemaVersionOf(file: string, metadata: Fields): number {
  const url = metadata.dbt_schema_version
  const match = typeof url === 'string' ? /\/run-results\/v(\d+)\.json$/.exec(url) : null
  if (!match) {
    throw new ArtifactError(
      file,
      `metadata.dbt_schema_version is ${JSON.stringify(url)}, not a run-results schema: pass the run_results.json that \`dbt build\` wrote to its target path.`
    )
  }
  const version = Number(match[1])
  if (!SUPPORTED_SCHEMA_VERSIONS.includes(version)) {
    throw new ArtifactError(
      file,
      `run-results schema v${version} is not supported (supported: v${SUPPORTED_SCHEMA_VERSIONS.join(', v')}, written by dbt 1.0 and later): upgrade dbt-slim-ci or dbt.`
    )
  }
  return version
}

function parseStatus(file: string, index: number, value: unknown): RunResultStatus {
  const known: readonly string[] = RUN_RESULT_STATUSES
  if (typeof value === 'string' && known.includes(value)) return value as RunResultStatus
  throw new ArtifactError(
    file,
    `results[${index}].status is ${JSON.stringify(value)}, which dbt-slim-ci does not know (known: ${RUN_RESULT_STATUSES.join(', ')}): upgrade dbt-slim-ci.`
  )
}

function parseBatches(value: unknown): NodeRunResult['batches'] {
  if (!isObject(value)) return null
  const succeeded = Array.isArray(value.successful) ? value.successful.length : 0
  const failed = Array.isArray(value.failed) ? value.failed.length : 0
  return { succeeded, failed }
}

function parseResult(file: string, index: number, value: unknown): NodeRunResult {
  if (!isObject(value)) throw new ArtifactError(file, `results[${index}] is not an object.`)
  if (typeof value.unique_id !== 'string')
    throw new ArtifactError(file, `results[${index}] has no unique_id.`)
  const adapterResponse = isObject(value.adapter_response) ? value.adapter_response : {}
  return {
    uniqueId: value.unique_id,
    status: parseStatus(file, index, value.status),
    executionTime: typeof value.execution_time === 'number' ? value.execution_time : 0,
    message: optionalString(value.message),
    failures: optionalCount(value.failures),
    rowsAffected: optionalCount(adapterResponse.rows_affected),
    bytesProcessed: optionalCount(adapterResponse.bytes_processed),
    thread: optionalString(value.thread_id) ?? '',
    compiled: typeof value.compiled === 'boolean' ? value.compiled : null,
    relationName: optionalString(value.relation_name) || null,
    batches: parseBatches(value.batch_results)
  }
}

/** Reads the parsed JSON of a `run_results.json`; `file` names it in errors. */
export function parseRunResults(file: string, json: unknown): RunResults {
  if (!isObject(json) || !isObject(json.metadata)) {
    throw new ArtifactError(file, 'has no `metadata` object: it is not a dbt run_results.json.')
  }
  const schemaVersion = schemaVersionOf(file, json.metadata)
  if (!Array.isArray(json.results)) throw new ArtifactError(file, 'has no `results` list.')
  const args = isObject(json.args) ? json.args : {}
  return {
    file,
    schemaVersion,
    dbtVersion: optionalString(json.metadata.dbt_version) ?? 'unknown',
    generatedAt: optionalString(json.metadata.generated_at),
    invocationId: optionalString(json.metadata.invocation_id),
    elapsedTime: typeof json.elapsed_time === 'number' ? json.elapsed_time : 0,
    command: optionalString(args.which),
    results: json.results.map((result, index) => parseResult(file, index, result))
  }
}

/** Reads and parses `run_results.json` from disk. */
export async function readRunResults(file: string): Promise<RunResults> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ArtifactError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): dbt writes it to its target path after build, run, test, seed, snapshot and clone.`
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ArtifactError(file, `is not valid JSON (${(error as Error).message}).`)
  }
  return parseRunResults(file, json)
}
