import type { Environment } from '../environment.js'
import type { Manifest } from '../manifest/types.js'
import { relationOf } from '../manifest/relations.js'
import type { MergeCopy } from '../report/types.js'
import type { RelationName } from '../warehouse/warehouse.js'
import { isFullRefresh, keepsHistory } from './relation-plan.js'

/**
 * The production tables the deploy on merge will copy into green before it builds: selected incremental models
 * and snapshots that production already has (so they continue their history), unless a full refresh is asked for.
 */
export function mergeCopiesOf(
  current: Manifest,
  production: Manifest,
  selected: readonly string[],
  fullRefresh: boolean
): { uniqueId: string; production: RelationName }[] {
  return selected.flatMap(id => {
    const node = current.nodes.get(id)
    const old = production.nodes.get(id)
    const relation = old ? relationOf(old) : null
    if (!node || !relation || !keepsHistory(node, fullRefresh)) return []
    return [{ uniqueId: id, production: { schema: relation.schema, name: relation.alias } }]
  })
}

/**
 * Puts into the PR's merge preview what the deploy will copy, with sizes from the warehouse: only where deploys
 * copy at all (`relation` strategy); a zero-copy clone keeps every table's history without copying.
 */
export async function previewMergeCopies(
  env: Environment,
  current: Manifest,
  production: Manifest | null,
  selected: readonly string[]
): Promise<MergeCopy[]> {
  if (!production) return []
  const candidates = mergeCopiesOf(current, production, selected, isFullRefresh(env.settings.dbt.args))
  if (candidates.length === 0) return []
  const warehouse = await env.connectWarehouse()
  try {
    if (warehouse.capabilities.deployStrategy !== 'relation' || !warehouse.relationDeploys) return []
    const sizes = await warehouse.relationDeploys.relationSizes(candidates.map(copy => copy.production))
    // A table production lacks is built from scratch on merge: nothing to copy.
    return candidates.flatMap(({ uniqueId, production: { schema, name } }) => {
      const bytes = sizes.get(`${schema}.${name}`)
      return bytes === undefined ? [] : [{ uniqueId, relation: `${schema}.${name}`, bytes }]
    })
  } finally {
    await warehouse.close()
  }
}
