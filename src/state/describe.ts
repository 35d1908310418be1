import type { Json } from '../manifest/types.js'
import type { ValueChange } from './types.js'

/** A value as a reader would write it; `undefined` is a key that is not set. */
export function describeValue(value: Json | undefined): string {
  if (value === undefined) return '(not set)'
  return JSON.stringify(value)
}

/** "materialized: "view" → "table"; tags: (not set) → ["a"]" */
export function describeChanges(changes: ValueChange[]): string {
  return changes
    .map(change => `${change.key}: ${describeValue(change.old)} → ${describeValue(change.new)}`)
    .join('; ')
}
