import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { compareCosts } from '../../src/costdiff/compare.js'
import { diffCost } from '../../src/costdiff/step.js'
import type { NodeRunResult, RunResults } from '../../src/dbt/run-results.js'
import type { Environment } from '../../src/environment.js'
import type { FlowRun } from '../../src/flow/runner.js'
import { parseSettings } from '../../src/config/parse-settings.js'
import { newReport } from '../../src/report/lifecycle.js'
import {
  createSnowflakeWarehouse,
  snowflakeSettingsFromProfile
} from '../../src/warehouse/snowflake/index.js'
import { FakeSnowflakeServer, INSUFFICIENT_PRIVILEGES_ERROR } from '../fakes/snowflake-server.js'

const result = (
  uniqueId: string,
  executionTime: number,
  rowsAffected: number | null = null
): NodeRunResult => ({
  uniqueId,
  status: 'success',
  executionTime,
  message: null,
  failures: null,
  rowsAffected,
  bytesProcessed: null,
  thread: 'Thread-1',
  compiled: true,
  relationName: null,
  batches: null
})
const runResults = (results: NodeRunResult[]): RunResults => ({
  file: 'state/run_results.json',
  schemaVersion: 6,
  dbtVersion: '1.12.6',
  generatedAt: '2026-12-01T10:00:00Z',
  invocationId: null,
  elapsedTime: 10,
  command: 'build',
  results
})

describe('build times against production', () => {
  test('a model at least the ratio slower, and a second more, is flagged; one twice as slow by 40 ms is not', () => {
    const costs = compareCosts(
      [
        result('model.shop.orders', 6.5, 95),
        result('model.shop.tiny', 0.08),
        result('test.shop.unique_x', 9)
      ],
      runResults([result('model.shop.orders', 2.5, 100), result('model.shop.tiny', 0.04)]),
      2
    )
    expect(costs).toEqual([
      {
        uniqueId: 'model.shop.orders',
        prSeconds: 6.5,
        productionSeconds: 2.5,
        prRows: 95,
        productionRows: 100,
        ratio: 2.6,
        slower: true
      },
      expect.objectContaining({ uniqueId: 'model.shop.tiny', ratio: 2, slower: false })
    ])
  })

  test('a model production’s last run did not build has no production time and is never flagged', () => {
    const [cost] = compareCosts([result('model.shop.new_one', 30)], runResults([]), 2)
    expect(cost).toMatchObject({ productionSeconds: null, ratio: null, slower: false })
  })
})

describe('scan volume from the Snowflake query history', () => {
  let fake: FakeSnowflakeServer
  beforeEach(async () => {
    fake = await FakeSnowflakeServer.start({ password: 'secret' })
  })
  afterEach(() => fake.stop())

  function flowOn(): Pick<FlowRun, 'env' | 'report'> {
    const settings = parseSettings(() => '', 'cli')
    const env = {
      settings,
      run: { repository: 'acme/shop', runId: 1, runUrl: null, pullRequest: 7, commitSha: null },
      now: () => new Date('2026-12-02T14:05:00Z'),
      connectWarehouse: () =>
        createSnowflakeWarehouse(
          snowflakeSettingsFromProfile({
            account: 'acme',
            user: 'ci',
            password: 'secret',
            database: 'analytics'
          }),
          { accessUrl: fake.url, queryTag: 'dbt-slim-ci:defer:1' }
        )
    } as unknown as Environment
    const report = newReport('defer', { ...env, now: () => new Date('2026-12-02T14:00:00Z') })
    report.invocations.push({
      commandLine: 'dbt build',
      exitCode: 0,
      durationSeconds: 9,
      results: [result('model.shop.orders', 6.5)]
    })
    return { env, report }
  }

  test("bytes scanned per model come from the run's window of the query history, by dbt's node_id comment", async () => {
    fake.respond('QUERY_HISTORY_BY_USER', {
      columns: ['NODE_ID', 'QUERIES', 'BYTES_SCANNED', 'CLOUD_SERVICES_CREDITS'],
      rows: [
        ['model.shop.orders', '3', '1500000000', '0.0004'],
        ['model.shop.not_built_here', '1', '10', '0']
      ]
    })
    const flow = flowOn()
    await diffCost(flow, null, 'snowflake')
    const history = fake.sql.find(sql => sql.includes('QUERY_HISTORY_BY_USER'))
    expect(history).toContain("END_TIME_RANGE_START => TO_TIMESTAMP_LTZ('2026-12-02T14:00:00.000Z')")
    expect(history).toContain("END_TIME_RANGE_END => TO_TIMESTAMP_LTZ('2026-12-02T14:05:00.000Z')")
    expect(history).toContain(`REGEXP_SUBSTR(query_text, '"node_id": "([^"]+)"', 1, 1, 'e') AS node_id`)
    expect(flow.report.costDiff?.warehouse).toMatchObject({
      available: true,
      models: [
        {
          uniqueId: 'model.shop.orders',
          queries: 3,
          bytesScanned: 1_500_000_000,
          cloudServicesCredits: 0.0004
        }
      ]
    })
  })

  test('a role that cannot read the query history costs only those figures, and the report says why', async () => {
    fake.fail('QUERY_HISTORY_BY_USER', INSUFFICIENT_PRIVILEGES_ERROR)
    const flow = flowOn()
    await diffCost(flow, null, 'snowflake')
    expect(flow.report.costDiff?.models).toHaveLength(1)
    expect(flow.report.costDiff?.warehouse).toMatchObject({ available: false, models: [] })
    expect(flow.report.costDiff?.warehouse?.note).toMatch(
      /^Could not read the query history: Snowflake rejected/
    )
  })
})
