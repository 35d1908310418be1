/** Which changes are this PR's and which main's since the last deploy, from the files git says each range changed. */
import { expect, test } from '@jest/globals'
import { classifyChanges, outOfPrScope } from '../../src/scope/classify.js'
import { compareManifests } from '../../src/state/compare.js'
import type { Manifest } from '../../src/manifest/types.js'
import { macro, manifest, model, withMacro, withNode } from '../helpers/manifest-builder.js'

const production = manifest({
  nodes: [
    model('orders'),
    model('customers', { dependsOnMacros: ['macro.test.cents'] }),
    model('revenue', { dependsOnNodes: ['model.test.orders'], patchPath: 'models/_marts.yml' }),
    model('dashboard', { dependsOnNodes: ['model.test.revenue', 'model.test.customers'] })
  ],
  macros: [macro('macro.test.cents', '{{ x }} * 100')]
})
const edit = (base: Manifest, id: string) =>
  withNode(base, id, node => ({ ...node, rawCode: `${node.rawCode} -- edited` }))

function origins(current: Manifest, byPr: string[], onMain: string[]) {
  const changes = [...compareManifests(current, production).nodes.values()].filter(
    c => c.status !== 'unmodified'
  )
  return Object.fromEntries(
    classifyChanges(changes, current, production, { byPr: new Set(byPr), onMain: new Set(onMain) })
  )
}

test("a node whose SQL file the PR changed is the PR's; one changed only on main is main's", () => {
  const current = edit(edit(production, 'model.test.orders'), 'model.test.customers')
  expect(origins(current, ['models/orders.sql'], ['models/customers.sql'])).toEqual({
    'model.test.orders': 'pr',
    'model.test.customers': 'main'
  })
})

test('a file both ranges changed counts as the PR’s: its version is what gets built', () => {
  expect(
    origins(edit(production, 'model.test.orders'), ['models/orders.sql'], ['models/orders.sql'])
  ).toEqual({
    'model.test.orders': 'pr'
  })
})

test('a change made in a properties YAML is found through the patch path', () => {
  const current = withNode(production, 'model.test.revenue', node => ({
    ...node,
    config: { ...node.config, materialized: 'table' },
    unrenderedConfig: { materialized: 'table' }
  }))
  expect(origins(current, [], ['models/_marts.yml'])).toEqual({ 'model.test.revenue': 'main' })
})

test('a macro change reaches the nodes that use it through the macro file', () => {
  const current = withMacro(production, macro('macro.test.cents', '{{ x }} * 100.0'))
  expect(origins(current, ['macros/cents.sql'], [])).toEqual({ 'model.test.customers': 'pr' })
})

test('a change no file explains falls back to dbt_project.yml, and otherwise is unattributed', () => {
  const current = edit(production, 'model.test.orders')
  expect(origins(current, [], ['dbt_project.yml'])).toEqual({ 'model.test.orders': 'main' })
  expect(origins(current, ['README.md'], [])).toEqual({ 'model.test.orders': 'unattributed' })
})

test("pr scope leaves out main's changes and what only they selected, never what a PR change reaches", () => {
  const origins = new Map([
    ['model.test.orders', 'main' as const],
    ['model.test.customers', 'pr' as const]
  ])
  const selected = ['model.test.customers', 'model.test.dashboard', 'model.test.orders', 'model.test.revenue']
  expect(outOfPrScope(production, origins, selected, ['model.test.dashboard', 'model.test.revenue'])).toEqual(
    ['model.test.orders', 'model.test.revenue']
  )
})
