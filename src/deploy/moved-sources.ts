import { UserError } from '../errors.js'
import type { Manifest, ManifestNode } from '../manifest/types.js'

/** Where a source or a node reads or writes, compared case-insensitively (warehouses fold unquoted names). */
function relationKey(node: ManifestNode): string | null {
  if (node.schema === null) return null
  const identifier = node.resourceType === 'source' ? node.extra.identifier : node.alias
  const name = typeof identifier === 'string' && identifier !== '' ? identifier : node.name
  return [node.database ?? '', node.schema, name].join('.').toLowerCase()
}

const quoted = (node: ManifestNode): string => node.relationName ?? `${node.schema}.${node.name}`

/**
 * Sources whose schema follows `target.schema` (a seed loaded as a source, say) resolve into green during a
 * deploy's build, and `--defer` applies to refs, not to sources. For each such source a node being built reads,
 * the project node that writes the source's relation is built in green too, so the source reads a current copy;
 * a source that nothing in the project writes would read a relation that does not exist in green, so the deploy
 * stops before anything is built. Returns the unique ids of the nodes to build for that reason.
 */
export function producersOfMovedSources(
  current: Manifest,
  green: Manifest,
  building: ReadonlySet<string>
): string[] {
  const writers = new Map<string, ManifestNode>()
  for (const node of current.nodes.values()) {
    const key = node.resourceType === 'source' ? null : relationKey(node)
    if (key !== null) writers.set(key, node)
  }
  const producers = new Set<string>()
  const queue = [...building]
  const seen = new Set<string>()
  while (queue.length > 0) {
    const id = queue.pop() as string
    if (seen.has(id)) continue
    seen.add(id)
    for (const parentId of current.nodes.get(id)?.dependsOnNodes ?? []) {
      const parent = current.nodes.get(parentId)
      const twin = green.nodes.get(parentId)
      if (parent?.resourceType !== 'source' || !twin) continue
      const production = relationKey(parent)
      if (production === null || production === relationKey(twin)) continue
      const writer = writers.get(production)
      const writerTwin = writer ? green.nodes.get(writer.uniqueId) : undefined
      if (!writer || !writerTwin || relationKey(writerTwin) !== relationKey(twin)) {
        throw new UserError(
          `Source ${parent.uniqueId} reads ${quoted(parent)} in production but ${quoted(twin)} during the deploy's green build: its schema follows target.schema, --defer does not apply to sources, and nothing in the project builds that relation in green, so ${id} would read a relation that does not exist.`,
          {
            hint: 'Give the source the schema your loader writes to (a fixed schema, not one derived from target.schema), then deploy again.'
          }
        )
      }
      if (!building.has(writer.uniqueId)) {
        producers.add(writer.uniqueId)
        queue.push(writer.uniqueId)
      }
    }
  }
  return [...producers].sort()
}
