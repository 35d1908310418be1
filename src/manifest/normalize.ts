/**
 * Turns one raw manifest entry (as dbt serialised it, any schema version v4..v12) into the compact typed node
 * the comparison engine reads. Applies the upgrades dbt applies to older manifests where they matter for
 * comparison (dbt-core's `upgrade_manifest_json`) and fills the defaults dbt's dataclasses would, so
 * "missing" and "default" compare equal, as they do in dbt.
 */
import type {
  ColumnInfo,
  Contract,
  FileHash,
  Json,
  JsonObject,
  Macro,
  ManifestNode,
  ManifestSection,
  ResourceType,
  TestMetadata
} from './types.js'
import { isObject } from '../util/object.js'

/** An entry whose shape no dbt version writes; the loader adds the file and entry to the message. */
export class EntryShapeError extends Error {
  override name = 'EntryShapeError'
}

const NODES_SECTION_TYPES: ReadonlySet<string> = new Set([
  'model',
  'seed',
  'snapshot',
  'test',
  'analysis',
  'operation',
  'sql_operation'
])

/** The resource type each non-`nodes` section holds. */
const SECTION_TYPES: Record<Exclude<ManifestSection, 'nodes'>, ResourceType> = {
  sources: 'source',
  exposures: 'exposure',
  metrics: 'metric',
  semantic_models: 'semantic_model',
  saved_queries: 'saved_query',
  unit_tests: 'unit_test',
  functions: 'function'
}

/** The section a node of this resource type belongs to (used for `disabled`, which mixes all types). */
export function sectionOf(resourceType: ResourceType): ManifestSection {
  for (const [section, type] of Object.entries(SECTION_TYPES)) {
    if (type === resourceType) return section as ManifestSection
  }
  return 'nodes'
}

/** Reads the resource type of a raw entry found in `section` (or in `disabled` when `section` is null). */
function resourceTypeOf(raw: JsonObject, section: ManifestSection | null): ResourceType {
  const declared = raw.resource_type
  if (declared === undefined && section !== null && section !== 'nodes') return SECTION_TYPES[section]
  if (typeof declared !== 'string') throw new EntryShapeError('has no resource_type')
  // dbt 1.0–1.2 called SQL operations "rpc"; later versions upgrade them to "sql_operation".
  const type = declared === 'rpc' ? 'sql_operation' : declared
  const expected = section === null || section === 'nodes' ? undefined : SECTION_TYPES[section]
  const known = NODES_SECTION_TYPES.has(type) || Object.values(SECTION_TYPES).includes(type as ResourceType)
  if (!known || (expected !== undefined && type !== expected)) {
    throw new EntryShapeError(
      `has resource_type "${declared}", which this tool does not know in "${section ?? 'disabled'}" ` +
        '(was the manifest written by a newer dbt? this tool reads manifests of dbt 1.0 to 1.12)'
    )
  }
  return type as ResourceType
}

export interface NormalizeOptions {
  /** Keep `compiled_code` (`compiled_sql` before v7); dropped by default, it is most of a manifest's size. */
  keepCompiledCode?: boolean
}

/** Entry fields nothing reads, often the bulk of a built manifest (compiled SQL): the loader skips them unparsed. */
const UNREAD_FIELDS = [
  'extra_ctes',
  'refs',
  'sources',
  'metrics',
  'docs',
  'created_at',
  'build_path',
  'compiled_path'
]
const COMPILED_CODE_FIELDS = ['compiled_code', 'compiled_sql']

/** The fields of manifest entries whose values normalisation never reads under `options`. */
export function unreadFields(options: NormalizeOptions = {}): ReadonlySet<string> {
  return new Set(options.keepCompiledCode ? UNREAD_FIELDS : [...UNREAD_FIELDS, ...COMPILED_CODE_FIELDS])
}

/**
 * Normalises one graph member. `key` is its key in the manifest map (its unique_id); `section` is the map
 * it came from, or the section its resource type belongs to for entries of `disabled`.
 */
export function normalizeNode(
  raw: Json,
  key: string,
  section: ManifestSection | null,
  options: NormalizeOptions = {}
): ManifestNode {
  const node = asEntry(raw)
  const resourceType = resourceTypeOf(node, section)
  const config = object(node.config)
  const dependsOn = object(node.depends_on)
  return {
    uniqueId: string(node.unique_id, key),
    resourceType,
    section: section ?? sectionOf(resourceType),
    name: string(node.name, ''),
    packageName: string(node.package_name, ''),
    fqn: stringList(node.fqn),
    originalFilePath: string(node.original_file_path, ''),
    path: string(node.path, ''),
    patchPath: patchPath(node.patch_path),
    enabled: resourceType === 'exposure' && section === 'exposures' ? true : config.enabled !== false,
    // Seeds never depend on nodes; dbt drops the field when upgrading older manifests.
    dependsOnNodes: resourceType === 'seed' ? [] : stringList(dependsOn.nodes),
    dependsOnMacros: list(dependsOn.macros).map(m => (typeof m === 'string' ? m : null)),
    rawCode: string(node.raw_code, string(node.raw_sql, '')),
    language: stringOrNull(node.language) ?? (typeof node.raw_sql === 'string' ? 'sql' : null),
    ...(options.keepCompiledCode ? compiledCode(node) : {}),
    config,
    unrenderedConfig: object(node.unrendered_config),
    description: string(node.description, ''),
    columns: columns(node.columns),
    tags: stringList(node.tags),
    meta: object(node.meta),
    checksum: fileHash(node.checksum),
    database: stringOrNull(node.database),
    schema: stringOrNull(node.schema),
    alias: stringOrNull(node.alias),
    relationName: stringOrNull(node.relation_name),
    contract: contract(node.contract),
    constraints: objectList(node.constraints),
    version: versionValue(node.version),
    latestVersion: versionValue(node.latest_version),
    access: string(node.access, 'protected'),
    deprecationDate: stringOrNull(node.deprecation_date),
    testMetadata: testMetadata(node.test_metadata),
    attachedNode: stringOrNull(node.attached_node),
    columnName: stringOrNull(node.column_name),
    extra: extraFields(resourceType, node)
  }
}

export function normalizeMacro(raw: Json, key: string): Macro {
  const macro = asEntry(raw)
  return {
    uniqueId: string(macro.unique_id, key),
    name: string(macro.name, ''),
    packageName: string(macro.package_name, ''),
    originalFilePath: string(macro.original_file_path, ''),
    macroSql: string(macro.macro_sql, ''),
    dependsOnMacros: stringList(object(macro.depends_on).macros)
  }
}

/** The type-specific compared fields documented on `ManifestNode.extra`, with dataclass defaults. */
/** What dbt ≤1.5's `Metric.same_contents` compares besides label, description and config (schema v7–v9). */
export const LEGACY_METRIC_FIELDS = [
  'model',
  'window',
  'dimensions',
  'filters',
  'calculation_method',
  'expression',
  'timestamp',
  'time_grains'
]

function extraFields(type: ResourceType, node: JsonObject): JsonObject {
  switch (type) {
    case 'source':
      return {
        identifier: stringOrNull(node.identifier),
        source_name: string(node.source_name, ''),
        unrendered_database: stringOrNull(node.unrendered_database),
        unrendered_schema: stringOrNull(node.unrendered_schema),
        quoting: withDefaults(node.quoting, { database: null, schema: null, identifier: null, column: null }),
        freshness: freshness(node.freshness),
        loaded_at_field: stringOrNull(node.loaded_at_field),
        external: isObject(node.external)
          ? withDefaults(node.external, {
              location: null,
              file_format: null,
              row_format: null,
              tbl_properties: null,
              partitions: null
            })
          : null
      }
    case 'exposure':
      return {
        type: stringOrNull(node.type),
        owner: withDefaults(node.owner, { email: null, name: null }),
        maturity: stringOrNull(node.maturity),
        url: stringOrNull(node.url),
        label: stringOrNull(node.label)
      }
    case 'metric':
      return {
        type: stringOrNull(node.type),
        label: stringOrNull(node.label),
        ...Object.fromEntries(LEGACY_METRIC_FIELDS.filter(key => key in node).map(key => [key, node[key]]))
      }
    case 'semantic_model':
      return {
        model: string(node.model, ''),
        defaults: isObject(node.defaults) ? withDefaults(node.defaults, { agg_time_dimension: null }) : null,
        entities: objectList(node.entities).map(e => withDefaults(e, ENTITY_DEFAULTS)),
        dimensions: objectList(node.dimensions).map(d => withDefaults(d, DIMENSION_DEFAULTS)),
        measures: objectList(node.measures).map(m => withDefaults(m, MEASURE_DEFAULTS)),
        primary_entity: stringOrNull(node.primary_entity),
        group: stringOrNull(node.group)
      }
    case 'saved_query':
      return {
        query_params: withDefaults(node.query_params, {
          metrics: [],
          group_by: [],
          where: null,
          order_by: [],
          limit: null
        }),
        exports: objectList(node.exports).map(e => withDefaults(e, { config: {}, unrendered_config: {} })),
        group: stringOrNull(node.group),
        label: stringOrNull(node.label)
      }
    case 'unit_test':
      return {
        checksum: stringOrNull(node.checksum),
        model: string(node.model, ''),
        versions: node.versions ?? null
      }
    case 'function':
      return {
        arguments: list(node.arguments),
        returns: node.returns ?? null,
        overloads: list(node.overloads)
      }
    default:
      return {}
  }
}

const SEMANTIC_ELEMENT_DEFAULTS = { description: null, label: null, expr: null, config: null }
const ENTITY_DEFAULTS: JsonObject = { ...SEMANTIC_ELEMENT_DEFAULTS, role: null }
const DIMENSION_DEFAULTS: JsonObject = {
  ...SEMANTIC_ELEMENT_DEFAULTS,
  is_partition: false,
  type_params: null,
  metadata: null
}
const MEASURE_DEFAULTS: JsonObject = {
  ...SEMANTIC_ELEMENT_DEFAULTS,
  create_metric: false,
  agg_params: null,
  non_additive_dimension: null,
  agg_time_dimension: null
}

/** dbt's FreshnessThreshold: absent stays null; a present one gets its `Time` members and filter filled. */
function freshness(value: Json | undefined): Json {
  if (!isObject(value)) return null
  const time = (t: Json | undefined): Json =>
    t === null ? null : withDefaults(t ?? {}, { count: null, period: null })
  return {
    ...value,
    warn_after: time(value.warn_after),
    error_after: time(value.error_after),
    filter: value.filter ?? null
  }
}

function compiledCode(node: JsonObject): { compiledCode?: string } {
  const code = node.compiled_code ?? node.compiled_sql
  return typeof code === 'string' ? { compiledCode: code } : {}
}

function columns(value: Json | undefined): Record<string, ColumnInfo> {
  const result: Record<string, ColumnInfo> = {}
  for (const [key, raw] of Object.entries(object(value))) {
    const column = object(raw)
    result[key] = {
      name: string(column.name, key),
      description: string(column.description, ''),
      dataType: stringOrNull(column.data_type),
      constraints: objectList(column.constraints),
      ...columnTags(column)
    }
  }
  return result
}

function columnTags(column: JsonObject): { tags?: string[] } {
  const listed = [column.tags, object(column.config).tags].flatMap(tags =>
    Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : []
  )
  return listed.length > 0 ? { tags: [...new Set(listed)] } : {}
}

function fileHash(value: Json | undefined): FileHash {
  const hash = object(value)
  return { name: string(hash.name, 'none'), checksum: string(hash.checksum, '') }
}

function contract(value: Json | undefined): Contract {
  const c = object(value)
  return { enforced: c.enforced === true, checksum: stringOrNull(c.checksum) }
}

function testMetadata(value: Json | undefined): TestMetadata | null {
  if (!isObject(value)) return null
  return {
    name: string(value.name, ''),
    namespace: stringOrNull(value.namespace),
    kwargs: object(value.kwargs)
  }
}

function versionValue(value: Json | undefined): string | number | null {
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

function asEntry(raw: Json): JsonObject {
  if (!isObject(raw)) throw new EntryShapeError('is not a JSON object')
  return raw
}

function object(value: Json | undefined): JsonObject {
  return isObject(value) ? value : {}
}

function withDefaults(value: Json | undefined, defaults: JsonObject): JsonObject {
  return { ...defaults, ...object(value) }
}

function list(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : []
}

function objectList(value: Json | undefined): JsonObject[] {
  return list(value).filter((item): item is JsonObject => isObject(item))
}

function stringList(value: Json | undefined): string[] {
  return list(value).filter((v): v is string => typeof v === 'string')
}

function string(value: Json | undefined, fallback: string): string {
  return typeof value === 'string' ? value : fallback
}

function stringOrNull(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : null
}

/** `<package>://<path>` as dbt writes it; the path part is what the `path:` selector method compares. */
function patchPath(value: Json | undefined): string | null {
  if (typeof value !== 'string' || value.length === 0) return null
  const separator = value.indexOf('://')
  return separator === -1 ? value : value.slice(separator + 3)
}
