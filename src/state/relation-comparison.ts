import type { Json, ManifestNode } from '../manifest/types.js'
import type { UnrenderedValuesMode } from './compare-options.js'
import { pyEq } from './python-equality.js'
import type { ValueChange } from './types.js'

const RELATION_KEYS = ['database', 'schema', 'alias'] as const

/**
 * `same_database_representation`. Nodes compare the configured (unrendered) database/schema/alias,
 * so target and `generate_*_name` differences are invisible. Sources compare `unrendered_database` /
 * `unrendered_schema` with the flag on, the rendered values otherwise, and always the rendered identifier.
 */
export function relationChanges(
  current: ManifestNode,
  state: ManifestNode,
  unrenderedValues: UnrenderedValuesMode
): ValueChange[] {
  if (current.resourceType === 'source') return sourceRelationChanges(current, state, unrenderedValues)
  return RELATION_KEYS.flatMap(key =>
    differs(key, state.unrenderedConfig[key] ?? null, current.unrenderedConfig[key] ?? null)
  )
}

function sourceRelationChanges(
  current: ManifestNode,
  state: ManifestNode,
  unrenderedValues: UnrenderedValuesMode
): ValueChange[] {
  const changes =
    unrenderedValues === 'on'
      ? [
          ...differs(
            'unrendered_database',
            state.extra.unrendered_database ?? null,
            current.extra.unrendered_database ?? null
          ),
          ...differs(
            'unrendered_schema',
            state.extra.unrendered_schema ?? null,
            current.extra.unrendered_schema ?? null
          )
        ]
      : [
          ...differs('database', state.database, current.database),
          ...differs('schema', state.schema, current.schema)
        ]
  return [
    ...changes,
    ...differs('identifier', state.extra.identifier ?? null, current.extra.identifier ?? null)
  ]
}

function differs(key: string, oldValue: Json, newValue: Json): ValueChange[] {
  return pyEq(oldValue, newValue) ? [] : [{ key, old: oldValue, new: newValue }]
}
