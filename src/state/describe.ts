import type { Json } from '../manifest/types.js'
import type { ValueChange } from './types.js'

/** A value as a reader would write it; `undefined` is a key that is not set. */
export function describeValue(value: Json | undefined): string {
  if (value === undefined) return '(not set)'
  return JSON.stringify(distinctEntries(value))
}

/**
 * dbt appends a list config set in YAML to the same list from the config block when it records
 * `unrendered_config` (an `indexes` entry appears twice there, once in `config`): show each entry once.
 */
export function distinctEntries(value: Json): Json {
  if (!Array.isArray(value)) return value
  const seen = new Set<string>()
  return value.filter(entry => {
    const key = JSON.stringify(entry)
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

/** "materialized: "view" → "table"; tags: (not set) → ["a"]" */
export function describeChanges(changes: ValueChange[]): string {
  return changes
    .map(change => `${change.key}: ${describeValue(change.old)} → ${describeValue(change.new)}`)
    .join('; ')
}
