import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { compareManifests } from '../../src/state/compare.js'
import { explainNode } from '../../src/state/explain.js'
import { selectNodes } from '../../src/selector/select.js'
import type { Manifest } from '../../src/manifest/types.js'
import { macro, node, withAddedNodes, withMacro, withNode, withoutNode } from '../helpers/manifest-builder.js'
import { dbtTestProject } from './dbt-test-project.js'

const state = dbtTestProject()
function explain(current: Manifest, node: string, exclude: string[] = []): string {
  const comparison = compareManifests(current, state)
  const selection = selectNodes({ current, state, comparison, select: [], exclude })
  return explainNode({ current, state, comparison, selection, node })
}

describe('explainNode', () => {
  test('names the changed config key with its old and new value', () => {
    const current = withNode(state, 'model.test.table_model', n => ({
      ...n,
      unrenderedConfig: { materialized: 'incremental' }
    }))
    const text = explain(current, 'table_model')
    expect(text).toContain('State: modified')
    expect(text).toContain('config changed: materialized: "table" → "incremental"')
    expect(text).toContain('Selected: yes — it matches "state:modified+" itself.')
  })

  test('gives the macro chain from the node to the modified macro', () => {
    const current = withMacro(
      state,
      macro('macro.test.default__recursive_macro', 'changed', ['macro.test.recursive_macro'])
    )
    expect(explain(current, 'view_model')).toContain(
      'depends on macro macro.test.default__recursive_macro, which was modified (via macro.test.recursive_macro → macro.test.default__recursive_macro)'
    )
  })

  test('names the modified parent a selected descendant comes from', () => {
    const current = withNode(state, 'seed.test.seed', n => ({
      ...n,
      checksum: { name: 'sha256', checksum: 'b' }
    }))
    const text = explain(current, 'model.test.table_model')
    expect(text).toContain('State: unmodified')
    expect(text).toContain(
      'it is downstream of seed.test.seed, which matches "state:modified+" (modified: seed file checksum changed'
    )
  })

  test('says when --exclude removed a node', () => {
    const current = withNode(state, 'model.test.view_model', n => ({ ...n, rawCode: 'select 3' }))
    expect(explain(current, 'view_model', ['view_model'])).toContain(
      'Selected: no — it was excluded: it matches "view_model" itself.'
    )
  })

  test('explains an unmodified, unselected node', () => {
    expect(explain(state, 'table_model')).toContain('Selected: no — it matches no --select term')
  })

  test('explains a removed node', () => {
    const text = explain(withoutNode(state, 'model.test.table_model'), 'model.test.table_model')
    expect(text).toContain('removed (only in the state manifest)')
    expect(text).toContain('Selected: no (it is not in the current project).')
  })

  test('an unknown name is a user error', () => {
    expect(() => explain(state, 'nothing')).toThrow(UserError)
  })

  test('a model that shares its name with a semantic model and a metric is the one explained', () => {
    const current = withAddedNodes(
      state,
      node('semantic_model', 'table_model'),
      node('metric', 'table_model')
    )
    expect(explain(current, 'table_model')).toContain('model.test.table_model')
  })

  test('a name several non-models share lists every candidate with its unique_id and type', () => {
    const current = withAddedNodes(state, node('semantic_model', 'orders'), node('metric', 'orders'))
    expect(() => explain(current, 'orders')).toThrow(
      '"orders" names several nodes: metric.test.orders (metric), semantic_model.test.orders (semantic_model). Pass one of these unique_ids instead.'
    )
  })
})
