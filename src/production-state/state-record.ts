import { readFile } from 'node:fs/promises'
import type { Json, JsonObject } from '../manifest/types.js'
import { isObject } from '../util/object.js'

/** The files a production state artifact holds; nothing else is ever extracted from one. */
export const STATE_FILES = {
  manifest: 'manifest.json',
  runResults: 'run_results.json',
  /** `dbt source freshness` against production before the deploy's build (`source-freshness`). */
  sources: 'sources.json',
  record: 'state.json',
  /** The production manifest before the deploy that published this state: what a rollback republishes. */
  previousManifest: 'previous-manifest.json'
} as const

/**
 * `state.json`: who produced this production state and when, written by the deploy that published it.
 * Fields are null when a hand-made state folder (`state-path`) has no or a partial `state.json`.
 */
export interface StateRecord {
  commitSha: string | null
  runId: number | null
  runUrl: string | null
  /** ISO 8601 time the deploy finished. */
  producedAt: string | null
  dbtVersion: string | null
  /** Schemas the deploy built into (blue/green targets), for the report and cleanup. */
  schemas: string[]
  /** Anything else the deploy wanted to record. */
  details: JsonObject
}

const PRODUCER = 'dbt-slim-ci'
const FORMAT_VERSION = 1

export function stateRecordJson(record: StateRecord): string {
  return JSON.stringify({ producer: PRODUCER, formatVersion: FORMAT_VERSION, ...record }, null, 2) + '\n'
}

/** Reads a `state.json` leniently: it only feeds provenance, so unknown or missing fields become null. */
export function parseStateRecord(text: string): StateRecord {
  let parsed: Json
  try {
    parsed = JSON.parse(text) as Json
  } catch {
    parsed = null
  }
  const doc: JsonObject = isObject(parsed) ? parsed : {}
  const stringAt = (key: string) => (typeof doc[key] === 'string' ? (doc[key] as string) : null)
  const details = doc.details
  return {
    commitSha: stringAt('commitSha'),
    runId: typeof doc.runId === 'number' ? doc.runId : null,
    runUrl: stringAt('runUrl'),
    producedAt: stringAt('producedAt'),
    dbtVersion: stringAt('dbtVersion'),
    schemas: Array.isArray(doc.schemas) ? doc.schemas.filter((s): s is string => typeof s === 'string') : [],
    details: isObject(details) ? details : {}
  }
}

/** The `state.json` in a state folder, or null when there is none. */
export async function readStateRecord(file: string): Promise<StateRecord | null> {
  const text = await readFile(file, 'utf8').catch(() => null)
  return text === null ? null : parseStateRecord(text)
}
