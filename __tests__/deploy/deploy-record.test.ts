import { describe, expect, test } from '@jest/globals'
import { recordedTargets } from '../../src/deploy/deploy-record.js'
import type { StateRecord } from '../../src/production-state/state-record.js'

const record = (targets: unknown[]): StateRecord => ({
  commitSha: null,
  runId: null,
  runUrl: null,
  producedAt: null,
  dbtVersion: null,
  schemas: [],
  details: { kind: 'deploy', warehouse: 'snowflake', targets: targets as never }
})

const target = {
  level: 'schema',
  database: 'DB',
  production: 'ANALYTICS',
  green: 'ANALYTICS__green',
  previous: 'ANALYTICS__previous'
}

describe('swap targets a container rollback reads from state.json', () => {
  test('the targets a deploy recorded are read back as they were', () => {
    expect(recordedTargets(record([target]), 'state')).toEqual([target])
  })

  test('an edited file that would swap two production schemas with each other is refused', () => {
    expect(() => recordedTargets(record([{ ...target, previous: 'MARTS' }]), 'state')).toThrow(
      'keeps "ANALYTICS" as "MARTS", which no deploy does; nothing was rolled back'
    )
  })
})
