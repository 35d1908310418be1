import type { Manifest, ManifestNode } from './types.js'

/** A database object a dbt node materializes. */
export interface NodeRelation {
  uniqueId: string
  resourceType: 'model' | 'seed' | 'snapshot'
  database: string | null
  schema: string
  alias: string
  materialized: string
}

/** Models (except ephemeral ones), seeds and snapshots: the nodes that own a relation in the warehouse. */
export function isRelational(
  node: ManifestNode
): node is ManifestNode & { resourceType: NodeRelation['resourceType'] } {
  if (node.resourceType !== 'model' && node.resourceType !== 'seed' && node.resourceType !== 'snapshot')
    return false
  return node.config.materialized !== 'ephemeral' && node.schema !== null
}

export function relationOf(node: ManifestNode): NodeRelation | null {
  if (!isRelational(node) || node.schema === null) return null
  return {
    uniqueId: node.uniqueId,
    resourceType: node.resourceType,
    database: node.database,
    schema: node.schema,
    alias: node.alias ?? node.name,
    materialized: typeof node.config.materialized === 'string' ? node.config.materialized : 'view'
  }
}

export function relationsOf(manifest: Manifest): NodeRelation[] {
  const relations: NodeRelation[] = []
  for (const node of manifest.nodes.values()) {
    const relation = relationOf(node)
    if (relation) relations.push(relation)
  }
  return relations
}

/** `database.schema` keys of every schema a manifest's relations live in, sorted. */
export function schemasOf(manifest: Manifest): { database: string | null; schema: string }[] {
  const seen = new Map<string, { database: string | null; schema: string }>()
  for (const relation of relationsOf(manifest)) {
    seen.set(`${relation.database ?? ''}.${relation.schema}`, {
      database: relation.database,
      schema: relation.schema
    })
  }
  return [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, value]) => value)
}
