import { describe, expect, test } from '@jest/globals'
import type { Manifest } from '../../src/manifest/types.js'
import { selectNodes } from '../../src/selector/select.js'
import { manifest, model } from '../helpers/manifest-builder.js'

// a → b → c → d, and x → c
const a = model('a')
const b = model('b', { dependsOnNodes: [a.uniqueId] })
const x = model('x')
const c = model('c', { dependsOnNodes: [b.uniqueId, x.uniqueId] })
const d = model('d', { dependsOnNodes: [c.uniqueId] })
const project = manifest({ nodes: [a, b, c, d, x] })
const select = (expr: string, current: Manifest = project) =>
  selectNodes({ current, state: null, comparison: null, select: [expr], exclude: [] }).selected.map(id =>
    id.split('.').pop()
  )

describe('graph operators over the current graph', () => {
  test('a bare name selects the node itself', () => {
    expect(select('c')).toEqual(['c'])
  })

  test('+ after selects all descendants', () => {
    expect(select('b+')).toEqual(['b', 'c', 'd'])
  })

  test('+ before selects all ancestors', () => {
    expect(select('+c')).toEqual(['a', 'b', 'c', 'x'])
  })

  test('N+ and +N limit the depth', () => {
    expect(select('1+c')).toEqual(['b', 'c', 'x'])
    expect(select('a+2')).toEqual(['a', 'b', 'c'])
  })

  test('@ selects descendants and all their ancestors', () => {
    expect(select('@b')).toEqual(['a', 'b', 'c', 'd', 'x'])
  })

  test('explains a descendant by the node it descends from', () => {
    const result = selectNodes({
      current: project,
      state: null,
      comparison: null,
      select: ['b+'],
      exclude: []
    })
    expect(result.why.get(d.uniqueId)).toEqual({ kind: 'descendant', selector: 'b+', of: b.uniqueId })
  })

  test('the union of several --select arguments and intersection with commas', () => {
    const twoArgs = selectNodes({
      current: project,
      state: null,
      comparison: null,
      select: ['a', 'd'],
      exclude: []
    }).selected
    expect(twoArgs).toEqual([a.uniqueId, d.uniqueId])
    expect(select('b+,+c')).toEqual(['b', 'c'])
  })

  test('--exclude is removed from the selection', () => {
    const result = selectNodes({
      current: project,
      state: null,
      comparison: null,
      select: ['a+'],
      exclude: ['c']
    })
    expect(result.selected).toEqual([a.uniqueId, b.uniqueId, d.uniqueId])
    expect(result.excluded.get(c.uniqueId)).toEqual({ kind: 'matched', selector: 'c' })
  })

  test('fqn wildcards match the rest of the fqn', () => {
    const nested = manifest({
      nodes: [
        model('orders', { fqn: ['test', 'marts', 'orders'] }),
        model('stg', { fqn: ['test', 'staging', 'stg'] })
      ]
    })
    expect(select('marts.*', nested)).toEqual(['orders'])
    expect(select('test.staging.*', nested)).toEqual(['stg'])
  })

  test('path selects the files under a folder', () => {
    const nested = manifest({
      nodes: [
        model('orders', { originalFilePath: 'models/marts/orders.sql' }),
        model('stg', { originalFilePath: 'models/staging/stg.sql' })
      ]
    })
    expect(select('models/marts', nested)).toEqual(['orders'])
    expect(select('path:models/staging/stg.sql', nested)).toEqual(['stg'])
  })
})
