/**
 * The parts of a dbt `manifest.json` that state comparison, selection, deferral and reporting need.
 * Loading keeps only these fields (manifests reach hundreds of MB) and fills in the defaults that dbt's
 * dataclasses would, so comparisons never see "missing".
 */

export type Json = null | boolean | number | string | Json[] | JsonObject
export interface JsonObject {
  [key: string]: Json
}

/** Every resource type that can be a member of dbt's graph, plus macros. */
export type ResourceType =
  | 'model'
  | 'seed'
  | 'snapshot'
  | 'test'
  | 'unit_test'
  | 'analysis'
  | 'operation'
  | 'sql_operation'
  | 'source'
  | 'exposure'
  | 'metric'
  | 'semantic_model'
  | 'saved_query'
  | 'function'

/** The top-level manifest map a node was read from: dbt looks up state nodes map by map. */
export type ManifestSection =
  | 'nodes'
  | 'sources'
  | 'exposures'
  | 'metrics'
  | 'semantic_models'
  | 'saved_queries'
  | 'unit_tests'
  | 'functions'

export interface ManifestMetadata {
  /** N of `https://schemas.getdbt.com/dbt/manifest/vN.json`. */
  schemaVersion: number
  dbtVersion: string
  adapterType: string | null
  generatedAt: string | null
  projectName: string | null
  invocationId: string | null
}

/** dbt's `FileHash`: `sha256` of the file text, or `path` mode for seeds over the size limit. */
export interface FileHash {
  name: string
  checksum: string
}

export interface ColumnInfo {
  name: string
  description: string
  dataType: string | null
  constraints: JsonObject[]
  /** `tags` and `config.tags` of the column (the data diff's PII rule reads them); absent when it has none. */
  tags?: string[]
}

export interface Contract {
  enforced: boolean
  checksum: string | null
}

/** Present on generic (schema) tests only; its presence is what tells generic from singular tests. */
export interface TestMetadata {
  name: string
  namespace: string | null
  kwargs: JsonObject
}

/**
 * One graph member of any resource type. Fields that a resource type does not have hold their dbt defaults
 * (empty string, empty object, null), so comparators can be written per type without guarding every access.
 */
export interface ManifestNode {
  uniqueId: string
  resourceType: ResourceType
  section: ManifestSection
  name: string
  packageName: string
  fqn: string[]
  originalFilePath: string
  path: string
  /** `patch_path` without its `<package>://` prefix: the properties YAML that described the node, if any. */
  patchPath: string | null

  /** `config.enabled` (exposures are always enabled). */
  enabled: boolean
  dependsOnNodes: string[]
  /** A null entry means a macro that was removed but is still referenced (dbt raises on it). */
  dependsOnMacros: (string | null)[]

  /** `raw_code` (`raw_sql` before manifest v7); '' when absent. */
  rawCode: string
  language: string | null
  /** `compiled_code`, kept only when the loader is asked to (the deferral report reads it after a run). */
  compiledCode?: string
  /** The rendered `config` object. */
  config: JsonObject
  /** What the user wrote, before rendering: what dbt compares for configs. */
  unrenderedConfig: JsonObject
  description: string
  columns: Record<string, ColumnInfo>
  tags: string[]
  meta: JsonObject
  /** Seeds compare by it; other nodes carry it only for partial parsing. */
  checksum: FileHash

  /** Rendered relation parts (null for types without a relation). */
  database: string | null
  schema: string | null
  alias: string | null
  relationName: string | null

  /** Models only. */
  contract: Contract
  constraints: JsonObject[]
  version: string | number | null
  latestVersion: string | number | null
  access: string
  deprecationDate: string | null

  /** Tests only. */
  testMetadata: TestMetadata | null
  attachedNode: string | null
  columnName: string | null

  /**
   * Type-specific fields that the comparison rules name, copied as dbt serialised them, with defaults filled:
   * sources: identifier, source_name, unrendered_database, unrendered_schema, quoting, freshness,
   *   loaded_at_field, external;
   * exposures: type, owner, maturity, url, label;
   * metrics: type, label;
   * semantic models: model, defaults, entities, dimensions, measures, primary_entity, group;
   * saved queries: query_params, exports, group, label;
   * unit tests: checksum (string), model, versions;
   * functions: arguments, returns, overloads.
   */
  extra: JsonObject
}

export interface Macro {
  uniqueId: string
  name: string
  packageName: string
  /** Relative to its package's root, like nodes' `originalFilePath`. */
  originalFilePath: string
  macroSql: string
  dependsOnMacros: string[]
}

export interface Manifest {
  /** The file it was read from, for error messages. */
  path: string
  metadata: ManifestMetadata
  /** Enabled graph members of every section, by unique_id. */
  nodes: Map<string, ManifestNode>
  /** Disabled nodes of every section (the first disabled copy of each unique_id). */
  disabled: Map<string, ManifestNode>
  macros: Map<string, Macro>
  /** Graph edges derived from `depends_on.nodes` of enabled members, restricted to enabled members. */
  parents: Map<string, string[]>
  children: Map<string, string[]>
}
