import type { Manifest, ManifestNode, ResourceType } from '../manifest/types.js'
import type { StateComparison } from '../state/types.js'
import { walk } from './graph-walk.js'
import { searchNodeMethod } from './node-methods.js'
import {
  parseSelection,
  type IndirectSelection,
  type SelectionCriterion,
  type SelectionGroup,
  type SelectionSpec
} from './selector-syntax.js'
import { searchStateMethod } from './state-method.js'
import type { SelectionInput, SelectionResult, SelectionWhy } from './types.js'

/** The default selection of this tool: everything modified and everything downstream of it. */
export const DEFAULT_SELECT = ['state:modified+']

/** `dbt ls --resource-type all` lists every type except operation hooks and SQL operations. */
const LISTED_TYPES: ReadonlySet<ResourceType> = new Set([
  'model',
  'snapshot',
  'seed',
  'test',
  'source',
  'exposure',
  'metric',
  'saved_query',
  'semantic_model',
  'unit_test',
  'function',
  'analysis'
])

interface Bundle {
  direct: Set<string>
  /** Tests waiting for their other parents (cautious/buildable). */
  indirect: Set<string>
  why: Map<string, SelectionWhy>
}

interface Context {
  current: Manifest
  state: Manifest | null
  comparison: StateComparison | null
  included: ManifestNode[]
  sources: Set<string>
}

/**
 * dbt's node selection (`NodeSelector.select_nodes` + `ResourceTypeSelector` with `--resource-type all`):
 * each criterion is searched, expanded with graph operators and indirectly selected tests, combined by
 * union/intersection, and `--exclude` is subtracted last.
 */
export function selectNodes(input: SelectionInput): SelectionResult {
  const indirectSelection = input.indirectSelection ?? 'eager'
  const select = input.select.length > 0 ? input.select : DEFAULT_SELECT
  const spec = parseSelection(select, input.exclude, indirectSelection)
  const included = [...input.current.nodes.values()]
  const context: Context = {
    current: input.current,
    state: input.state,
    comparison: input.comparison,
    included,
    sources: new Set(included.filter(node => node.resourceType === 'source').map(node => node.uniqueId))
  }
  const [includedSpec, excludedSpec] = spec.components
  const includedBundle = selectSpec(includedSpec, context)
  const excludedBundle = selectSpec(excludedSpec, context)
  const isListed = (id: string): boolean => {
    const resourceType = input.current.nodes.get(id)?.resourceType
    return resourceType !== undefined && LISTED_TYPES.has(resourceType)
  }

  const selected = [...includedBundle.direct]
    .filter(id => !excludedBundle.direct.has(id) && isListed(id))
    .sort()
  const why = new Map<string, SelectionWhy>()
  for (const id of selected)
    why.set(id, includedBundle.why.get(id) ?? { kind: 'matched', selector: includedSpec.raw })
  const excluded = new Map<string, SelectionWhy>()
  for (const id of includedBundle.direct) {
    const reason = excludedBundle.why.get(id)
    if (excludedBundle.direct.has(id) && isListed(id) && reason) excluded.set(id, reason)
  }
  return { selected, why, excluded }
}

function selectSpec(spec: SelectionSpec, context: Context): Bundle {
  return spec.kind === 'criterion' ? selectCriterion(spec, context) : selectGroup(spec, context)
}

function selectCriterion(criterion: SelectionCriterion, context: Context): Bundle {
  const collected =
    criterion.method === 'state'
      ? searchStateMethod(criterion.value, context.included, context.state, context.comparison)
      : searchNodeMethod(criterion, context.included, context.current)
  const why = new Map<string, SelectionWhy>()
  for (const id of collected) why.set(id, { kind: 'matched', selector: criterion.raw })
  const addRelatives = (reached: Map<string, string>, kind: 'descendant' | 'ancestor'): void => {
    for (const [id, origin] of reached)
      if (!why.has(id)) why.set(id, { kind, selector: criterion.raw, of: origin })
  }
  const { parents, children } = context.current
  if (criterion.childrensParents) {
    const descendants = walk(children, collected, null)
    addRelatives(descendants, 'descendant')
    const roots = new Set([...collected, ...descendants.keys()])
    addRelatives(walk(parents, roots, null), 'ancestor')
  }
  if (criterion.parents) addRelatives(walk(parents, collected, criterion.parentsDepth), 'ancestor')
  if (criterion.children) addRelatives(walk(children, collected, criterion.childrenDepth), 'descendant')

  const selected = new Set(why.keys())
  if (criterion.indirectSelection === 'empty') return { direct: selected, indirect: new Set(), why }
  return expandSelection(selected, why, criterion.indirectSelection, criterion.raw, context)
}

/**
 * `NodeSelector.expand_selection`: tests and unit tests directly downstream of the selection join it when any
 * parent is selected (eager), all are (cautious), or all are selected, upstream of the selection or sources
 * (buildable). Tests that do not qualify yet are kept as pending.
 */
function expandSelection(
  selected: Set<string>,
  why: Map<string, SelectionWhy>,
  mode: IndirectSelection,
  raw: string,
  context: Context
): Bundle {
  const direct = new Set(selected)
  const indirect = new Set<string>()
  const buildableScope =
    mode === 'buildable'
      ? new Set([...selected, ...walk(context.current.parents, selected, null).keys(), ...context.sources])
      : null
  for (const id of successors(selected, context.current)) {
    const node = context.current.nodes.get(id)
    if (!node || (node.resourceType !== 'test' && node.resourceType !== 'unit_test')) continue
    const parents = node.dependsOnNodes
    if (!why.has(id))
      why.set(id, {
        kind: 'indirect_test',
        selector: raw,
        of: parents.filter(parent => selected.has(parent))
      })
    if (mode === 'eager' || parents.every(parent => selected.has(parent))) direct.add(id)
    else if (buildableScope && parents.every(parent => buildableScope.has(parent))) direct.add(id)
    else indirect.add(id)
  }
  return { direct, indirect, why }
}

function successors(selected: Set<string>, current: Manifest): Set<string> {
  const result = new Set<string>()
  for (const id of selected) for (const child of current.children.get(id) ?? []) result.add(child)
  return result
}

function selectGroup(group: SelectionGroup, context: Context): Bundle {
  const bundles = group.components.map(component => selectSpec(component, context))
  const combine = (sets: Set<string>[]): Set<string> => combineSets(group.kind, sets)
  const initialDirect = combine(bundles.map(bundle => bundle.direct))
  const indirect = combine(bundles.map(bundle => new Set([...bundle.direct, ...bundle.indirect])))
  const why = new Map<string, SelectionWhy>()
  for (const bundle of bundles) for (const [id, reason] of bundle.why) if (!why.has(id)) why.set(id, reason)
  const direct = incorporateIndirectNodes(initialDirect, indirect, group.indirectSelection, context)
  return { direct, indirect, why }
}

function combineSets(kind: SelectionGroup['kind'], sets: Set<string>[]): Set<string> {
  if (sets.length === 0) return new Set()
  const [first, ...rest] = sets
  if (kind === 'union') return new Set(sets.flatMap(set => [...set]))
  if (kind === 'intersection') return new Set([...first].filter(id => rest.every(set => set.has(id))))
  return new Set([...first].filter(id => !rest.some(set => set.has(id))))
}

/**
 * `NodeSelector.incorporate_indirect_nodes`: pending tests whose parents all ended up selected (cautious), or
 * selected or upstream of the selection (buildable), join after a union or intersection. Unit tests and
 * sources do not count here, as in dbt.
 */
function incorporateIndirectNodes(
  direct: Set<string>,
  indirect: Set<string>,
  mode: IndirectSelection,
  context: Context
): Set<string> {
  if (direct.size === indirect.size && [...direct].every(id => indirect.has(id))) return direct
  const selected = new Set(direct)
  if (mode !== 'cautious' && mode !== 'buildable') return selected
  const scope =
    mode === 'buildable'
      ? new Set([...selected, ...walk(context.current.parents, selected, null).keys()])
      : selected
  for (const id of indirect) {
    const node = context.current.nodes.get(id)
    if (!node || node.section !== 'nodes') continue
    if (node.dependsOnNodes.every(parent => scope.has(parent))) selected.add(id)
  }
  return selected
}
