import type { Manifest, ManifestNode } from '../manifest/types.js'
import { UserError } from '../errors.js'
import type { SelectionResult, SelectionWhy } from '../selector/types.js'
import type { NodeComparison, StateComparison } from './types.js'

export interface ExplainInput {
  current: Manifest
  state: Manifest
  comparison: StateComparison
  selection: SelectionResult
  /** A unique_id, or a node name when it names exactly one node. */
  node: string
}

/** Finds a node of either manifest by unique_id, or by name when the name is unambiguous. */
export function resolveNodeId(input: Pick<ExplainInput, 'current' | 'state' | 'node'>): string {
  const { current, state, node } = input
  if (current.nodes.has(node) || state.nodes.has(node)) return node
  const candidates = new Set<string>()
  for (const manifest of [current, state]) {
    for (const candidate of manifest.nodes.values())
      if (candidate.name === node) candidates.add(candidate.uniqueId)
  }
  if (candidates.size === 1) return [...candidates][0]
  if (candidates.size === 0) {
    throw new UserError(
      `No node named or with unique_id "${node}" in either manifest: pass a unique_id such as model.my_project.orders.`
    )
  }
  // A model often shares its name with the semantic model, metric or saved query built on it: the model is meant.
  const models = [...candidates].filter(id => resourceTypeOf(id, current, state) === 'model')
  if (models.length === 1) return models[0]
  const listed = [...candidates]
    .sort()
    .map(id => `${id} (${resourceTypeOf(id, current, state)})`)
    .join(', ')
  throw new UserError(`"${node}" names several nodes: ${listed}. Pass one of these unique_ids instead.`)
}

function resourceTypeOf(uniqueId: string, current: Manifest, state: Manifest): string {
  return (current.nodes.get(uniqueId) ?? state.nodes.get(uniqueId))?.resourceType ?? 'unknown'
}

/**
 * Plain-words account of how a node compares with production state and why it is, or is not, selected:
 * each failing check (config keys with old and new values, the macro chain), and for nodes selected as
 * relatives the modified node they descend from.
 */
export function explainNode(input: ExplainInput): string {
  const id = resolveNodeId(input)
  const comparison = input.comparison.nodes.get(id)
  const node = input.current.nodes.get(id) ?? input.state.nodes.get(id)
  if (!comparison || !node) throw new UserError(`No comparison for "${id}": compare the manifests again.`)
  const lines = [`${id} (${node.resourceType})`, `State: ${describeStatus(comparison)}`]
  if (comparison.reasons.length > 0) {
    lines.push('Changes:')
    for (const reason of comparison.reasons) lines.push(`  - ${reason.message}`)
  } else if (comparison.status === 'unmodified') {
    lines.push(
      'Changes: none — code, config, relation, fqn, descriptions, contract and macros match the state manifest.'
    )
  }
  lines.push(describeSelection(id, node, comparison, input))
  return lines.join('\n')
}

function describeStatus(comparison: NodeComparison): string {
  switch (comparison.status) {
    case 'new':
      return comparison.stateModified
        ? 'new (not in the state manifest), so dbt counts it as state:modified'
        : `new (not in the state manifest); dbt does not count new ${comparison.resourceType}s as state:modified`
    case 'modified':
      return 'modified'
    case 'unmodified':
      return 'unmodified'
    case 'removed':
      return 'removed (only in the state manifest); removed nodes are never selected'
  }
}

function describeSelection(
  id: string,
  node: ManifestNode,
  comparison: NodeComparison,
  input: ExplainInput
): string {
  if (comparison.status === 'removed') return 'Selected: no (it is not in the current project).'
  const why = input.selection.why.get(id)
  if (why) return `Selected: yes — ${describeWhy(why, input)}`
  const excludedBy = input.selection.excluded.get(id)
  if (excludedBy) return `Selected: no — it was excluded: ${describeWhy(excludedBy, input)}`
  if (['operation', 'sql_operation'].includes(node.resourceType))
    return 'Selected: no — dbt ls never lists operation hooks.'
  return 'Selected: no — it matches no --select term and is not a relative or attached test of a selected node.'
}

function describeWhy(why: SelectionWhy, input: ExplainInput): string {
  switch (why.kind) {
    case 'matched':
      return `it matches "${why.selector}" itself.`
    case 'descendant':
      return `it is downstream of ${why.of}, which matches "${why.selector}"${originSummary(why.of, input)}.`
    case 'ancestor':
      return `it is upstream of ${why.of}, selected by "${why.selector}"${originSummary(why.of, input)}.`
    case 'indirect_test':
      return `it is a test of ${why.of.join(', ')}, selected by "${why.selector}" (indirect selection).`
  }
}

function originSummary(originId: string, input: ExplainInput): string {
  const origin = input.comparison.nodes.get(originId)
  if (!origin || origin.reasons.length === 0) return ''
  return ` (${origin.status}: ${origin.reasons[0].message})`
}
