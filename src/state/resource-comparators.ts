import type { JsonObject, ManifestNode, ResourceType } from '../manifest/types.js'
import type { CompareSettings } from './compare-options.js'
import { fieldChanges, unrenderedConfigChanges } from './config-comparison.js'
import { contractDifference } from './contract-comparison.js'
import { describeChanges } from './describe.js'
import { sameFqn } from './fqn-comparison.js'
import { persistedDescriptionDifference } from './persisted-descriptions.js'
import { pyEq, sameInstant } from './python-equality.js'
import { relationChanges } from './relation-comparison.js'
import { compareSeedHashes } from './seed-comparison.js'
import { staticConfigKwargs } from './static-config-kwargs.js'
import { normaliseStaticKwargs } from './static-kwarg-normalisation.js'
import type { BreakingContractChange, ChangeReason, ValueChange } from './types.js'
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

function compareParsedNode(
  current: ManifestNode,
  state: ManifestNode,
  context: ComparatorContext
): ContentComparison {
  const reasons: ChangeReason[] = []
  const warnings: string[] = []
  const isGenericTest = current.resourceType === 'test' && current.testMetadata !== null
  const [currentConfig, stateConfig] = comparableUnrenderedConfigs(current, state, context.settings)

  if (current.resourceType === 'model') {
    const contract = contractDifference(current, state, context.adapterType, context.settings.dbtVersion)
    if (contract) reasons.push(contractReason(current, contract.breaking))
  }
  if (current.resourceType === 'seed') {
    const seed = compareSeedHashes(current, state)
    if (seed.warning) warnings.push(seed.warning)
    if (!seed.same) {
      reasons.push({
        code: 'seed_checksum_changed',
        check: 'body',
        message: `seed file checksum changed (${state.checksum.name} ${state.checksum.checksum} → ${current.checksum.name} ${current.checksum.checksum})`,
        oldHash: state.checksum,
        newHash: current.checksum,
        ...(seed.warning ? { warning: seed.warning } : {})
      })
    }
  } else if (current.rawCode !== state.rawCode) {
    reasons.push(
      isGenericTest
        ? {
            code: 'generic_test_body_changed',
            check: 'body',
            message: 'the generic test call changed (counts for state:modified.body only, not state:modified)'
          }
        : { code: 'body_changed', check: 'body', message: 'the SQL/Python code changed' }
    )
  }
  const configChanges = unrenderedConfigChanges(
    current.resourceType,
    currentConfig,
    stateConfig,
    context.settings.dbtVersion
  )
  if (configChanges.length > 0) reasons.push(configReason(configChanges))
  if (current.resourceType !== 'test') {
    const descriptions = persistedDescriptionDifference(current, state)
    if (descriptions) {
      const parts = [
        ...(descriptions.relation ? ['the description'] : []),
        ...(descriptions.columns.length > 0
          ? [`descriptions of columns ${descriptions.columns.join(', ')}`]
          : [])
      ]
      reasons.push({
        code: 'description_changed',
        check: 'persisted_descriptions',
        message: `persisted ${parts.join(' and ')} changed`,
        relation: descriptions.relation,
        columns: descriptions.columns
      })
    }
  }
  if (!sameFqn(current, state)) reasons.push(fqnReason(current, state))
  const relation = relationChanges(
    { ...current, unrenderedConfig: currentConfig },
    { ...state, unrenderedConfig: stateConfig },
    context.settings.unrenderedValues
  )
  if (relation.length > 0) {
    reasons.push(
      isGenericTest
        ? {
            code: 'generic_test_relation_changed',
            check: 'relation',
            message: `configured relation of the test changed (counts for state:modified.relation only): ${describeChanges(relation)}`,
            changes: relation
          }
        : relationReason(relation)
    )
  }
  if (current.resourceType === 'model') {
    const changes = [
      ...fieldChanges(
        ['latest_version'],
        { latest_version: current.latestVersion },
        { latest_version: state.latestVersion }
      ),
      ...fieldChanges(['access'], { access: current.access }, { access: state.access }),
      ...(sameInstant(current.deprecationDate, state.deprecationDate)
        ? []
        : [{ key: 'deprecation_date', old: state.deprecationDate, new: current.deprecationDate }])
    ]
    if (changes.length > 0) {
      reasons.push({
        code: 'ref_representation_changed',
        check: 'ref_representation',
        message: `how other models ref it changed: ${describeChanges(changes)}`,
        changes
      })
    }
  }
  if (current.resourceType === 'function') {
    const changes = [
      ...fieldChanges(['arguments', 'returns'], current.extra, state.extra),
      ...(pyEq(overloadKeys(current), overloadKeys(state))
        ? []
        : [{ key: 'overloads', old: state.extra.overloads ?? null, new: current.extra.overloads ?? null }])
    ]
    if (changes.length > 0) reasons.push(fieldReason('function signature changed', changes))
  }
  return { reasons, warnings }
}

/**
 * dbt 1.12 re-derives an older state's statically parsed config kwargs from `raw_code` before comparing
 * (`upgrade_unrendered_config`), except for built-in not_null/unique tests. We do the same; where
 * the Jinja cannot be read we canonicalise `Keyword(...)` reprs instead, on both sides.
 */
function comparableUnrenderedConfigs(
  current: ManifestNode,
  state: ManifestNode,
  settings: CompareSettings
): [JsonObject, JsonObject] {
  if (!settings.normaliseStaticKwargs || current.section !== 'nodes')
    return [current.unrenderedConfig, state.unrenderedConfig]
  return [normaliseStaticKwargs(current.unrenderedConfig), upgradedStateConfig(state)]
}

function upgradedStateConfig(state: ManifestNode): JsonObject {
  const config = state.unrenderedConfig
  if (state.rawCode.length === 0 || Object.keys(config).length === 0 || isSimpleBuiltinGenericTest(state))
    return config
  try {
    const kwargs = staticConfigKwargs(state.rawCode)
    return kwargs ? { ...config, ...kwargs } : config
  } catch {
    return normaliseStaticKwargs(config)
  }
}

function isSimpleBuiltinGenericTest(node: ManifestNode): boolean {
  if (node.resourceType !== 'test' || node.dependsOnMacros.length !== 1) return false
  return (
    node.dependsOnMacros[0] === 'macro.dbt.test_not_null' ||
    node.dependsOnMacros[0] === 'macro.dbt.test_unique'
  )
}

function overloadKeys(node: ManifestNode): JsonObject[] {
  const overloads = node.extra.overloads
  if (!Array.isArray(overloads)) return []
  return overloads.map(overload => {
    const o = isObject(overload) ? overload : {}
    return {
      defined_in: o.defined_in ?? null,
      arguments: o.arguments ?? null,
      returns: o.returns ?? null,
      raw_body: o.raw_body ?? null
    }
  })
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
  // filter, type_params and metadata are stubbed as "same" in dbt-core
  const other = [
    ...fieldChanges(['type'], current.extra, state.extra),
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

function configReason(changes: ValueChange[]): ChangeReason {
  return {
    code: 'config_changed',
    check: 'configs',
    message: `config changed: ${describeChanges(changes)}`,
    changes
  }
}

function relationReason(changes: ValueChange[]): ChangeReason {
  return {
    code: 'relation_changed',
    check: 'relation',
    message: `configured relation changed: ${describeChanges(changes)}`,
    changes
  }
}

function fqnReason(current: ManifestNode, state: ManifestNode): ChangeReason {
  return {
    code: 'fqn_changed',
    check: 'fqn',
    message: `fqn changed from ${state.fqn.join('.')} to ${current.fqn.join('.')} (file moved)`,
    old: state.fqn,
    new: current.fqn
  }
}

function fieldReason(summary: string, changes: ValueChange[]): ChangeReason {
  return {
    code: 'field_changed',
    check: 'other',
    message: `${summary}: ${describeChanges(changes)}`,
    changes
  }
}

function contractReason(current: ManifestNode, breaking: BreakingContractChange[]): ChangeReason {
  const fatal = breaking.length > 0 && current.version !== null
  const message =
    breaking.length === 0
      ? 'model contract changed (not a breaking change)'
      : `breaking contract change${current.version !== null ? ' to a versioned model (dbt aborts with ContractBreakingChangeError)' : ''}: ${breaking.map(change => change.detail).join('; ')}`
  return { code: 'contract_changed', check: 'contract', message, breaking, fatal }
}
