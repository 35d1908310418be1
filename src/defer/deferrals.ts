import { isRelational } from '../manifest/relations.js'
import type { Manifest } from '../manifest/types.js'
import type { DeferredRef } from '../report/types.js'

/**
 * Every ref from a node this run built to a node it did not build that dbt compiled to the production relation.
 * Read from the compiled code of the run's manifest, so the report says what happened, not what should have.
 */
export function deferralsOf(
  run: Manifest,
  state: Manifest | null,
  built: ReadonlySet<string>
): DeferredRef[] {
  if (!state) return []
  const refs: DeferredRef[] = []
  for (const id of [...built].sort()) {
    const node = run.nodes.get(id)
    if (!node?.compiledCode || node.resourceType === 'unit_test') continue
    for (const upstreamId of node.dependsOnNodes) {
      const upstream = run.nodes.get(upstreamId)
      if (built.has(upstreamId) || !upstream || !isRelational(upstream)) continue
      const production = state.nodes.get(upstreamId)?.relationName
      if (production && node.compiledCode.includes(production)) {
        refs.push({ node: id, upstream: upstreamId, productionRelation: production })
      }
    }
  }
  return refs
}
