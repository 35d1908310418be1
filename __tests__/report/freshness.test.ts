import { describe, expect, test } from '@jest/globals'
import { freshnessSentences } from '../../src/report/sections/freshness.js'
import type { SourceFreshnessReport } from '../../src/report/types.js'

const checked: SourceFreshnessReport = {
  commandLine: 'dbt source freshness',
  exitCode: 1,
  file: '/work/target/sources.json',
  sources: [
    { uniqueId: 'source.shop.raw.customers', status: 'error' },
    { uniqueId: 'source.shop.raw.orders', status: 'pass' }
  ],
  published: true,
  fresher: null
}

const words = (freshness: SourceFreshnessReport) => freshnessSentences(freshness, text => `'${text}'`)

describe('what the report says about source freshness', () => {
  test('a stale source is named, and dbt’s exit status is said not to fail the run', () => {
    expect(words(checked)).toEqual([
      "'dbt source freshness' checked 2 sources: 1 error, 1 pass ('source.shop.raw.customers'); dbt exited 1, which does not fail this run.",
      'The deploy publishes this sources.json with the production state.'
    ])
  })

  test('a selection that used source_status: says which sources it found fresher', () => {
    const fresher = { ...checked, exitCode: 0, published: false, fresher: ['source.shop.raw.orders'] }
    expect(words(fresher)[1]).toBe(
      "The selection used 'source_status:': 1 source loaded newer data than production state's sources.json: 'source.shop.raw.orders'."
    )
    expect(words({ ...fresher, fresher: [] })[1]).toBe(
      "The selection used 'source_status:': no source loaded newer data than production state's sources.json."
    )
  })

  test('a run that wrote no sources.json says so', () => {
    expect(words({ ...checked, file: null, sources: [] })).toEqual([
      "'dbt source freshness' wrote no sources.json (exit 1)."
    ])
  })
})
