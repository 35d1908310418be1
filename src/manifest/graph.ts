/** dbt's selection graph, derived from `depends_on.nodes` instead of parsing parent_map/child_map. */
import type { ManifestNode } from './types.js'

export interface Graph {
  parents: Map<string, string[]>
  children: Map<string, string[]>
}

/**
 * Edges between enabled graph members only (as dbt's selector graph keeps them), both lists sorted and
 * free of duplicates so selection output is deterministic. Every member has an entry in both maps.
 */
export function buildGraph(members: ReadonlyMap<string, ManifestNode>): Graph {
  const parents = new Map<string, string[]>()
  const children = new Map<string, string[]>()
  for (const id of members.keys()) children.set(id, [])
  for (const [id, node] of members) {
    const own = [...new Set(node.dependsOnNodes)]
      .filter(parent => parent !== id && members.has(parent))
      .sort()
    parents.set(id, own)
    for (const parent of own) children.get(parent)?.push(id)
  }
  for (const list of children.values()) list.sort()
  return { parents, children }
}
