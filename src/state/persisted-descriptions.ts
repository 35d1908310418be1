import type { Json, ManifestNode } from '../manifest/types.js'

export interface DescriptionDifference {
  relation: boolean
  columns: string[]
}

function persistDocsFlag(node: ManifestNode, key: 'relation' | 'columns'): boolean {
  const persistDocs: Json | undefined = node.config.persist_docs
  if (persistDocs === null || typeof persistDocs !== 'object' || Array.isArray(persistDocs)) return false
  return isTruthy(persistDocs[key])
}

/** Python truthiness of a JSON value. */
function isTruthy(value: Json | undefined): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.keys(value).length > 0
  return true
}

/**
 * `same_persisted_description`: descriptions only count when the CURRENT rendered `persist_docs` persists
 * them; a change of `persist_docs` itself is a config change. Null when the persisted descriptions are the same.
 */
export function persistedDescriptionDifference(
  current: ManifestNode,
  state: ManifestNode
): DescriptionDifference | null {
  const relation = persistDocsFlag(current, 'relation') && current.description !== state.description
  const columns = persistDocsFlag(current, 'columns') ? differingColumnDescriptions(current, state) : []
  return relation || columns.length > 0 ? { relation, columns } : null
}

function differingColumnDescriptions(current: ManifestNode, state: ManifestNode): string[] {
  const keys = new Set([...Object.keys(current.columns), ...Object.keys(state.columns)])
  return [...keys].filter(key => current.columns[key]?.description !== state.columns[key]?.description).sort()
}
