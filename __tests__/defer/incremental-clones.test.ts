import { describe, expect, test } from '@jest/globals'
import type { NodeRunResult, RunResultStatus } from '../../src/dbt/run-results.js'
import { incrementalClonesOf } from '../../src/defer/incremental-clones.js'
import type { Manifest } from '../../src/manifest/types.js'
import { manifest, model } from '../helpers/manifest-builder.js'

const ORDERS = 'model.test.orders'

/** A `dbt clone` result as run_results.json reports it: the message is the adapter's response, or `No-op`. */
function cloneResult(message: string, status: RunResultStatus = 'success'): NodeRunResult {
  return {
    uniqueId: ORDERS,
    status,
    executionTime: 0.2,
    message,
    failures: null,
    rowsAffected: null,
    bytesProcessed: null,
    thread: 'Thread-1 (worker)',
    compiled: null,
    relationName: null,
    batches: null
  }
}

function project(adapterType: string, schema: string, materialized = 'incremental'): Manifest {
  return manifest({
    adapterType,
    nodes: [model('orders', { schema, relationName: `"db"."${schema}"."orders"`, config: { materialized } })]
  })
}

describe('incremental clones of a dbt clone run', () => {
  test('on Postgres, which cannot clone tables, a production table becomes a pointer view', () => {
    expect(
      incrementalClonesOf(
        [cloneResult('CREATE VIEW')],
        project('postgres', 'pr_3'),
        project('postgres', 'prod')
      )
    ).toEqual([
      {
        uniqueId: ORDERS,
        purpose: 'incremental',
        from: '"db"."prod"."orders"',
        to: '"db"."pr_3"."orders"',
        method: 'view'
      }
    ])
  })

  test('on Snowflake a production table is a zero-copy clone, though its message never says clone', () => {
    const [clone] = incrementalClonesOf(
      [cloneResult('SUCCESS 1')],
      project('snowflake', 'pr_3'),
      project('snowflake', 'prod')
    )
    expect(clone.method).toBe('zero-copy')
  })

  test('on Snowflake a production view, which dbt clone cannot copy, becomes a pointer view', () => {
    const [clone] = incrementalClonesOf(
      [cloneResult('SUCCESS 1')],
      project('snowflake', 'pr_3'),
      project('snowflake', 'prod', 'view')
    )
    expect(clone.method).toBe('view')
  })

  test('a No-op result, when the PR relation already exists, is no clone', () => {
    expect(
      incrementalClonesOf([cloneResult('No-op')], project('postgres', 'pr_3'), project('postgres', 'prod'))
    ).toEqual([])
  })

  test('a failed clone is no clone', () => {
    expect(
      incrementalClonesOf(
        [cloneResult('permission denied for schema prod', 'error')],
        project('postgres', 'pr_3'),
        project('postgres', 'prod')
      )
    ).toEqual([])
  })

  test('a node production does not have is no clone', () => {
    expect(
      incrementalClonesOf([cloneResult('CREATE VIEW')], project('postgres', 'pr_3'), manifest({ nodes: [] }))
    ).toEqual([])
  })
})
