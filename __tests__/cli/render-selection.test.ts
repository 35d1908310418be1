import { describe, expect, test } from '@jest/globals'
import { selectionText } from '../../src/cli/render-selection.js'
import { compareManifests } from '../../src/state/compare.js'
import { selectNodes } from '../../src/selector/select.js'
import { manifest, model } from '../helpers/manifest-builder.js'

describe('select text output', () => {
  test('lists breaking contract changes to versioned models, where dbt would stop', () => {
    const contracted = model('orders', {
      uniqueId: 'model.test.orders.v1',
      version: 1,
      contract: { enforced: true, checksum: 'a' },
      columns: { id: { name: 'id', description: '', dataType: 'int', constraints: [] } }
    })
    const state = manifest({ nodes: [contracted] })
    const current = manifest({
      nodes: [{ ...contracted, contract: { enforced: true, checksum: 'b' }, columns: {} }]
    })
    const comparison = compareManifests(current, state)
    const text = selectionText(
      selectNodes({ current, state, comparison, select: [], exclude: [] }),
      comparison
    )
    expect(text).toContain('dbt stops with ContractBreakingChangeError')
    expect(text).toContain('column `id` was removed')
  })

  test('lists removed nodes and warnings after the selection', () => {
    const state = manifest({ nodes: [model('gone'), model('kept')] })
    const current = manifest({ nodes: [model('kept')] })
    const comparison = compareManifests(current, state)
    const text = selectionText(
      selectNodes({ current, state, comparison, select: [], exclude: [] }),
      comparison
    )
    expect(text).toBe(
      'Selected 0 node(s):\n\nRemoved since state (never selected): 1\n  model.test.gone  no longer in the current project (deleted or renamed)\n'
    )
  })
})
