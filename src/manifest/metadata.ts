/** The manifest's `metadata` block and the schema-version gate (dbt's `upgrade_schema_version`). */
import { ArtifactError } from '../errors.js'
import type { Json, ManifestMetadata } from './types.js'
import { isObject } from '../util/object.js'

/** dbt 1.12 reads manifests of these schema versions (v4 = dbt 1.0 … v12 = dbt 1.8+). */
export const OLDEST_READABLE_SCHEMA = 4
export const NEWEST_READABLE_SCHEMA = 12

const SCHEMA_URL = /\/dbt\/([a-z-]+)\/v(\d+)\.json$/

/** Reads `metadata` and rejects artifacts that are not manifests or have an unreadable schema version. */
export function readMetadata(file: string, raw: Json): ManifestMetadata {
  const metadata = isObject(raw) ? raw : {}
  const url = metadata.dbt_schema_version
  const match = typeof url === 'string' ? SCHEMA_URL.exec(url) : null
  if (match === null) {
    throw new ArtifactError(
      file,
      'is not a dbt manifest: metadata.dbt_schema_version is missing or not a dbt schema URL. ' +
        'Pass the manifest.json that `dbt parse`, `dbt compile` or `dbt build` writes to the target folder.'
    )
  }
  const [, kind, versionText] = match
  if (kind !== 'manifest') {
    throw new ArtifactError(
      file,
      `is a dbt ${kind} artifact (${String(url)}), not a manifest. Pass manifest.json from the same target folder.`
    )
  }
  const schemaVersion = Number(versionText)
  if (schemaVersion < OLDEST_READABLE_SCHEMA) {
    throw new ArtifactError(
      file,
      `has manifest schema v${schemaVersion}, written by dbt 0.19–0.21; dbt reads v${OLDEST_READABLE_SCHEMA} and ` +
        'newer: regenerate it with dbt >= 1.0 (for example `dbt parse`).'
    )
  }
  if (schemaVersion > NEWEST_READABLE_SCHEMA) {
    throw new ArtifactError(
      file,
      `has manifest schema v${schemaVersion}, newer than the v${NEWEST_READABLE_SCHEMA} this tool reads: ` +
        'generate it with dbt 1.0 to 1.12, or upgrade dbt-slim-ci.'
    )
  }
  return {
    schemaVersion,
    dbtVersion: typeof metadata.dbt_version === 'string' ? metadata.dbt_version : '',
    adapterType: stringOrNull(metadata.adapter_type),
    generatedAt: stringOrNull(metadata.generated_at),
    projectName: stringOrNull(metadata.project_name),
    invocationId: stringOrNull(metadata.invocation_id)
  }
}

function stringOrNull(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : null
}
