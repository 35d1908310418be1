/**
 * The difference between two JSON documents, so that an edit's manifest can be stored as what it changes in
 * the unedited one (a few kB instead of a whole manifest) and rebuilt exactly, key order included.
 */
import { isDeepStrictEqual } from 'node:util'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

/** How an object changed: replaced or added members, changed members, removed keys, and the new key order. */
export interface ObjectDelta {
  set?: JsonObject
  change?: Record<string, ObjectDelta>
  remove?: string[]
  /** Present only when the keys are not in the order rebuilding would give them. */
  order?: string[]
}

/** The delta that turns `from` into `to`; both must be objects. */
export function jsonDelta(from: JsonObject, to: JsonObject): ObjectDelta {
  const delta: ObjectDelta = {}
  const set: JsonObject = {}
  const change: Record<string, ObjectDelta> = {}
  for (const [key, value] of Object.entries(to)) {
    if (!Object.hasOwn(from, key)) set[key] = value
    else if (isObject(value) && isObject(from[key])) {
      const inner = jsonDelta(from[key], value)
      if (Object.keys(inner).length > 0) change[key] = inner
    } else if (!isDeepStrictEqual(value, from[key])) set[key] = value
  }
  const remove = Object.keys(from).filter(key => !Object.hasOwn(to, key))
  if (Object.keys(set).length > 0) delta.set = set
  if (Object.keys(change).length > 0) delta.change = change
  if (remove.length > 0) delta.remove = remove
  const order = Object.keys(to)
  if (!isDeepStrictEqual(Object.keys(applyJsonDelta(from, { ...delta, order: undefined })), order)) {
    delta.order = order
  }
  return delta
}

/** Rebuilds `to` from `from` and `jsonDelta(from, to)`. */
export function applyJsonDelta(from: JsonObject, delta: ObjectDelta): JsonObject {
  const result: JsonObject = {}
  const removed = new Set(delta.remove ?? [])
  for (const [key, value] of Object.entries(from)) {
    if (removed.has(key)) continue
    const inner = delta.change?.[key]
    result[key] = inner && isObject(value) ? applyJsonDelta(value, inner) : value
  }
  Object.assign(result, delta.set ?? {})
  if (!delta.order) return result
  return Object.fromEntries(delta.order.map(key => [key, result[key]]))
}

function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
