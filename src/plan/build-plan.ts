import { isRelational } from '../manifest/relations.js'
import type { Manifest, ManifestNode } from '../manifest/types.js'
import type { DownstreamNode, FullRefreshNeed, MergePreview, NodeDisplay, Plan } from '../report/types.js'
import type { NodeComparison, StateComparison } from '../state/types.js'

/** How many changed ancestors are named for a downstream node. */
const BECAUSE_OF_LIMIT = 3

export interface PlanSummary {
  plan: Plan
  nodes: Record<string, NodeDisplay>
  mergePreview: MergePreview
}

/** Turns a comparison and a selection into what the report shows: changes, downstream nodes, the merge preview. */
export function summarizePlan(
  current: Manifest,
  state: Manifest | null,
  comparison: StateComparison | null,
  selector: string,
  selected: readonly string[]
): PlanSummary {
  const changes = comparison ? [...comparison.nodes.values()].filter(c => c.status !== 'unmodified') : []
  changes.sort((a, b) => a.uniqueId.localeCompare(b.uniqueId))
  const changed = new Set(changes.filter(c => c.status !== 'removed').map(c => c.uniqueId))
  const selectedSet = new Set(selected)
  const because = changedAncestors(current, changed)
  const downstream: DownstreamNode[] = selected
    .filter(id => !changed.has(id) && because.has(id))
    .map(id => ({ uniqueId: id, becauseOf: because.get(id) ?? [] }))

  const lineage = new Set([...changed, ...downstream.map(d => d.uniqueId)])
  const edges: [string, string][] = []
  for (const parent of [...lineage].sort()) {
    for (const child of current.children.get(parent) ?? [])
      if (lineage.has(child)) edges.push([parent, child])
  }

  const nodes: Record<string, NodeDisplay> = {}
  const mention = (id: string): void => {
    const node = current.nodes.get(id) ?? state?.nodes.get(id)
    if (node && !nodes[id]) nodes[id] = displayOf(node)
  }
  selected.forEach(mention)
  changes.forEach(change => mention(change.uniqueId))

  return {
    plan: { selector, selected: [...selected], changes, downstream, edges, compared: comparison !== null },
    nodes,
    mergePreview: mergePreviewOf(current, state, changes, selectedSet)
  }
}

function displayOf(node: ManifestNode): NodeDisplay {
  return {
    name:
      node.version !== null && node.resourceType === 'model' ? `${node.name}.v${node.version}` : node.name,
    resourceType: node.resourceType,
    materialization: typeof node.config.materialized === 'string' ? node.config.materialized : null,
    packageName: node.packageName,
    relationName: node.relationName,
    originalFilePath: node.originalFilePath,
    patchPath: node.patchPath,
    ...(node.resourceType === 'test' ? { attachedNode: node.attachedNode, columnName: node.columnName } : {})
  }
}

/** For every descendant of a changed node, up to a few changed ancestors, in one multi-source walk. */
function changedAncestors(manifest: Manifest, changed: ReadonlySet<string>): Map<string, string[]> {
  const roots = new Map<string, string[]>()
  const queue: string[] = []
  for (const id of [...changed].sort()) {
    for (const child of manifest.children.get(id) ?? []) {
      if (addRoot(roots, child, id)) queue.push(child)
    }
  }
  while (queue.length > 0) {
    const id = queue.shift() as string
    for (const child of manifest.children.get(id) ?? []) {
      let grew = false
      for (const root of roots.get(id) ?? []) grew = addRoot(roots, child, root) || grew
      if (grew) queue.push(child)
    }
  }
  return roots
}

function addRoot(roots: Map<string, string[]>, id: string, root: string): boolean {
  const list = roots.get(id) ?? []
  if (list.length >= BECAUSE_OF_LIMIT || list.includes(root)) return false
  list.push(root)
  roots.set(id, list)
  return true
}

function mergePreviewOf(
  current: Manifest,
  state: Manifest | null,
  changes: readonly NodeComparison[],
  selected: ReadonlySet<string>
): MergePreview {
  const rebuild = [...selected].filter(id => {
    const node = current.nodes.get(id)
    return node !== undefined && isRelational(node)
  })
  const fullRefresh: FullRefreshNeed[] = []
  const breakingContracts: MergePreview['breakingContracts'] = []
  const drops: MergePreview['drops'] = []
  for (const change of changes) {
    if (change.status === 'removed') {
      const old = state?.nodes.get(change.uniqueId)
      if (old && isRelational(old) && old.relationName)
        drops.push({ uniqueId: change.uniqueId, relation: old.relationName })
      continue
    }
    for (const reason of change.reasons) {
      if (reason.code === 'contract_changed' && reason.breaking.length > 0) {
        breakingContracts.push({ uniqueId: change.uniqueId, changes: reason.breaking })
      }
    }
    const need = fullRefreshNeed(
      current.nodes.get(change.uniqueId),
      state?.nodes.get(change.uniqueId),
      change
    )
    if (need) fullRefresh.push(need)
  }
  return { rebuild, fullRefresh, breakingContracts, drops }
}

/** Config keys that dbt applies to an existing incremental table only by rebuilding it. */
const REBUILD_KEYS: Record<string, string> = {
  unique_key:
    'rows already in the table were merged on the old key, so it can hold duplicates of the new one',
  partition_by: 'dbt cannot change the partitioning of an existing table',
  cluster_by: 'the existing table keeps its old clustering',
  incremental_strategy: 'rows already in the table were written by the old strategy'
}

/**
 * Incremental models that the merge build cannot bring up to date without `--full-refresh`, and why: a key or
 * layout config that only a rebuild applies, or an enforced contract whose columns change in a way the model's
 * `on_schema_change` does not apply. A change of the SQL alone needs none: dbt runs the new logic incrementally.
 */
function fullRefreshNeed(
  node: ManifestNode | undefined,
  old: ManifestNode | undefined,
  change: NodeComparison
): FullRefreshNeed | null {
  if (!node || !old || change.status !== 'modified' || node.config.materialized !== 'incremental') return null
  if (old.config.materialized !== 'incremental') return null
  const reasons: string[] = []
  for (const reason of change.reasons) {
    if (reason.code !== 'config_changed') continue
    for (const { key } of reason.changes) {
      if (REBUILD_KEYS[key]) reasons.push(`its \`${key}\` changed: ${REBUILD_KEYS[key]}`)
    }
  }
  const columns = columnChange(node, old)
  if (columns) {
    const policy = typeof node.config.on_schema_change === 'string' ? node.config.on_schema_change : 'ignore'
    const applied =
      policy === 'sync_all_columns' ||
      (policy === 'append_new_columns' && columns.removed.length === 0 && columns.retyped.length === 0)
    if (!applied) {
      reasons.push(
        policy === 'fail'
          ? `\`on_schema_change: fail\` and its columns change (${columns.words}): the merge build fails`
          : `\`on_schema_change: ${policy}\` does not apply its column change (${columns.words}) to the existing table`
      )
    }
  }
  return reasons.length > 0 ? { uniqueId: change.uniqueId, reason: reasons.join('; ') } : null
}

/** How the declared columns of an enforced contract change; null when there is no contract or no change. */
function columnChange(
  node: ManifestNode,
  old: ManifestNode
): { removed: string[]; retyped: string[]; words: string } | null {
  if (!node.contract.enforced || !old.contract.enforced) return null
  const type = (n: ManifestNode, column: string): string => (n.columns[column]?.dataType ?? '').toLowerCase()
  const added = Object.keys(node.columns).filter(c => !(c in old.columns))
  const removed = Object.keys(old.columns).filter(c => !(c in node.columns))
  const retyped = Object.keys(node.columns).filter(c => c in old.columns && type(node, c) !== type(old, c))
  if (added.length + removed.length + retyped.length === 0) return null
  const words = [
    ...(added.length ? [`adds ${added.map(c => `\`${c}\``).join(', ')}`] : []),
    ...(removed.length ? [`removes ${removed.map(c => `\`${c}\``).join(', ')}`] : []),
    ...(retyped.length ? [`changes the type of ${retyped.map(c => `\`${c}\``).join(', ')}`] : [])
  ].join(', ')
  return { removed, retyped, words }
}
