import type { NodeStatus } from '../../state/types.js'
import { fitList, type Part } from '../budget.js'
import { mermaidLabel } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { clip, plural } from '../text.js'
import { typedNodeName } from '../wording.js'

/** Beyond this many nodes a flowchart is unreadable, and GitHub's renderer slows down: show a list. */
const MERMAID_MAX_NODES = 50
/** Mermaid refuses diagrams longer than its default `maxTextSize`. */
const MERMAID_MAX_TEXT = 50_000
const LABEL_MAX = 60

const CLASS_DEFS = [
  '  classDef modified fill:#fff4e0,stroke:#ffa502,stroke-width:2px',
  '  classDef new fill:#e8fbe5,stroke:#1dce00,stroke-width:2px',
  '  classDef removed fill:#ffe5ef,stroke:#ff067e,stroke-width:2px,stroke-dasharray:4 3'
]

interface LineageNode {
  uniqueId: string
  status: NodeStatus | 'downstream'
}

/** Changed and downstream nodes without tests: tests are leaves that would double the graph. */
function lineageNodes(context: MarkdownContext): LineageNode[] {
  const plan = context.report.plan
  if (!plan) return []
  const isTest = (uniqueId: string, type?: string): boolean => {
    const resourceType = type ?? context.report.nodes[uniqueId]?.resourceType
    return resourceType === 'test' || resourceType === 'unit_test'
  }
  return [
    ...plan.changes
      .filter(change => !isTest(change.uniqueId, change.resourceType))
      .map(change => ({ uniqueId: change.uniqueId, status: change.status })),
    ...plan.downstream
      .filter(node => !isTest(node.uniqueId))
      .map(node => ({ uniqueId: node.uniqueId, status: 'downstream' as const }))
  ]
}

function mermaid(context: MarkdownContext, nodes: LineageNode[], edges: [string, string][]): string {
  const ids = new Map(nodes.map((node, index) => [node.uniqueId, `n${index}`]))
  const label = (uniqueId: string): string =>
    mermaidLabel(clip(typedNodeName(context.report, uniqueId), LABEL_MAX))
  return [
    '```mermaid',
    'flowchart LR',
    ...nodes.map(node => `  ${ids.get(node.uniqueId)}["${label(node.uniqueId)}"]`),
    ...edges.map(([parent, child]) => `  ${ids.get(parent)} --> ${ids.get(child)}`),
    ...nodes
      .filter(node => node.status !== 'downstream')
      .map(node => `  class ${ids.get(node.uniqueId)} ${node.status}`),
    ...CLASS_DEFS,
    '```'
  ].join('\n')
}

/**
 * A flowchart of changed nodes and their descendants in a collapsed block; a plain list of who feeds whom when
 * the graph would be too large to read or to fit.
 */
export function lineagePart(context: MarkdownContext): Part | null {
  const nodes = lineageNodes(context)
  if (nodes.length === 0) return null
  const members = new Set(nodes.map(node => node.uniqueId))
  const edges = (context.report.plan?.edges ?? []).filter(
    ([parent, child]) => members.has(parent) && members.has(child)
  )
  const summary = `<details><summary>Lineage: ${plural(nodes.length, 'changed or downstream node')}</summary>`
  const legend = '🟧 modified · 🟩 new · 🟥 removed · no colour: downstream'
  const diagram = nodes.length <= MERMAID_MAX_NODES ? mermaid(context, nodes, edges) : null
  const graph =
    diagram && diagram.length <= MERMAID_MAX_TEXT
      ? [summary, '', diagram, '', legend, '', '</details>'].join('\n')
      : null

  const children = new Map<string, string[]>()
  for (const [parent, child] of edges) children.set(parent, [...(children.get(parent) ?? []), child])
  const items = nodes.map(node => {
    const next = children.get(node.uniqueId) ?? []
    const status = node.status === 'downstream' ? '' : ` (${node.status})`
    return `- ${context.typedName(node.uniqueId)}${status}${next.length ? ` → ${next.map(child => context.typedName(child)).join(', ')}` : ''}`
  })
  const list = (budget: number): string =>
    fitList(
      {
        head: [summary, '', `Too large for a diagram; each node with the nodes it feeds:`, ''],
        items,
        more: n => context.more(n, 'node'),
        tail: ['', '</details>']
      },
      budget,
      context.measure
    )
  return {
    title: 'lineage',
    weight: 5,
    render: budget => (graph !== null && context.measure(graph) <= budget ? graph : list(budget))
  }
}
