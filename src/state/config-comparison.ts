import type { Json, JsonObject, ResourceType } from '../manifest/types.js'
import { isAtLeast, type DbtVersion } from './dbt-version.js'
import { pyEq } from './python-equality.js'
import type { ValueChange } from './types.js'

/** Keys declared `CompareBehavior.Exclude` on dbt's config class for each resource type (`BaseConfig.same_contents`). */
const NODE_CONFIG_EXCLUDED = ['alias', 'schema', 'database', 'tags', 'group']
const EXCLUDED_KEYS: Partial<Record<ResourceType, readonly string[]>> = {
  model: NODE_CONFIG_EXCLUDED,
  seed: NODE_CONFIG_EXCLUDED,
  snapshot: NODE_CONFIG_EXCLUDED,
  analysis: NODE_CONFIG_EXCLUDED,
  operation: NODE_CONFIG_EXCLUDED,
  sql_operation: NODE_CONFIG_EXCLUDED,
  function: NODE_CONFIG_EXCLUDED,
  source: [],
  exposure: [],
  metric: ['group']
}

/** `TestConfig.same_contents` compares only these "modifier" keys; the list grew with dbt versions. */
export function testModifierKeys(version: DbtVersion): string[] {
  const keys = ['severity', 'where', 'limit', 'fail_calc', 'warn_if', 'error_if', 'store_failures']
  if (isAtLeast(version, 1, 7)) keys.push('store_failures_as')
  if (isAtLeast(version, 1, 12)) keys.push('sql_header')
  return keys
}

/**
 * dbt's `compare_key` over every compared key: a key on one side only (even with a null value) differs,
 * keys on both sides compare with Python equality. Returns the differing keys in a stable order.
 */
export function unrenderedConfigChanges(
  resourceType: ResourceType,
  current: JsonObject,
  state: JsonObject,
  version: DbtVersion
): ValueChange[] {
  const keys =
    resourceType === 'test'
      ? testModifierKeys(version)
      : [...new Set([...Object.keys(current), ...Object.keys(state)])].filter(
          key => !(EXCLUDED_KEYS[resourceType] ?? []).includes(key)
        )
  return keys.flatMap(key => {
    const change = keyChange(key, current, state)
    return change ? [change] : []
  })
}

function keyChange(key: string, current: JsonObject, state: JsonObject): ValueChange | null {
  const inCurrent = Object.hasOwn(current, key)
  const inState = Object.hasOwn(state, key)
  if (!inCurrent && !inState) return null
  const newValue: Json | undefined = inCurrent ? current[key] : undefined
  const oldValue: Json | undefined = inState ? state[key] : undefined
  if (inCurrent && inState && pyEq(newValue, oldValue)) return null
  return { key, old: oldValue, new: newValue }
}

/** Field-by-field equality for whole objects (semantic models, saved queries compare rendered configs so). */
export function fieldChanges(keys: readonly string[], current: JsonObject, state: JsonObject): ValueChange[] {
  return keys.flatMap(key => {
    const newValue = current[key] ?? null
    const oldValue = state[key] ?? null
    return pyEq(newValue, oldValue) ? [] : [{ key, old: oldValue, new: newValue }]
  })
}
