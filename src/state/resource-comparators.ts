import { LEGACY_METRIC_FIELDS } from '../manifest/normalize.js'
import type { JsonObject, ManifestNode, ResourceType } from '../manifest/types.js'
import { configReason, fieldReason, fqnReason, relationReason } from './change-reasons.js'
import type { CompareSettings } from './compare-options.js'
import { fieldChanges, unrenderedConfigChanges } from './config-comparison.js'
import { isAtLeast } from './dbt-version.js'
import { sameFqn } from './fqn-comparison.js'
import { compareParsedNode } from './parsed-node-checks.js'
import { pyEq } from './python-equality.js'
import { relationChanges } from './relation-comparison.js'
import type { ChangeReason, ValueChange } from './types.js'
import { isObject } from '../util/object.js'

export interface ComparatorContext {
  settings: CompareSettings
  /** The current manifest's adapter: it decides which removed constraints are breaking. */
  adapterType: string | null
}

export interface ContentComparison {
  reasons: ChangeReason[]
  warnings: string[]
}

/**
 * dbt's `same_contents` for a node present in both manifests, evaluating every check so the reasons are
 * complete. Macro dependencies are checked by the caller; the model contract check is included here.
 */
export function compareContents(
  current: ManifestNode,
  state: ManifestNode,
  context: ComparatorContext
): ContentComparison {
  switch (current.resourceType) {
    case 'source':
      return { reasons: compareSource(current, state, context), warnings: [] }
    case 'exposure':
      return { reasons: compareExposure(current, state, context), warnings: [] }
    case 'metric':
      return { reasons: compareMetric(current, state, context), warnings: [] }
    case 'semantic_model':
      return { reasons: compareSemanticModel(current, state), warnings: [] }
    case 'saved_query':
      return { reasons: compareSavedQuery(current, state), warnings: [] }
    case 'unit_test':
      return { reasons: compareUnitTest(current, state), warnings: [] }
    default:
      return compareParsedNode(current, state, context)
  }
}

function compareSource(
  current: ManifestNode,
  state: ManifestNode,
  context: ComparatorContext
): ChangeReason[] {
  const reasons: ChangeReason[] = []
  const relation = relationChanges(current, state, context.settings.unrenderedValues)
  if (relation.length > 0) reasons.push(relationReason(relation))
  if (!sameFqn(current, state)) reasons.push(fqnReason(current, state))
  const config = unrenderedConfigChanges(
    'source',
    current.unrenderedConfig,
    state.unrenderedConfig,
    context.settings.dbtVersion
  )
  if (config.length > 0) reasons.push(configReason(config))
  const other = fieldChanges(
    ['quoting', 'freshness', 'loaded_at_field', 'external'],
    current.extra,
    state.extra
  )
  if (other.length > 0) reasons.push(fieldReason('source properties changed', other))
  return reasons
}

function compareExposure(
  current: ManifestNode,
  state: ManifestNode,
  context: ComparatorContext
): ChangeReason[] {
  const reasons: ChangeReason[] = []
  if (!sameFqn(current, state)) reasons.push(fqnReason(current, state))
  const other = [
    ...fieldChanges(['type', 'owner', 'maturity', 'url'], current.extra, state.extra),
    ...fieldChanges(
      ['description'],
      { description: current.description },
      { description: state.description }
    ),
    ...fieldChanges(['label'], current.extra, state.extra)
  ]
  const currentParents = new Set(current.dependsOnNodes)
  const stateParents = new Set(state.dependsOnNodes)
  if (currentParents.size !== stateParents.size || [...currentParents].some(id => !stateParents.has(id))) {
    other.push({ key: 'depends_on.nodes', old: [...stateParents].sort(), new: [...currentParents].sort() })
  }
  if (other.length > 0) reasons.push(fieldReason('exposure properties changed', other))
  const config = unrenderedConfigChanges(
    'exposure',
    current.unrenderedConfig,
    state.unrenderedConfig,
    context.settings.dbtVersion
  )
  if (config.length > 0) reasons.push(configReason(config))
  return reasons
}

function compareMetric(
  current: ManifestNode,
  state: ManifestNode,
  context: ComparatorContext
): ChangeReason[] {
  const reasons: ChangeReason[] = []
  // dbt ≤1.5 compares its legacy metrics field by field; 1.6+ stubs filter, type_params and metadata as "same"
  const compared = isAtLeast(context.settings.dbtVersion, 1, 6) ? ['type'] : LEGACY_METRIC_FIELDS
  const other = [
    ...fieldChanges(compared, current.extra, state.extra),
    ...fieldChanges(
      ['description'],
      { description: current.description },
      { description: state.description }
    ),
    ...fieldChanges(['label'], current.extra, state.extra)
  ]
  if (other.length > 0) reasons.push(fieldReason('metric properties changed', other))
  const config = unrenderedConfigChanges(
    'metric',
    current.unrenderedConfig,
    state.unrenderedConfig,
    context.settings.dbtVersion
  )
  if (config.length > 0) reasons.push(configReason(config))
  return reasons
}

function compareSemanticModel(current: ManifestNode, state: ManifestNode): ChangeReason[] {
  const reasons: ChangeReason[] = []
  const other = [
    ...fieldChanges(['model'], current.extra, state.extra),
    ...fieldChanges(
      ['description'],
      { description: current.description },
      { description: state.description }
    ),
    ...fieldChanges(
      ['defaults', 'entities', 'dimensions', 'measures', 'primary_entity', 'group'],
      current.extra,
      state.extra
    )
  ]
  if (other.length > 0) reasons.push(fieldReason('semantic model properties changed', other))
  const config = renderedConfigChanges(current, state)
  if (config.length > 0) reasons.push(configReason(config))
  return reasons
}

function compareSavedQuery(current: ManifestNode, state: ManifestNode): ChangeReason[] {
  const reasons: ChangeReason[] = []
  const params = (node: ManifestNode): JsonObject => {
    const value = node.extra.query_params
    return isObject(value) ? value : {}
  }
  const other = [
    ...fieldChanges(['metrics', 'group_by', 'where'], params(current), params(state)).map(change => ({
      ...change,
      key: `query_params.${change.key}`
    })),
    ...fieldChanges(
      ['description'],
      { description: current.description },
      { description: state.description }
    ),
    ...fieldChanges(['label', 'group'], current.extra, state.extra),
    ...(sameExports(current, state)
      ? []
      : [{ key: 'exports', old: state.extra.exports ?? null, new: current.extra.exports ?? null }]),
    ...fieldChanges(['tags'], { tags: current.tags }, { tags: state.tags })
  ]
  if (other.length > 0) reasons.push(fieldReason('saved query properties changed', other))
  const config = renderedConfigChanges(current, state)
  if (config.length > 0) reasons.push(configReason(config))
  return reasons
}

/** Same count, and pairwise in order the same name and unrendered `export_as`/`schema`/`alias`. */
function sameExports(current: ManifestNode, state: ManifestNode): boolean {
  const currentExports = Array.isArray(current.extra.exports) ? current.extra.exports : []
  const stateExports = Array.isArray(state.extra.exports) ? state.extra.exports : []
  if (currentExports.length !== stateExports.length) return false
  const asObject = (value: unknown): JsonObject => (isObject(value) ? (value as JsonObject) : {})
  return currentExports.every((exported, index) => {
    const a = asObject(exported)
    const b = asObject(stateExports[index])
    if (!pyEq(a.name ?? null, b.name ?? null)) return false
    const ua = asObject(a.unrendered_config)
    const ub = asObject(b.unrendered_config)
    return ['export_as', 'schema', 'alias'].every(key => pyEq(ua[key] ?? null, ub[key] ?? null))
  })
}

/** Defaults of `SemanticModelConfig` / `SavedQueryConfig`, which dbt fills in before comparing the objects. */
const RENDERED_CONFIG_DEFAULTS: Partial<Record<ResourceType, JsonObject>> = {
  semantic_model: { enabled: true, group: null, meta: {} },
  saved_query: {
    enabled: true,
    group: null,
    meta: {},
    export_as: null,
    schema: null,
    cache: { enabled: false }
  }
}

/** Semantic models and saved queries compare their rendered config objects (dataclass equality). */
function renderedConfigChanges(current: ManifestNode, state: ManifestNode): ValueChange[] {
  const defaults = RENDERED_CONFIG_DEFAULTS[current.resourceType] ?? {}
  const currentConfig = { ...defaults, ...current.config }
  const stateConfig = { ...defaults, ...state.config }
  const keys = [...new Set([...Object.keys(currentConfig), ...Object.keys(stateConfig)])]
  return fieldChanges(keys, currentConfig, stateConfig)
}

function compareUnitTest(current: ManifestNode, state: ManifestNode): ChangeReason[] {
  const changes = fieldChanges(['checksum'], current.extra, state.extra)
  return changes.length > 0 ? [fieldReason('unit test definition or fixture rows changed', changes)] : []
}
