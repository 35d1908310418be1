import { describe, expect, test } from '@jest/globals'
import { compareManifests } from '../../src/state/compare.js'
import { UserError } from '../../src/errors.js'
import { macro, manifest, model, withMacro, withNode } from '../helpers/manifest-builder.js'
import { dbtTestProject, stateSearch } from './dbt-test-project.js'

const state = dbtTestProject()

describe('macro dependency changes (§2.9, T18–T20, T35, T36)', () => {
  test('T18: changing macro.dbt.test_not_null marks the not_null test modified and modified.macros', () => {
    const current = withMacro(
      state,
      macro('macro.dbt.test_not_null', '{% macro test_not_null(model, column_name) %}select 2{% endmacro %}')
    )
    const id = 'test.test.not_null_view_model_id.0123456789'
    expect(stateSearch(current, state, 'modified')).toEqual([id])
    expect(stateSearch(current, state, 'modified.macros')).toEqual([id])
    expect(stateSearch(current, state, 'new')).toEqual([])
  })

  test('T19: a node is affected whatever the position of the changed macro in depends_on', () => {
    const macros = [macro('macro.test.changed', 'a'), macro('macro.test.unchanged', 'b')]
    const before = manifest({
      nodes: [
        model('model1', { dependsOnMacros: ['macro.test.changed', 'macro.test.unchanged'] }),
        model('model2', { dependsOnMacros: ['macro.test.unchanged', 'macro.test.changed'] })
      ],
      macros
    })
    const after = withMacro(before, macro('macro.test.changed', 'a2'))
    expect(stateSearch(after, before, 'modified.macros')).toEqual(['model.test.model1', 'model.test.model2'])
  })

  test('T20: a change two macros away is found, with the chain from the node to it', () => {
    const before = manifest({
      nodes: [model('model2', { dependsOnMacros: ['macro.test.outer'] })],
      macros: [
        macro('macro.test.outer', 'o', ['macro.test.unchanged', 'macro.test.changed']),
        macro('macro.test.changed', 'a'),
        macro('macro.test.unchanged', 'b')
      ]
    })
    const after = withMacro(before, macro('macro.test.changed', 'a2'))
    expect(compareManifests(after, before).nodes.get('model.test.model2')?.reasons).toEqual([
      expect.objectContaining({
        code: 'macro_changed',
        chain: ['macro.test.outer', 'macro.test.changed'],
        macroChange: 'modified'
      })
    ])
  })

  test('recursive macros (dispatch cycles) terminate', () => {
    const current = withMacro(
      state,
      macro('macro.test.default__recursive_macro', 'changed', ['macro.test.recursive_macro'])
    )
    expect(stateSearch(current, state, 'modified.macros')).toEqual(['model.test.view_model'])
  })

  test('T35: adding an unused macro modifies nothing', () => {
    const current = withMacro(state, macro('macro.test.unused', 'x'))
    expect(stateSearch(current, state, 'modified')).toEqual([])
    expect(compareManifests(current, state).modifiedMacros.get('macro.test.unused')).toBe('added')
  })

  test('T36: editing my_macro modifies only table_model', () => {
    const current = withMacro(state, macro('macro.test.my_macro', 'changed'))
    expect(stateSearch(current, state, 'modified')).toEqual(['model.test.table_model'])
  })

  test('a removed macro still referenced by a current macro counts as a change', () => {
    const before = manifest({
      nodes: [model('m', { dependsOnMacros: ['macro.test.a'] })],
      macros: [macro('macro.test.a', 'a', ['macro.test.gone']), macro('macro.test.gone', 'g')]
    })
    const after = manifest({
      nodes: [model('m', { dependsOnMacros: ['macro.test.a'] })],
      macros: [macro('macro.test.a', 'a', ['macro.test.gone'])]
    })
    expect(compareManifests(after, before).nodes.get('model.test.m')?.reasons[0]).toMatchObject({
      macroChange: 'removed'
    })
  })

  test('T55: a null macro dependency is an error naming the node when macros changed', () => {
    const current = withNode(
      withMacro(state, macro('macro.test.my_macro', 'changed')),
      'model.test.view_model',
      n => ({ ...n, dependsOnMacros: [null] })
    )
    expect(() => compareManifests(current, state)).toThrow(UserError)
    expect(() => compareManifests(current, state)).toThrow(/'view_model'/)
  })
})
