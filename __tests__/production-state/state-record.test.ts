import { describe, expect, test } from '@jest/globals'
import { parseStateRecord, stateRecordJson } from '../../src/production-state/state-record.js'
import type { StateRecord } from '../../src/production-state/state-record.js'

const record: StateRecord = {
  commitSha: 'abc',
  runId: 12,
  runUrl: 'https://github.com/acme/analytics/actions/runs/12',
  producedAt: '2026-11-01T10:00:00.000Z',
  dbtVersion: '1.10.23',
  schemas: ['analytics', 'analytics_staging'],
  details: { swapped: true }
}

describe('state.json', () => {
  test('round-trips what the deploy recorded', () => {
    expect(parseStateRecord(stateRecordJson(record))).toEqual(record)
  })

  test('names its producer and format version', () => {
    expect(JSON.parse(stateRecordJson(record))).toMatchObject({ producer: 'dbt-slim-ci', formatVersion: 1 })
  })

  test('reads a partial or hand-made file leniently, as nulls', () => {
    expect(parseStateRecord('{"commitSha": "abc", "runId": "not a number", "schemas": ["a", 3]}')).toEqual({
      commitSha: 'abc',
      runId: null,
      runUrl: null,
      producedAt: null,
      dbtVersion: null,
      schemas: ['a'],
      details: {}
    })
    expect(parseStateRecord('not json').commitSha).toBeNull()
  })
})
