/** Adjacency by unique_id: the manifest's parent or child map. */
export type Adjacency = ReadonlyMap<string, readonly string[]>

/**
 * `Graph.select_children` / `select_parents`: one multi-source breadth-first walk, optionally depth-limited.
 * Start nodes count only when reached from another start node. Returns each reached node with the start
 * node it was first reached from.
 */
export function walk(
  edges: Adjacency,
  start: Iterable<string>,
  maxDepth: number | null
): Map<string, string> {
  const reached = new Map<string, string>()
  let layer = new Map<string, string>()
  for (const id of start) layer.set(id, id)
  for (let depth = 0; layer.size > 0 && (maxDepth === null || depth < maxDepth); depth++) {
    const next = new Map<string, string>()
    for (const [id, origin] of layer) {
      for (const neighbour of edges.get(id) ?? []) {
        if (!reached.has(neighbour) && !next.has(neighbour)) next.set(neighbour, origin)
      }
    }
    for (const [id, origin] of next) reached.set(id, origin)
    layer = next
  }
  return reached
}
