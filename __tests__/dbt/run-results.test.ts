import { describe, expect, test } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ArtifactError } from '../../src/errors.js'
import { parseRunResults, readRunResults } from '../../src/dbt/run-results.js'
import { RUN_RESULTS_FILE } from '../report/fixtures/report-fixtures.js'

const schema = (version: number): string => `https://schemas.getdbt.com/dbt/run-results/v${version}.json`

/** The fields every schema version has (v4, dbt 1.0–1.4). */
function v4Result(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: 'success',
    timing: [],
    thread_id: 'Thread-1',
    execution_time: 0.25,
    adapter_response: { _message: 'SELECT 12', code: 'SELECT', rows_affected: 12 },
    message: 'SELECT 12',
    failures: null,
    unique_id: 'model.shop.fct_orders',
    ...overrides
  }
}

function artifact(version: number, results: unknown[]): Record<string, unknown> {
  return {
    metadata: {
      dbt_schema_version: schema(version),
      dbt_version: '1.4.9',
      generated_at: '2023-05-01T10:00:00Z',
      invocation_id: 'abc',
      env: {}
    },
    results,
    elapsed_time: 3.5,
    args: { which: 'build' }
  }
}

describe('parseRunResults reads dbt run_results.json', () => {
  test('a real dbt build: every executed node with status, timing, rows and failures', async () => {
    const results = await readRunResults(RUN_RESULTS_FILE)
    expect(results.schemaVersion).toBe(6)
    expect(results.command).toBe('build')
    expect(results.results.length).toBeGreaterThan(5)
    const statuses = new Set(results.results.map(result => result.status))
    expect([...statuses].sort()).toEqual(
      expect.arrayContaining(['error', 'fail', 'pass', 'skipped', 'success', 'warn'])
    )
    const byId = new Map(results.results.map(result => [result.uniqueId, result]))
    expect(byId.get('seed.shop.raw_customers')).toMatchObject({
      status: 'success',
      rowsAffected: 4,
      failures: null,
      message: 'INSERT 4'
    })
    expect(byId.get('model.shop.stg_customers')).toMatchObject({
      status: 'success',
      rowsAffected: null,
      compiled: true,
      relationName: '"test"."dbt_slim_ci_pr_42"."stg_customers"'
    })
    expect(byId.get('test.shop.unique_stg_customers_customer_id.c7614daada')).toMatchObject({
      status: 'fail',
      failures: 1,
      message: 'Got 1 result, configured to fail if != 0'
    })
    expect(byId.get('model.shop.dim_customers')).toMatchObject({
      status: 'skipped',
      executionTime: 0,
      message: null
    })
    expect(byId.get('model.shop.fct_order_events')?.message).toContain(
      'column "discount_cents" does not exist'
    )
  })

  test('schema v4 (dbt 1.0–1.4) has no compiled fields: they read as null', () => {
    const [result] = parseRunResults('run_results.json', artifact(4, [v4Result()])).results
    expect(result).toEqual({
      uniqueId: 'model.shop.fct_orders',
      status: 'success',
      executionTime: 0.25,
      message: 'SELECT 12',
      failures: null,
      rowsAffected: 12,
      bytesProcessed: null,
      thread: 'Thread-1',
      compiled: null,
      relationName: null,
      batches: null
    })
  })

  test('schema v5 adds compiled and relation_name', () => {
    const [result] = parseRunResults(
      'run_results.json',
      artifact(5, [
        v4Result({
          compiled: true,
          compiled_code: 'select 1',
          relation_name: '"db"."analytics"."fct_orders"'
        })
      ])
    ).results
    expect(result.compiled).toBe(true)
    expect(result.relationName).toBe('"db"."analytics"."fct_orders"')
  })

  test('schema v6 microbatch models report how many batches failed', () => {
    const [result] = parseRunResults(
      'run_results.json',
      artifact(6, [
        v4Result({
          status: 'partial success',
          batch_results: {
            successful: [['2026-11-01', '2026-11-02']],
            failed: [['2026-11-02', '2026-11-03']]
          }
        })
      ])
    ).results
    expect(result.status).toBe('partial success')
    expect(result.batches).toEqual({ succeeded: 1, failed: 1 })
  })

  test('DDL reports rows_affected -1, which means unknown, not a count', () => {
    const [result] = parseRunResults(
      'run_results.json',
      artifact(6, [
        v4Result({ adapter_response: { _message: 'CREATE VIEW', code: 'CREATE VIEW', rows_affected: -1 } })
      ])
    ).results
    expect(result.rowsAffected).toBeNull()
  })

  test('BigQuery bytes_processed is kept for cost reporting', () => {
    const [result] = parseRunResults(
      'run_results.json',
      artifact(6, [
        v4Result({
          adapter_response: { _message: 'CREATE TABLE (12.0 rows, 1.2 KiB processed)', bytes_processed: 1234 }
        })
      ])
    ).results
    expect(result.bytesProcessed).toBe(1234)
  })

  test('dbt Fusion statuses reused and no-op are understood', () => {
    const results = parseRunResults(
      'run_results.json',
      artifact(6, [v4Result({ status: 'reused' }), v4Result({ status: 'no-op', unique_id: 'model.shop.b' })])
    ).results
    expect(results.map(result => result.status)).toEqual(['reused', 'no-op'])
  })
})

describe('parseRunResults rejects what it cannot read, naming the file', () => {
  test('a manifest passed by mistake', () => {
    const manifest = {
      metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json' },
      nodes: {}
    }
    expect(() => parseRunResults('target/manifest.json', manifest)).toThrow(
      new ArtifactError(
        'target/manifest.json',
        'metadata.dbt_schema_version is "https://schemas.getdbt.com/dbt/manifest/v12.json", not a run-results schema: pass the run_results.json that `dbt build` wrote to its target path.'
      )
    )
  })

  test('schema versions older than v4 (dbt before 1.0)', () => {
    expect(() => parseRunResults('old/run_results.json', artifact(3, []))).toThrow(
      /old\/run_results\.json: run-results schema v3 is not supported/
    )
  })

  test('a status this version does not know', () => {
    expect(() =>
      parseRunResults('run_results.json', artifact(6, [v4Result({ status: 'exploded' })]))
    ).toThrow(/run_results\.json: results\[0\]\.status is "exploded"/)
  })

  test('a result without unique_id', () => {
    expect(() =>
      parseRunResults('run_results.json', artifact(6, [v4Result({ unique_id: undefined })]))
    ).toThrow(/results\[0\] has no unique_id/)
  })

  test('not JSON at all', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'run-results-'))
    const file = path.join(dir, 'run_results.json')
    await writeFile(file, '{"metadata": ')
    await expect(readRunResults(file)).rejects.toThrow(new RegExp(`${file}: is not valid JSON`))
  })

  test('a missing file', async () => {
    await expect(readRunResults('/nonexistent/run_results.json')).rejects.toThrow(
      /\/nonexistent\/run_results\.json: cannot be read \(ENOENT\)/
    )
  })
})
