import type { Environment } from '../environment.js'
import type { Manifest } from '../manifest/types.js'
import { relationOf } from '../manifest/relations.js'
import type { MergeCopy } from '../report/types.js'
import type { Container, RelationName, Warehouse } from '../warehouse/warehouse.js'
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
 * Puts into the PR's merge preview the production tables green will start from, with their sizes from the
 * warehouse: copies where deploys copy (`relation` strategy, pg_total_relation_size), zero-copy clones where the
 * whole container is cloned (`container` strategy, the table bytes Snowflake lists). Only reads.
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
    const sizes = await sizesOf(warehouse, production, candidates)
    const method = warehouse.capabilities.zeroCopyClone ? 'zero-copy' : 'copy'
    // A table production lacks is built from scratch on merge: nothing to copy or clone.
    return candidates.flatMap(({ uniqueId, production: { schema, name } }) => {
      const bytes = sizes.get(key(schema, name))
      return bytes === undefined ? [] : [{ uniqueId, relation: `${schema}.${name}`, bytes, method }]
    })
  } finally {
    await warehouse.close()
  }
}

const key = (schema: string, name: string): string => `${schema}.${name}`.toLowerCase()

/** Bytes of each candidate production has, keyed `schema.name` in lower case; null when the warehouse does not say. */
async function sizesOf(
  warehouse: Warehouse,
  production: Manifest,
  candidates: readonly { uniqueId: string; production: RelationName }[]
): Promise<Map<string, number | null>> {
  const sizes = new Map<string, number | null>()
  if (warehouse.capabilities.deployStrategy === 'relation' && warehouse.relationDeploys) {
    const found = await warehouse.relationDeploys.relationSizes(candidates.map(copy => copy.production))
    for (const [relation, bytes] of found) sizes.set(relation.toLowerCase(), bytes)
    return sizes
  }
  if (warehouse.capabilities.deployStrategy !== 'container' || !warehouse.containerDeploys) return sizes
  const schemas = new Map<string, Container>()
  for (const { uniqueId, production: relation } of candidates) {
    const database = production.nodes.get(uniqueId)?.database ?? null
    schemas.set(`${database ?? ''}.${relation.schema}`, { level: 'schema', database, name: relation.schema })
  }
  for (const schema of schemas.values()) {
    if (!(await warehouse.containerExists(schema))) continue
    for (const relation of await warehouse.containerDeploys.listRelations(schema)) {
      if (relation.kind === 'table') sizes.set(key(relation.schema, relation.name), relation.bytes ?? null)
    }
  }
  return sizes
}
