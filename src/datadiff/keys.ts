import type { Json, Manifest, ManifestNode } from '../manifest/types.js'
import type { KeySource } from './types.js'

/** A key the manifest declares for a model; the diff uses the first whose columns both relations have. */
export interface KeyCandidate {
  columns: string[]
  source: KeySource
}

/**
 * The model's keys, most explicit first: `meta: {slim_ci: {key: …}}`, the `unique_key` config, a `primary_key`
 * constraint, then a column with both a `unique` and a `not_null` test (or constraint).
 */
export function keyCandidates(node: ManifestNode, manifest: Manifest): KeyCandidate[] {
  const candidates: KeyCandidate[] = []
  const add = (columns: string[] | null, source: KeySource) => {
    if (columns && columns.length > 0) candidates.push({ columns, source })
  }
  add(metaKey(node.meta) ?? metaKey(node.config.meta), 'meta')
  add(columnList(node.config.unique_key), 'unique_key')
  add(primaryKey(node), 'primary_key')
  for (const column of testedKeyColumns(node, manifest)) add([column], 'test')
  return candidates
}

function metaKey(meta: Json | undefined): string[] | null {
  if (!isObject(meta) || !isObject(meta.slim_ci)) return null
  return columnList(meta.slim_ci.key)
}

function columnList(value: Json | undefined): string[] | null {
  if (typeof value === 'string' && value.trim() !== '') return [value.trim()]
  if (Array.isArray(value) && value.length > 0 && value.every(v => typeof v === 'string' && v.trim() !== ''))
    return value.map(v => (v as string).trim())
  return null
}

function primaryKey(node: ManifestNode): string[] | null {
  for (const constraint of node.constraints) {
    if (constraint.type === 'primary_key') return columnList(constraint.columns)
  }
  const columns = Object.values(node.columns).filter(column =>
    column.constraints.some(constraint => constraint.type === 'primary_key')
  )
  return columns.length === 1 ? [columns[0].name] : null
}

/** Columns with a `unique` test and a `not_null` test or constraint, in the model's column order. */
function testedKeyColumns(node: ManifestNode, manifest: Manifest): string[] {
  const tests = new Map<string, Set<string>>()
  for (const child of manifest.children.get(node.uniqueId) ?? []) {
    const test = manifest.nodes.get(child)
    if (test?.resourceType !== 'test' || test.testMetadata === null) continue
    if (test.attachedNode !== null && test.attachedNode !== node.uniqueId) continue
    const kwarg = test.testMetadata.kwargs.column_name
    const column = test.columnName ?? (typeof kwarg === 'string' ? kwarg : null)
    if (column === null) continue
    const names = tests.get(column) ?? new Set<string>()
    names.add(test.testMetadata.name)
    tests.set(column, names)
  }
  const notNullConstraint = (column: string) =>
    node.columns[column]?.constraints.some(constraint => constraint.type === 'not_null') ?? false
  const keys = [...tests.entries()]
    .filter(([column, names]) => names.has('unique') && (names.has('not_null') || notNullConstraint(column)))
    .map(([column]) => column)
  const order = Object.keys(node.columns)
  const rank = (column: string) => (order.includes(column) ? order.indexOf(column) : order.length)
  return keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

function isObject(value: Json | undefined): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
