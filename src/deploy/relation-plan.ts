import { relationOf, relationsOf, type NodeRelation } from '../manifest/relations.js'
import type { Manifest, ManifestNode } from '../manifest/types.js'
import type {
  CatalogEntry,
  RelationCopy,
  RelationMove,
  RelationName,
  SwapTarget
} from '../warehouse/warehouse.js'
import { producersOfMovedSources } from './moved-sources.js'

/** What a relation-level deploy will do, decided from the manifests and the production catalog alone. */
export interface RelationDeployPlan {
  /** Production schemas the deploy changes, with their green and previous schemas. */
  targets: SwapTarget[]
  /** Every relation the swap moves: rebuilt ones (with a green twin) and dropped ones (without). */
  moves: RelationMove[]
  /** Production tables of selected incremental models and snapshots, copied into green before the build. */
  copies: RelationCopy[]
  /**
   * Unselected nodes dbt must build too (names for `--select`): production lacks their relation, or a source that
   * follows target.schema reads what they write (producersOfMovedSources).
   */
  alsoBuild: string[]
  /** Unique ids among alsoBuild that are built because a moved source reads them. */
  sourceProducers: string[]
  /** Relations of deleted nodes that stay in production (`deleted-relations: report`, or no schema to keep them). */
  kept: NodeRelation[]
}

export interface RelationPlanInput {
  /** The project parsed with production naming, and with green naming. */
  current: Manifest
  green: Manifest
  /** Every production schema paired with its green and previous schema (planSchemaSwap). */
  targets: readonly SwapTarget[]
  /** What the deploy's selection selected. */
  selected: ReadonlySet<string>
  /** Relations that exist in the production schemas now. */
  production: readonly CatalogEntry[]
  /** `--full-refresh` among the dbt arguments: incremental models and snapshots start empty. */
  fullRefresh: boolean
  /** Relations of nodes the project no longer has (from the production manifest). */
  deleted: readonly NodeRelation[]
  deletedRelations: 'report' | 'drop'
}

const key = (relation: RelationName): string => `${relation.schema}.${relation.name}`
const byKey = (a: RelationName, b: RelationName): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)

/**
 * Plans a deploy whose cost follows the change: only selected nodes (and nodes production lacks) are built in
 * green; every other relation stays where it is, is never copied, and green builds read it in place through
 * `--defer`. A selected incremental model or snapshot starts from a copy of its production table, so it keeps
 * its history, unless the deploy is a full refresh.
 */
export function planRelationDeploy(input: RelationPlanInput): RelationDeployPlan {
  const existing = new Map(input.production.map(entry => [key(entry), entry]))
  const twins = new Map(relationsOf(input.green).map(relation => [relation.uniqueId, relation]))
  const targetOf = new Map(input.targets.map(target => [target.production, target]))
  const moves: RelationMove[] = []
  const copies: RelationCopy[] = []
  const alsoBuild: string[] = []
  const building = new Set(input.selected)
  for (const node of input.current.nodes.values()) {
    const relation = relationOf(node)
    if (
      relation &&
      twins.has(node.uniqueId) &&
      !existing.has(key({ schema: relation.schema, name: relation.alias }))
    ) {
      building.add(node.uniqueId)
    }
  }
  const sourceProducers = producersOfMovedSources(input.current, input.green, building)
  for (const id of sourceProducers) building.add(id)
  for (const node of input.current.nodes.values()) {
    const relation = relationOf(node)
    const twin = twins.get(node.uniqueId)
    if (!relation || !twin || !building.has(node.uniqueId)) continue
    const production = { schema: relation.schema, name: relation.alias }
    const selected = input.selected.has(node.uniqueId)
    if (!selected) alsoBuild.push(node.name)
    const green = { schema: twin.schema, name: twin.alias }
    moves.push({ uniqueId: node.uniqueId, production, green, previous: previousOf(targetOf, production) })
    if (keepsHistory(node, input.fullRefresh) && existing.get(key(production))?.kind === 'table') {
      copies.push({ uniqueId: node.uniqueId, from: production, to: green })
    }
  }
  const kept: NodeRelation[] = []
  for (const relation of input.deleted) {
    const production = { schema: relation.schema, name: relation.alias }
    if (!existing.has(key(production))) continue
    if (input.deletedRelations === 'report' || !targetOf.has(relation.schema)) {
      kept.push(relation)
      continue
    }
    moves.push({
      uniqueId: relation.uniqueId,
      production,
      green: null,
      previous: previousOf(targetOf, production)
    })
  }
  const touched = new Set(moves.map(move => move.production.schema))
  return {
    targets: input.targets.filter(target => touched.has(target.production)),
    moves: moves.sort((a, b) => byKey(a.production, b.production)),
    copies: copies.sort((a, b) => byKey(a.from, b.from)),
    alsoBuild: alsoBuild.sort(),
    sourceProducers,
    kept
  }
}

/** Incremental models and snapshots carry rows a rebuild cannot recreate, unless they are fully refreshed. */
export function keepsHistory(node: ManifestNode, fullRefresh: boolean): boolean {
  const incremental = node.resourceType === 'model' && node.config.materialized === 'incremental'
  if (!incremental && node.resourceType !== 'snapshot') return false
  const own = node.config.full_refresh
  return own === true ? false : own === false ? true : !fullRefresh
}

function previousOf(targets: ReadonlyMap<string, SwapTarget>, production: RelationName): RelationName {
  const target = targets.get(production.schema)
  if (!target) throw new Error(`No swap target pairs production schema ${production.schema}.`)
  return { schema: target.previous, name: production.name }
}

/** `--full-refresh` (or `-f`) among dbt arguments. */
export function isFullRefresh(args: readonly string[]): boolean {
  return args.includes('--full-refresh') || args.includes('-f')
}
