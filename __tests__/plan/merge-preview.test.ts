import { describe, expect, test } from '@jest/globals'
import type { ManifestNode } from '../../src/manifest/types.js'
import { summarizePlan } from '../../src/plan/build-plan.js'
import { compareManifests } from '../../src/state/compare.js'
import { manifest, model } from '../helpers/manifest-builder.js'

const incremental = (overrides: Partial<ManifestNode> = {}, config: Record<string, unknown> = {}) =>
  model('events', {
    ...overrides,
    config: { enabled: true, materialized: 'incremental', unique_key: 'id', ...config },
    unrenderedConfig: { materialized: 'incremental', unique_key: 'id', ...config }
  })

function fullRefreshOf(before: ManifestNode, after: ManifestNode) {
  const state = manifest({ nodes: [before] })
  const current = manifest({ nodes: [after] })
  const comparison = compareManifests(current, state)
  return summarizePlan(current, state, comparison, 'state:modified+', ['model.test.events']).mergePreview
    .fullRefresh
}

const contracted = (columns: Record<string, string>) => ({
  contract: { enforced: true, checksum: JSON.stringify(columns) },
  columns: Object.fromEntries(
    Object.entries(columns).map(([name, dataType]) => [
      name,
      { name, description: '', dataType, constraints: [] }
    ])
  )
})

describe('full refresh needed', () => {
  test('not for a change of the SQL alone: dbt runs the new logic incrementally', () => {
    expect(
      fullRefreshOf(
        incremental({ rawCode: 'select 1 where a' }),
        incremental({ rawCode: 'select 1 where b' })
      )
    ).toEqual([])
  })

  test('when the unique_key changes, saying why', () => {
    const [need] = fullRefreshOf(incremental(), incremental({}, { unique_key: 'event_id' }))
    expect(need.reason).toContain(
      'its `unique_key` changed: rows already in the table were merged on the old key'
    )
  })

  test('when an enforced contract adds a column that on_schema_change ignore will not add', () => {
    const [need] = fullRefreshOf(
      incremental(contracted({ id: 'int' })),
      incremental(contracted({ id: 'int', kind: 'text' }))
    )
    expect(need.reason).toBe(
      '`on_schema_change: ignore` does not apply its column change (adds `kind`) to the existing table'
    )
  })

  test('when on_schema_change fail meets a column change, the merge build fails', () => {
    const [need] = fullRefreshOf(
      incremental(contracted({ id: 'int' }), { on_schema_change: 'fail' }),
      incremental(contracted({ id: 'bigint' }), { on_schema_change: 'fail' })
    )
    expect(need.reason).toContain('the merge build fails')
    expect(need.reason).toContain('changes the type of `id`')
  })

  test('not when append_new_columns adds the new column itself', () => {
    expect(
      fullRefreshOf(
        incremental(contracted({ id: 'int' }), { on_schema_change: 'append_new_columns' }),
        incremental(contracted({ id: 'int', kind: 'text' }), { on_schema_change: 'append_new_columns' })
      )
    ).toEqual([])
  })
})
