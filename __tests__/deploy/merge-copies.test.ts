import { describe, expect, test } from '@jest/globals'
import { mergeCopiesOf } from '../../src/deploy/merge-copies.js'
import { manifest, model, node } from '../helpers/manifest-builder.js'

const project = manifest({
  nodes: [
    model('orders', { schema: 'analytics', config: { materialized: 'table' } }),
    model('events', { schema: 'analytics', config: { materialized: 'incremental' } }),
    model('ledger', { schema: 'analytics', config: { materialized: 'incremental', full_refresh: false } }),
    node('snapshot', 'history', { schema: 'analytics_snapshots', config: { materialized: 'snapshot' } })
  ]
})
const selected = ['model.test.orders', 'model.test.events', 'model.test.ledger', 'snapshot.test.history']

describe('what the merge copies into green', () => {
  test('selected incremental models and snapshots production has, named by their production relation', () => {
    expect(mergeCopiesOf(project, project, selected, false)).toEqual([
      { uniqueId: 'model.test.events', production: { schema: 'analytics', name: 'events' } },
      { uniqueId: 'model.test.ledger', production: { schema: 'analytics', name: 'ledger' } },
      { uniqueId: 'snapshot.test.history', production: { schema: 'analytics_snapshots', name: 'history' } }
    ])
  })

  test('a full refresh copies only models that refuse one', () => {
    expect(mergeCopiesOf(project, project, selected, true).map(copy => copy.uniqueId)).toEqual([
      'model.test.ledger'
    ])
  })

  test('a model production does not have yet is not copied', () => {
    const production = manifest({ nodes: [model('orders', { schema: 'analytics' })] })
    expect(mergeCopiesOf(project, production, selected, false)).toEqual([])
  })
})
