import type { Graph } from '../manifest/graph.js'
import type { Manifest, ManifestNode, ResourceType } from '../manifest/types.js'
import { UserError } from '../errors.js'
import { writerOf } from '../state/dbt-version.js'
import type { StateComparison } from '../state/types.js'
import { searchResultMethod, searchSourceStatusMethod } from './artifact-methods.js'
import { fnmatch } from './fnmatch.js'
import { walk } from './graph-walk.js'
import { searchNodeMethod } from './node-methods.js'
import {
  parseSelection,
  type IndirectSelection,
  type MethodName,
  type SelectionCriterion,
  type SelectionGroup,
  type SelectionSpec
} from './selector-syntax.js'
import { NO_ARTIFACTS, type SelectionArtifacts } from './selection-artifacts.js'
import type { SelectorsFile } from './selectors-file.js'
import { searchStateMethod } from './state-method.js'
import type { SelectionInput, SelectionResult, SelectionWhy } from './types.js'
import { selectorRules, type SelectorRules } from './version-rules.js'

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
  artifacts: SelectionArtifacts
  rules: SelectorRules
  /** The selector's graph: the manifest's, without the nodes this dbt keeps out of it. */
  graph: Graph
  included: ManifestNode[]
  /** Nodes dropped from the result (empty bodies, for `dbt build` from dbt 1.9). */
  dropped: ReadonlySet<string>
  sources: Set<string>
  /** Named selectors being resolved by `selector:`, outermost first: a repeat is a cycle. */
  resolving: string[]
}

/**
 * dbt's node selection (`NodeSelector.select_nodes` + `ResourceTypeSelector` with `--resource-type all`):
 * each criterion is searched, expanded with graph operators and indirectly selected tests, combined by
 * union/intersection, and `--exclude` is subtracted last. `--selector` (or a selectors.yml selector with
 * `default: true` when neither --select nor --exclude is given) replaces --select/--exclude, as in dbt.
 */
export function selectNodes(input: SelectionInput): SelectionResult {
  const indirectSelection = input.indirectSelection ?? 'eager'
  const artifacts = input.artifacts ?? NO_ARTIFACTS
  const rules = selectorRules(writerOf(input.current), input.command ?? 'list')
  if (input.indirectSelection) rules.checkIndirectSelection(input.indirectSelection)
  const empty = emptyBodyNodes(input.current)
  const outside = rules.emptyNodes === 'outside_graph' ? empty : new Set<string>()
  const included = [...input.current.nodes.values()].filter(node => !outside.has(node.uniqueId))
  const context: Context = {
    current: input.current,
    state: input.state,
    comparison: input.comparison,
    artifacts,
    rules,
    graph: outside.size > 0 ? graphWithout(input.current, outside) : input.current,
    included,
    dropped: rules.emptyNodes === 'dropped' ? empty : new Set(),
    sources: new Set(included.filter(node => node.resourceType === 'source').map(node => node.uniqueId)),
    resolving: []
  }
  const named = namedRootSelector(input, artifacts)
  if (named) context.resolving.push(named.name)
  const spec = named
    ? named.definition
    : parseSelection(
        input.select.length > 0 ? input.select : DEFAULT_SELECT,
        input.exclude,
        indirectSelection
      )
  return resolve(spec, context)
}

/** `CompiledNode.empty`: a node of the nodes map, other than a seed, whose raw code is only whitespace. */
function emptyBodyNodes(current: Manifest): Set<string> {
  const empty = new Set<string>()
  for (const node of current.nodes.values())
    if (node.section === 'nodes' && node.resourceType !== 'seed' && node.rawCode.trim() === '')
      empty.add(node.uniqueId)
  return empty
}

/** `full_graph.subgraph(graph_members)`: the edges of the remaining nodes among themselves. */
function graphWithout(current: Manifest, removed: ReadonlySet<string>): Graph {
  const keep = (ids: readonly string[]) => ids.filter(id => !removed.has(id))
  const restrict = (edges: ReadonlyMap<string, string[]>) =>
    new Map([...edges].filter(([id]) => !removed.has(id)).map(([id, ids]) => [id, keep(ids)]))
  return { parents: restrict(current.parents), children: restrict(current.children) }
}

/** `--selector <name>`, else the `default: true` selector when the run gives no --select or --exclude. */
function namedRootSelector(
  input: Pick<SelectionInput, 'select' | 'exclude' | 'selector'>,
  artifacts: SelectionArtifacts
) {
  const selectors = artifacts.selectors?.selectors ?? []
  if (input.selector) {
    const found = selectors.find(selector => selector.name === input.selector)
    if (!found) {
      const names = selectors.map(selector => `'${selector.name}'`).join(', ')
      throw new UserError(
        `Could not find selector named ${input.selector}, expected one of [${names}]` +
          (artifacts.selectors ? ` (in ${artifacts.selectors.file}).` : ': the project has no selectors.yml.')
      )
    }
    return found
  }
  if (input.select.length > 0 || input.exclude.length > 0) return null
  return selectors.find(selector => selector.default) ?? null
}

/**
 * The methods a selection searches, through the named selectors it uses (`--selector`, the default selector,
 * `selector:`), so a flow can prepare what they read (`source_status:` needs this run's sources.json) first.
 */
export function selectionMethods(
  input: Pick<SelectionInput, 'select' | 'exclude' | 'selector' | 'indirectSelection'>,
  selectors: SelectorsFile | null
): Set<MethodName> {
  const artifacts = { ...NO_ARTIFACTS, selectors }
  const named = namedRootSelector({ ...input, selector: input.selector ?? null }, artifacts)
  const methods = new Set<MethodName>()
  const visited = new Set<string>(named ? [named.name] : [])
  const visit = (spec: SelectionSpec): void => {
    if (spec.kind !== 'criterion') return spec.components.forEach(visit)
    methods.add(spec.method)
    if (spec.method !== 'selector') return
    for (const selector of selectors?.selectors ?? []) {
      if (visited.has(selector.name) || !fnmatch(selector.name, spec.value)) continue
      visited.add(selector.name)
      visit(selector.definition)
    }
  }
  visit(
    named
      ? named.definition
      : parseSelection(
          input.select.length > 0 ? input.select : DEFAULT_SELECT,
          input.exclude,
          input.indirectSelection ?? 'eager'
        )
  )
  return methods
}

/** `NodeSelector.get_selected`: select, then keep the listed resource types. */
function resolve(spec: SelectionSpec, context: Context): SelectionResult {
  const isListed = (id: string): boolean => {
    const resourceType = context.current.nodes.get(id)?.resourceType
    return resourceType !== undefined && LISTED_TYPES.has(resourceType) && !context.dropped.has(id)
  }
  const [includedSpec, ...excludedSpecs] = spec.kind === 'difference' ? spec.components : [spec]
  const includedBundle = selectSpec(includedSpec, context)
  const excludedBundles = excludedSpecs.map(excluded => selectSpec(excluded, context))
  const excludedBy = (id: string) => excludedBundles.find(bundle => bundle.direct.has(id))

  const selected = [...includedBundle.direct].filter(id => !excludedBy(id) && isListed(id)).sort()
  const why = new Map<string, SelectionWhy>()
  for (const id of selected)
    why.set(id, includedBundle.why.get(id) ?? { kind: 'matched', selector: includedSpec.raw })
  const excluded = new Map<string, SelectionWhy>()
  for (const id of includedBundle.direct) {
    const reason = excludedBy(id)?.why.get(id)
    if (reason && isListed(id)) excluded.set(id, reason)
  }
  return { selected, why, excluded }
}

/**
 * `SelectorSelectorMethod`: the selection of every selectors.yml entry whose name matches the pattern, in name
 * order, each resolved as a whole (exclusions and indirect selection included).
 */
function searchSelectorMethod(pattern: string, context: Context): Set<string> {
  const file = context.artifacts.selectors
  const matched = [...(file?.selectors ?? [])]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .filter(selector => fnmatch(selector.name, pattern))
  if (matched.length === 0) {
    throw new UserError(
      `Selector '${pattern}' did not match any selector in selectors.yml` +
        (file ? ` (${file.file}).` : ': the project has no selectors.yml.')
    )
  }
  const result = new Set<string>()
  for (const selector of matched) {
    if (context.resolving.includes(selector.name)) {
      throw new UserError(
        `Circular dependency detected in selector: ${[...context.resolving, selector.name].join(' -> ')}.`
      )
    }
    context.resolving.push(selector.name)
    for (const id of resolve(selector.definition, context).selected) result.add(id)
    context.resolving.pop()
  }
  return result
}

function searchCriterion(criterion: SelectionCriterion, context: Context): Set<string> {
  context.rules.checkMethod(criterion.method)
  switch (criterion.method) {
    case 'state':
      return searchStateMethod(
        criterion.value,
        context.included,
        context.state,
        context.comparison,
        context.rules.stateValues
      )
    case 'result':
      return searchResultMethod(criterion.value, context.included, context.artifacts)
    case 'source_status':
      return searchSourceStatusMethod(criterion.value, context.included, context.artifacts)
    case 'selector':
      return searchSelectorMethod(criterion.value, context)
    default:
      return searchNodeMethod(criterion, context.included, context.current)
  }
}

function selectSpec(spec: SelectionSpec, context: Context): Bundle {
  return spec.kind === 'criterion' ? selectCriterion(spec, context) : selectGroup(spec, context)
}

function selectCriterion(criterion: SelectionCriterion, context: Context): Bundle {
  const collected = searchCriterion(criterion, context)
  const why = new Map<string, SelectionWhy>()
  for (const id of collected) why.set(id, { kind: 'matched', selector: criterion.raw })
  const addRelatives = (reached: Map<string, string>, kind: 'descendant' | 'ancestor'): void => {
    for (const [id, origin] of reached)
      if (!why.has(id)) why.set(id, { kind, selector: criterion.raw, of: origin })
  }
  const { parents, children } = context.graph
  if (criterion.childrensParents) {
    const descendants = walk(children, collected, null)
    addRelatives(descendants, 'descendant')
    const roots = new Set([...collected, ...descendants.keys()])
    addRelatives(walk(parents, roots, null), 'ancestor')
  }
  if (criterion.parents) addRelatives(walk(parents, collected, criterion.parentsDepth), 'ancestor')
  if (criterion.children) addRelatives(walk(children, collected, criterion.childrenDepth), 'descendant')

  const selected = new Set(why.keys())
  // A named selector's selection already had its indirect selection (and exclusions) applied.
  if (criterion.indirectSelection === 'empty' || criterion.method === 'selector')
    return { direct: selected, indirect: new Set(), why }
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
      ? new Set([...selected, ...walk(context.graph.parents, selected, null).keys(), ...context.sources])
      : null
  for (const id of successors(selected, context.graph)) {
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

function successors(selected: Set<string>, graph: Graph): Set<string> {
  const result = new Set<string>()
  for (const id of selected) for (const child of graph.children.get(id) ?? []) result.add(child)
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
      ? new Set([...selected, ...walk(context.graph.parents, selected, null).keys()])
      : selected
  for (const id of indirect) {
    const node = context.current.nodes.get(id)
    if (!node || node.section !== 'nodes') continue
    if (node.dependsOnNodes.every(parent => scope.has(parent))) selected.add(id)
  }
  return selected
}
