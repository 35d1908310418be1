import type { DataDiffSettings } from '../config/settings.js'
import type { Manifest, ManifestNode } from '../manifest/types.js'
import { keyCandidates, type KeyCandidate } from './keys.js'
import { piiPredicate } from './pii.js'

/** A relation as the diff names it: its parts for the catalog, and dbt's rendered name for queries. */
export interface RelationRef {
  database: string | null
  schema: string
  name: string
  /** dbt's `relation_name`, quoted as the adapter quotes it. */
  sql: string
}

/** A modified model the PR built, and the production relation it is compared with. */
export interface DiffTarget {
  uniqueId: string
  pr: RelationRef
  production: RelationRef
  keys: KeyCandidate[]
  /** Whether a column's values must never be shown. */
  isPii: (column: string) => boolean
}

export interface PlannedSkip {
  uniqueId: string
  pr: string
  production: string | null
  reason: string
}

export interface DiffPlan {
  targets: DiffTarget[]
  skipped: PlannedSkip[]
}

export interface DiffPlanInput {
  /** The PR's manifest (its relations are the PR's). */
  current: Manifest
  production: Manifest
  /** Nodes the comparison found modified. */
  modified: readonly string[]
  /** Nodes the PR's build executed, with dbt's status; nodes not in it were deferred or not selected. */
  built: ReadonlyMap<string, string>
  /** The models `data-diff-select` picks; null when it is not set. */
  chosen: ReadonlySet<string> | null
  settings: Pick<DataDiffSettings, 'mode' | 'piiColumns' | 'piiTags'>
}

/** Materializations whose relation holds rows; a view's rows cost its whole query. */
const STORED = new Set(['table', 'incremental', 'snapshot', 'seed', 'materialized_view', 'dynamic_table'])

/**
 * Which modified models get compared, and why each other one does not. Only models and seeds the PR built
 * successfully are candidates: a deferred model is production itself, so there is nothing to compare.
 */
export function planDataDiff(input: DiffPlanInput): DiffPlan {
  const plan: DiffPlan = { targets: [], skipped: [] }
  const ids = input.modified
    .filter(id => {
      const node = input.current.nodes.get(id)
      return node !== undefined && (node.resourceType === 'model' || node.resourceType === 'seed')
    })
    .filter(id => input.built.has(id))
    .sort((a, b) => nameOf(input.current, a).localeCompare(nameOf(input.current, b)) || a.localeCompare(b))
  for (const id of ids) {
    const node = input.current.nodes.get(id) as ManifestNode
    const old = input.production.nodes.get(id)
    const pr = relationRef(node)
    const production = old ? relationRef(old) : null
    const skip = (reason: string) =>
      plan.skipped.push({
        uniqueId: id,
        pr: pr?.sql ?? node.name,
        production: production?.sql ?? null,
        reason
      })
    const materialized = String(node.config.materialized ?? 'view')
    const status = input.built.get(id)
    if (pr === null) skip(`Materialized as ${materialized}: it has no relation to compare.`)
    else if (production === null) skip('Production has no relation for it to compare with.')
    else if (status !== 'success') skip(`Its PR build ended with status \`${status}\`: nothing to compare.`)
    else if (input.chosen !== null && !input.chosen.has(id)) skip('Not picked by the data-diff selection.')
    else if (input.settings.mode === 'auto' && !STORED.has(materialized) && node.resourceType === 'model')
      skip(
        `A ${materialized}: comparing it would run its query; set data-diff to \`on\` to compare views too.`
      )
    else
      plan.targets.push({
        uniqueId: id,
        pr,
        production,
        keys: keyCandidates(node, input.current),
        isPii: piiPredicate(old ? [node, old] : [node], input.settings)
      })
  }
  return plan
}

function relationRef(node: ManifestNode): RelationRef | null {
  if (node.schema === null || node.relationName === null) return null
  if (node.config.materialized === 'ephemeral') return null
  return {
    database: node.database,
    schema: node.schema,
    name: node.alias ?? node.name,
    sql: node.relationName
  }
}

function nameOf(manifest: Manifest, id: string): string {
  return manifest.nodes.get(id)?.name ?? id
}
