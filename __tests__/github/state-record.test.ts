import { describe, expect, test } from '@jest/globals'
import { parseStateRecord, stateRecordJson } from '../../src/github/state-record.js'
import type { StateRecord } from '../../src/github/state-record.js'
import { stateWarnings, NO_PROVENANCE } from '../../src/github/state-provenance.js'

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

describe('warnings about the state in use', () => {
  test('state-max-age-hours 0 turns the age check off', () => {
    expect(stateWarnings({ ...NO_PROVENANCE, source: 'path', ageHours: 5000 }, 0, [], [])).toEqual([])
  })

  test('state exactly at the limit is not stale', () => {
    expect(stateWarnings({ ...NO_PROVENANCE, source: 'path', ageHours: 24 }, 24, [], [])).toEqual([])
  })
})
