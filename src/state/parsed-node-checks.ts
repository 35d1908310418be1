/**
 * dbt's `ParsedNode.same_contents` (and its overrides) for models, seeds, snapshots, tests, analyses, hooks and
 * functions, as a list of named checks per resource type: each check is one of dbt's `same_*` methods and
 * returns the reasons it finds the node different (none when dbt's method says "same"). Every check runs, so
 * the reasons are complete; contract first, as dbt evaluates it first ("it could throw an error").
 */
import type { JsonObject, ManifestNode, ResourceType } from '../manifest/types.js'
import { configReason, contractReason, fieldReason, fqnReason, relationReason } from './change-reasons.js'
import type { CompareSettings } from './compare-options.js'
import { fieldChanges, unrenderedConfigChanges } from './config-comparison.js'
import { contractDifference } from './contract-comparison.js'
import { describeChanges } from './describe.js'
import { sameFqn } from './fqn-comparison.js'
import { persistedDescriptionDifference } from './persisted-descriptions.js'
import { pyEq, sameInstant } from './python-equality.js'
import { relationChanges } from './relation-comparison.js'
import type { ComparatorContext, ContentComparison } from './resource-comparators.js'
import { compareSeedHashes } from './seed-comparison.js'
import { staticConfigKwargs } from './static-config-kwargs.js'
import { normaliseStaticKwargs } from './static-kwarg-normalisation.js'
import type { ChangeReason } from './types.js'
import { isObject } from '../util/object.js'

/** What every check of one comparison sees: both nodes, the rules, and the configs as compared. */
interface CheckInput {
  current: ManifestNode
  state: ManifestNode
  context: ComparatorContext
  /** Unrendered configs after the 1.12 cross-version normalisation, for same_config and the relation. */
  currentConfig: JsonObject
  stateConfig: JsonObject
  /** Generic tests compare only config and fqn in `same_contents`; body and relation count for sub-selectors. */
  isGenericTest: boolean
  /** Warnings a check has for the user (a seed too big to hash). */
  warnings: string[]
}

type NodeCheck = (input: CheckInput) => ChangeReason[]

/** `ModelNode.same_contract`: a contract change, breaking or not (fatal on a versioned model). */
const same_contract: NodeCheck = ({ current, state, context }) => {
  const contract = contractDifference(current, state, context.adapterType, context.settings.dbtVersion)
  return contract ? [contractReason(current, contract.breaking)] : []
}

/** `same_body`: the raw code; a generic test's counts for state:modified.body only. */
const same_body: NodeCheck = ({ current, state, isGenericTest }) => {
  if (current.rawCode === state.rawCode) return []
  return [
    isGenericTest
      ? {
          code: 'generic_test_body_changed',
          check: 'body',
          message: 'the generic test call changed (counts for state:modified.body only, not state:modified)'
        }
      : { code: 'body_changed', check: 'body', message: 'the SQL/Python code changed' }
  ]
}

/** `SeedNode.same_body` (`same_seeds`): the file checksum, with dbt's warning for seeds too big to hash. */
const same_seeds: NodeCheck = ({ current, state, warnings }) => {
  const seed = compareSeedHashes(current, state)
  if (seed.warning) warnings.push(seed.warning)
  if (seed.same) return []
  return [
    {
      code: 'seed_checksum_changed',
      check: 'body',
      message: `seed file checksum changed (${state.checksum.name} ${state.checksum.checksum} → ${current.checksum.name} ${current.checksum.checksum})`,
      oldHash: state.checksum,
      newHash: current.checksum,
      ...(seed.warning ? { warning: seed.warning } : {})
    }
  ]
}

/** `same_config`: the unrendered configs, compared as `NodeConfig.same_contents` does. */
const same_config: NodeCheck = ({ current, context, currentConfig, stateConfig }) => {
  const changes = unrenderedConfigChanges(
    current.resourceType,
    currentConfig,
    stateConfig,
    context.settings.dbtVersion
  )
  return changes.length > 0 ? [configReason(changes)] : []
}

/** `same_persisted_description`: descriptions that persist_docs writes to the warehouse. */
const same_persisted_description: NodeCheck = ({ current, state }) => {
  const descriptions = persistedDescriptionDifference(current, state)
  if (!descriptions) return []
  const parts = [
    ...(descriptions.relation ? ['the description'] : []),
    ...(descriptions.columns.length > 0 ? [`descriptions of columns ${descriptions.columns.join(', ')}`] : [])
  ]
  return [
    {
      code: 'description_changed',
      check: 'persisted_descriptions',
      message: `persisted ${parts.join(' and ')} changed`,
      relation: descriptions.relation,
      columns: descriptions.columns
    }
  ]
}

/** `same_fqn`: the node's place in the project (a moved file). */
const same_fqn: NodeCheck = ({ current, state }) =>
  sameFqn(current, state) ? [] : [fqnReason(current, state)]

/** `same_database_representation`: database, schema and alias as configured; a generic test's is sub-selector only. */
const same_database_representation: NodeCheck = ({
  current,
  state,
  context,
  currentConfig,
  stateConfig,
  isGenericTest
}) => {
  const changes = relationChanges(
    { ...current, unrenderedConfig: currentConfig },
    { ...state, unrenderedConfig: stateConfig },
    context.settings.unrenderedValues
  )
  if (changes.length === 0) return []
  return [
    isGenericTest
      ? {
          code: 'generic_test_relation_changed',
          check: 'relation',
          message: `configured relation of the test changed (counts for state:modified.relation only): ${describeChanges(changes)}`,
          changes
        }
      : relationReason(changes)
  ]
}

/** `ModelNode.same_ref_representation`: latest_version, access and deprecation_date, how other models ref it. */
const same_ref_representation: NodeCheck = ({ current, state }) => {
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
  if (changes.length === 0) return []
  return [
    {
      code: 'ref_representation_changed',
      check: 'ref_representation',
      message: `how other models ref it changed: ${describeChanges(changes)}`,
      changes
    }
  ]
}

/** `FunctionNode`'s `same_arguments`, `same_returns` and `same_overloads`, reported as one signature change. */
const same_signature: NodeCheck = ({ current, state }) => {
  const changes = [
    ...fieldChanges(['arguments', 'returns'], current.extra, state.extra),
    ...(pyEq(overloadKeys(current), overloadKeys(state))
      ? []
      : [{ key: 'overloads', old: state.extra.overloads ?? null, new: current.extra.overloads ?? null }])
  ]
  return changes.length > 0 ? [fieldReason('function signature changed', changes)] : []
}

/** `ParsedNode.same_contents` without `same_contract`, which is `True` except on models. */
const PARSED_NODE: readonly NodeCheck[] = [
  same_body,
  same_config,
  same_persisted_description,
  same_fqn,
  same_database_representation
]

/**
 * The checks of each resource type's `same_contents`. Tests skip same_persisted_description (they persist no
 * docs); a generic test's body and relation reasons are sub-selector only (its `same_contents` is same_config
 * and same_fqn).
 */
const CHECKS: Partial<Record<ResourceType, readonly NodeCheck[]>> = {
  model: [same_contract, ...PARSED_NODE, same_ref_representation],
  seed: [same_seeds, same_config, same_persisted_description, same_fqn, same_database_representation],
  test: [same_body, same_config, same_fqn, same_database_representation],
  function: [...PARSED_NODE, same_signature]
}

export function compareParsedNode(
  current: ManifestNode,
  state: ManifestNode,
  context: ComparatorContext
): ContentComparison {
  const [currentConfig, stateConfig] = comparableUnrenderedConfigs(current, state, context.settings)
  const input: CheckInput = {
    current,
    state,
    context,
    currentConfig,
    stateConfig,
    isGenericTest: current.resourceType === 'test' && current.testMetadata !== null,
    warnings: []
  }
  const checks = CHECKS[current.resourceType] ?? PARSED_NODE
  return { reasons: checks.flatMap(check => check(input)), warnings: input.warnings }
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
