import { ArtifactError } from '../errors.js'
import type { Json, JsonObject } from '../manifest/types.js'
import type { SelectorsFile } from './selectors-file.js'

/** `result:` reads the status of each node in the state's run_results.json. */
export type RunResultStatuses = ReadonlyMap<string, string>

/** One source's `dbt source freshness` outcome: when it last loaded, or null when the check failed. */
export interface FreshnessResult {
  /** `pass`, `warn`, `error` (stale past `error_after`) or `runtime error` (the check itself failed). */
  status: string
  /** `max_loaded_at` in microseconds since the epoch; null for a runtime error (no `max_loaded_at`). */
  maxLoadedAtMicros: bigint | null
}

export type FreshnessResults = ReadonlyMap<string, FreshnessResult>

/**
 * What the selector methods beyond the manifests read, as dbt's `PreviousState` and project config load them:
 * the state's run_results.json and sources.json, the current run's target/sources.json, and selectors.yml.
 * null where the file does not exist.
 */
export interface SelectionArtifacts {
  runResults: RunResultStatuses | null
  stateSources: FreshnessResults | null
  currentSources: FreshnessResults | null
  selectors: SelectorsFile | null
}

export const NO_ARTIFACTS: SelectionArtifacts = {
  runResults: null,
  stateSources: null,
  currentSources: null,
  selectors: null
}

function parseJson(text: string, file: string): JsonObject {
  let parsed: Json
  try {
    parsed = JSON.parse(text) as Json
  } catch (error) {
    throw new ArtifactError(file, `is not valid JSON (${(error as Error).message}).`)
  }
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    Array.isArray(parsed) ||
    !Array.isArray(parsed.results)
  )
    throw new ArtifactError(file, 'has no `results` list: is it a dbt artifact?')
  return parsed
}

function resultsOf(document: JsonObject): JsonObject[] {
  return (document.results as Json[]).filter(
    (result): result is JsonObject =>
      result !== null &&
      typeof result === 'object' &&
      !Array.isArray(result) &&
      typeof result.unique_id === 'string'
  )
}

/** run_results.json: each result's status (`success`, `error`, `fail`, `warn`, `pass`, `skipped`, …). */
export function parseRunResults(text: string, file: string): RunResultStatuses {
  const statuses = new Map<string, string>()
  for (const result of resultsOf(parseJson(text, file)))
    if (typeof result.status === 'string') statuses.set(result.unique_id as string, result.status)
  return statuses
}

/** sources.json of `dbt source freshness`: a result without `max_loaded_at` is dbt's runtime-error shape. */
export function parseFreshness(text: string, file: string): FreshnessResults {
  const results = new Map<string, FreshnessResult>()
  for (const result of resultsOf(parseJson(text, file))) {
    const loaded = result.max_loaded_at
    let micros: bigint | null = null
    if (typeof loaded === 'string') {
      micros = epochMicros(loaded)
      if (micros === null)
        throw new ArtifactError(
          file,
          `has max_loaded_at "${loaded}" for ${result.unique_id}, which is not a time.`
        )
    }
    const status = typeof result.status === 'string' ? result.status : 'runtime error'
    results.set(result.unique_id as string, { status, maxLoadedAtMicros: micros })
  }
  return results
}

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/

/** An ISO 8601 time at Python's microsecond precision; a time without an offset is read as UTC. */
function epochMicros(text: string): bigint | null {
  const match = ISO_TIME.exec(text.trim())
  if (!match) return null
  const [, year, month, day, hour, minute, second = '0', fraction = '', zone = 'Z'] = match
  const millis = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second)
  if (Number.isNaN(millis)) return null
  const offsetMinutes =
    zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2))
  return BigInt(millis - offsetMinutes * 60_000) * 1000n + BigInt(fraction.padEnd(6, '0') || '0')
}
