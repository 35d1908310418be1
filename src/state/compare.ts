import type { Manifest, ManifestNode, ManifestSection, ResourceType } from '../manifest/types.js'
import { resolveCompareSettings, type CompareOptions } from './compare-options.js'
import { removedContractChange } from './contract-comparison.js'
import { formatDbtVersion, isAtLeast, type DbtVersion } from './dbt-version.js'
import { findModifiedMacros, MacroClosure, type MacroChange } from './macro-closure.js'
import { compareContents, type ComparatorContext } from './resource-comparators.js'
import type { ChangeReason, ComparisonWarning, NodeComparison, StateComparison } from './types.js'

/** Reasons that dbt's `state:modified` ignores but its `state:modified.<check>` sub-selectors see. */
const SUB_SELECTOR_ONLY_CODES: ReadonlySet<ChangeReason['code']> = new Set([
  'generic_test_body_changed',
  'generic_test_relation_changed'
])

/**
 * New sources, exposures, metrics, semantic models and saved queries are `state:new` but not `state:modified`:
 * their `same_contents(None)` says "same". Every other new node is modified.
 */
const NEW_BUT_NOT_MODIFIED: ReadonlySet<ResourceType> = new Set([
  'source',
  'exposure',
  'metric',
  'semantic_model',
  'saved_query'
])

/**
 * The state sections `StateSelectorMethod.search` looks a node's previous version up in, by the minor that
 * started looking there; before it, every node of the section counts as new.
 */
const LOOKED_UP_SINCE: Partial<Record<ManifestSection, number>> = {
  semantic_models: 8,
  unit_tests: 8,
  saved_queries: 9,
  functions: 11
}

/** Manifests up to v9 (dbt ≤1.5) hold the legacy metrics that MetricFlow replaced in dbt 1.6. */
const LAST_SCHEMA_WITH_LEGACY_METRICS = 9

/** dbt 1.6+ drops the legacy metrics of a state manifest up to v9 when it reads it; dbt ≤1.5 keeps them. */
function isDroppedLegacyMetric(state: Manifest, node: ManifestNode, version: DbtVersion): boolean {
  return (
    node.resourceType === 'metric' &&
    state.metadata.schemaVersion <= LAST_SCHEMA_WITH_LEGACY_METRICS &&
    isAtLeast(version, 1, 6)
  )
}

/** The state's copy of a node as the running dbt finds it, and why it does not when the copy exists. */
function previousVersion(
  state: Manifest,
  uniqueId: string,
  version: DbtVersion
): { old: ManifestNode | undefined; unseen: string | null } {
  const old = state.nodes.get(uniqueId)
  if (old && isDroppedLegacyMetric(state, old, version)) {
    const reason = `a legacy metric of a v${state.metadata.schemaVersion} state manifest, which dbt ${formatDbtVersion(version)} drops when reading it`
    return { old: undefined, unseen: `new: its namesake in the state is ${reason}` }
  }
  const since = old ? LOOKED_UP_SINCE[old.section] : undefined
  if (!old || since === undefined || isAtLeast(version, 1, since)) return { old, unseen: null }
  const searched = [
    'nodes',
    'sources',
    'exposures',
    'metrics',
    ...Object.entries(LOOKED_UP_SINCE)
      .filter(([, minor]) => isAtLeast(version, 1, minor!))
      .map(([section]) => section.replace('_', ' '))
  ]
  return {
    old: undefined,
    unseen:
      `in the state manifest, but dbt ${formatDbtVersion(version)} looks previous versions up only among ` +
      `${searched.slice(0, -1).join(', ')} and ${searched[searched.length - 1]}, so it counts every ` +
      `${old.resourceType.replace('_', ' ')} as new (a dbt bug, fixed in dbt 1.${since})`
  }
}

/**
 * Compares every node of the current manifest's graph with its namesake (same unique_id) in the state
 * manifest, following dbt-core's `state:` rules, and lists the nodes only in state as removed.
 */
export function compareManifests(
  current: Manifest,
  state: Manifest,
  options?: CompareOptions
): StateComparison {
  const settings = resolveCompareSettings(current, state, options)
  const modifiedMacros = findModifiedMacros(current, state)
  const closure = new MacroClosure(current, modifiedMacros)
  const context: ComparatorContext = { settings, adapterType: current.metadata.adapterType }
  const nodes = new Map<string, NodeComparison>()
  const warnings: ComparisonWarning[] = []

  for (const node of current.nodes.values()) {
    const { old, unseen } = previousVersion(state, node.uniqueId, settings.dbtVersion)
    const reasons: ChangeReason[] = []
    let differentContents: boolean
    if (old) {
      const contents = compareContents(node, old, context)
      reasons.push(...contents.reasons)
      warnings.push(...contents.warnings.map(message => ({ uniqueId: node.uniqueId, message })))
      differentContents = contents.reasons.some(reason => !SUB_SELECTOR_ONLY_CODES.has(reason.code))
    } else {
      reasons.push({
        code: 'new',
        check: 'other',
        message: unseen ?? 'not in the state manifest (new, or enabled since)'
      })
      differentContents = !NEW_BUT_NOT_MODIFIED.has(node.resourceType)
    }
    const chain = closure.chainForNode(node)
    if (chain) reasons.push(macroReason(chain, modifiedMacros))
    for (const reason of reasons) {
      if (reason.code === 'contract_changed' && reason.breaking.length > 0 && !reason.fatal) {
        warnings.push({ uniqueId: node.uniqueId, message: `unversioned model: ${reason.message}` })
      }
    }
    nodes.set(node.uniqueId, {
      uniqueId: node.uniqueId,
      resourceType: node.resourceType,
      status: old ? (differentContents || chain !== null ? 'modified' : 'unmodified') : 'new',
      stateModified: differentContents || chain !== null,
      reasons
    })
  }

  for (const old of state.nodes.values()) {
    if (current.nodes.has(old.uniqueId) || isDroppedLegacyMetric(state, old, settings.dbtVersion)) continue
    const removed = removedComparison(old, current.disabled.get(old.uniqueId), context)
    nodes.set(old.uniqueId, removed)
    for (const reason of removed.reasons) {
      if (reason.code === 'contract_changed' && !reason.fatal)
        warnings.push({ uniqueId: old.uniqueId, message: reason.message })
    }
  }

  return {
    nodes,
    modifiedMacros,
    warnings,
    settings: {
      dbtVersion: formatDbtVersion(settings.dbtVersion),
      unrenderedValues: settings.unrenderedValues,
      normalisedStaticKwargs: settings.normaliseStaticKwargs
    }
  }
}

/**
 * A node only in state. For models of the state's `nodes` map dbt (1.9+) also checks whether removing it
 * broke an enforced contract, judging by the current disabled copy when the model was disabled.
 */
function removedComparison(
  old: ManifestNode,
  disabledNow: ManifestNode | undefined,
  context: ComparatorContext
): NodeComparison {
  const reasons: ChangeReason[] = [
    {
      code: 'removed',
      check: 'other',
      message: disabledNow
        ? 'disabled in the current project'
        : 'no longer in the current project (deleted or renamed)'
    }
  ]
  if (
    old.resourceType === 'model' &&
    old.section === 'nodes' &&
    isAtLeast(context.settings.dbtVersion, 1, 9)
  ) {
    const subject = disabledNow ?? old
    const breaking = removedContractChange(subject, disabledNow !== undefined, context.settings.now)
    if (breaking) {
      const fatal = subject.version !== null
      reasons.push({
        code: 'contract_changed',
        check: 'contract',
        message: `breaking contract change${fatal ? ' to a versioned model (dbt aborts with ContractBreakingChangeError)' : ''}: ${breaking.detail}`,
        breaking: [breaking],
        fatal
      })
    }
  }
  return {
    uniqueId: old.uniqueId,
    resourceType: old.resourceType,
    status: 'removed',
    stateModified: false,
    reasons
  }
}

function macroReason(chain: string[], modifiedMacros: ReadonlyMap<string, MacroChange>): ChangeReason {
  const modified = chain[chain.length - 1]
  const change = modifiedMacros.get(modified) ?? 'modified'
  const path = chain.length > 1 ? ` (via ${chain.join(' → ')})` : ''
  return {
    code: 'macro_changed',
    check: 'macros',
    message: `depends on macro ${modified}, which was ${change}${path}`,
    chain,
    macroChange: change
  }
}
