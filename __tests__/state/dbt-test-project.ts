import type { Manifest } from '../../src/manifest/types.js'
import { compareManifests } from '../../src/state/compare.js'
import { selectNodes } from '../../src/selector/select.js'
import { searchStateMethod } from '../../src/selector/state-method.js'
import { selectorRules } from '../../src/selector/version-rules.js'
import { writerOf } from '../../src/state/dbt-version.js'
import { exposure, genericTest, macro, manifest, model, seed } from '../helpers/manifest-builder.js'

/**
 * The project of dbt-core's functional state tests (tests/functional/defer_state): a seed, view_model on the
 * seed with unique/not_null tests, ephemeral_model on view_model, table_model on ephemeral_model calling
 * my_macro, and an exposure on view_model.
 */
export function dbtTestProject(): Manifest {
  const seedNode = seed('seed', { checksum: { name: 'sha256', checksum: 'a1' } })
  const viewModel = model('view_model', {
    rawCode: "select * from {{ ref('seed') }}",
    dependsOnNodes: [seedNode.uniqueId],
    dependsOnMacros: ['macro.test.recursive_macro']
  })
  const ephemeralModel = model('ephemeral_model', {
    rawCode: "{{ config(materialized='ephemeral') }}\nselect * from {{ ref('view_model') }}",
    dependsOnNodes: [viewModel.uniqueId],
    config: { enabled: true, materialized: 'ephemeral' },
    unrenderedConfig: { materialized: 'ephemeral' }
  })
  const tableModel = model('table_model', {
    rawCode:
      "{{ config(materialized='table') }}\nselect * from {{ ref('ephemeral_model') }} -- {{ my_macro() }}",
    dependsOnNodes: [ephemeralModel.uniqueId],
    dependsOnMacros: ['macro.test.my_macro'],
    config: { enabled: true, materialized: 'table' },
    unrenderedConfig: { materialized: 'table' }
  })
  return manifest({
    nodes: [
      seedNode,
      viewModel,
      ephemeralModel,
      tableModel,
      genericTest('not_null', viewModel, 'id'),
      genericTest('unique', viewModel, 'id'),
      exposure('my_exposure', { dependsOnNodes: [viewModel.uniqueId] })
    ],
    macros: [
      macro('macro.test.my_macro', "{% macro my_macro() %}{% do log('in a macro') %}{% endmacro %}"),
      macro(
        'macro.test.recursive_macro',
        '{% macro recursive_macro() %}{{ return(adapter.dispatch("recursive_macro")()) }}{% endmacro %}',
        ['macro.test.default__recursive_macro']
      ),
      macro(
        'macro.test.default__recursive_macro',
        '{% macro default__recursive_macro() %}{{ recursive_macro() }}{% endmacro %}',
        ['macro.test.recursive_macro']
      ),
      macro(
        'macro.dbt.test_not_null',
        '{% macro test_not_null(model, column_name) %}{{ default__test_not_null(model, column_name) }}{% endmacro %}'
      ),
      macro('macro.dbt.test_unique', '{% macro test_unique(model, column_name) %}select 1{% endmacro %}')
    ]
  })
}

/** The unique_ids a `state:<value>` search returns (the method alone, as dbt's unit tests call it). */
export function stateSearch(current: Manifest, state: Manifest, value: string): string[] {
  const comparison = compareManifests(current, state)
  const { stateValues } = selectorRules(writerOf(current), 'list')
  return [...searchStateMethod(value, [...current.nodes.values()], state, comparison, stateValues)].sort()
}

/** What `dbt ls --resource-type all --select … --exclude … --state …` prints. */
export function ls(current: Manifest, state: Manifest, select: string[], exclude: string[] = []): string[] {
  return selectNodes({ current, state, comparison: compareManifests(current, state), select, exclude })
    .selected
}
