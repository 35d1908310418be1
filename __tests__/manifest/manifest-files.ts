/** Small manifests written to a temporary folder, for loader behaviours that need no real project. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type RawManifest = Record<string, unknown>

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-manifest-'))
}

export function writeTemp(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name)
  writeFileSync(file, content)
  return file
}

export function model(name: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    unique_id: `model.shop.${name}`,
    resource_type: 'model',
    name,
    package_name: 'shop',
    fqn: ['shop', name],
    path: `${name}.sql`,
    original_file_path: `models/${name}.sql`,
    raw_code: `select 1 as id`,
    language: 'sql',
    config: { enabled: true, materialized: 'view' },
    unrendered_config: {},
    depends_on: { macros: [], nodes: [] },
    checksum: { name: 'sha256', checksum: 'abc' },
    database: 'analytics',
    schema: 'prod',
    alias: name,
    ...fields
  }
}

/** A v12 manifest with the given models (and whatever else `extra` adds at the top level). */
export function manifestWith(models: Record<string, unknown>[], extra: RawManifest = {}): RawManifest {
  return {
    metadata: {
      dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json',
      dbt_version: '1.10.4',
      generated_at: '2026-01-01T00:00:00Z',
      invocation_id: 'inv-1',
      adapter_type: 'postgres',
      project_name: 'shop'
    },
    nodes: Object.fromEntries(models.map(m => [m.unique_id as string, m])),
    sources: {},
    macros: {
      'macro.shop.cents': {
        unique_id: 'macro.shop.cents',
        name: 'cents',
        package_name: 'shop',
        macro_sql: '{% macro cents(x) %}{{ x }} * 100{% endmacro %}',
        depends_on: { macros: [] }
      }
    },
    exposures: {},
    metrics: {},
    disabled: {},
    parent_map: {},
    child_map: {},
    ...extra
  }
}
