import { describe, expect, test } from '@jest/globals'
import { assertNotOlderThanProduction } from '../../src/deploy/run-order.js'
import type { StateProvenance } from '../../src/report/types.js'

const producedBy = (runId: number | null): StateProvenance => ({
  source: runId === null ? 'path' : 'artifact',
  location: 'dbt-state',
  runId,
  runUrl: null,
  commitSha: null,
  producedAt: '2026-12-01T10:00:00Z',
  ageSeconds: 3600,
  dbtVersion: '1.12.6',
  warnings: []
})

describe('the order of deploy runs', () => {
  test('a newer run deploys over the state an older one produced', () => {
    expect(() => assertNotOlderThanProduction(200, producedBy(100))).not.toThrow()
  })

  test('a re-run of the run that produced production deploys again', () => {
    expect(() => assertNotOlderThanProduction(100, producedBy(100))).not.toThrow()
  })

  test('a re-run of an older deploy is refused, saying what to do instead', () => {
    expect(() => assertNotOlderThanProduction(100, producedBy(200))).toThrow(
      'This deploy run (100) is older than run 200, which produced the production state'
    )
    expect(() => assertNotOlderThanProduction(100, producedBy(200))).toThrow('`mode: rollback`')
  })

  test('state from a folder or a run outside Actions has no order to check', () => {
    expect(() => assertNotOlderThanProduction(100, producedBy(null))).not.toThrow()
    expect(() => assertNotOlderThanProduction(null, producedBy(200))).not.toThrow()
  })
})
