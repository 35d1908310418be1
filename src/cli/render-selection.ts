import type { SelectionResult, SelectionWhy } from '../selector/types.js'
import type { ChangeReason, NodeStatus, StateComparison } from '../state/types.js'

/** The `select --output json` document. */
export interface SelectionJson {
  selected: string[]
  nodes: Record<string, { status: NodeStatus; reasons: ChangeReason[] }>
}

export function selectionJson(selection: SelectionResult, comparison: StateComparison): SelectionJson {
  const nodes: SelectionJson['nodes'] = {}
  for (const id of [...comparison.nodes.keys()].sort()) {
    const node = comparison.nodes.get(id)
    if (node) nodes[id] = { status: node.status, reasons: node.reasons }
  }
  return { selected: selection.selected, nodes }
}

/** A readable list: every selected node with its status, why it was selected, and its changes. */
export function selectionText(selection: SelectionResult, comparison: StateComparison): string {
  const lines = [`Selected ${selection.selected.length} node(s):`]
  for (const id of selection.selected) {
    const node = comparison.nodes.get(id)
    const why = selection.why.get(id)
    lines.push(
      `  ${id}  [${node?.status ?? 'unknown'}]${why && why.kind !== 'matched' ? `  ${describeWhy(why)}` : ''}`
    )
    for (const reason of node?.reasons ?? []) lines.push(`      - ${reason.message}`)
  }
  const removed = [...comparison.nodes.values()].filter(node => node.status === 'removed')
  if (removed.length > 0) {
    lines.push('', `Removed since state (never selected): ${removed.length}`)
    for (const node of removed)
      lines.push(`  ${node.uniqueId}  ${node.reasons.map(reason => reason.message).join('; ')}`)
  }
  const fatal = [...comparison.nodes.values()].filter(node =>
    node.reasons.some(reason => reason.code === 'contract_changed' && reason.fatal)
  )
  if (fatal.length > 0) {
    lines.push(
      '',
      'Breaking contract changes to versioned models (dbt stops with ContractBreakingChangeError):'
    )
    for (const node of fatal) lines.push(`  ${node.uniqueId}`)
  }
  if (comparison.warnings.length > 0) {
    lines.push('', 'Warnings:')
    for (const warning of comparison.warnings) lines.push(`  ${warning.uniqueId}: ${warning.message}`)
  }
  return `${lines.join('\n')}\n`
}

function describeWhy(why: SelectionWhy): string {
  switch (why.kind) {
    case 'descendant':
      return `(downstream of ${why.of})`
    case 'ancestor':
      return `(upstream of ${why.of})`
    case 'indirect_test':
      return `(test of ${why.of.join(', ')})`
    case 'matched':
      return ''
  }
}
