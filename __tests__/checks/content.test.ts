/** The check runs of a pull request: one per phase with its conclusion, annotations on the PR's files. */
import { expect, test } from '@jest/globals'
import { ANNOTATIONS_MAX, CHECK_SUMMARY_LIMIT, checkRunsOf } from '../../src/checks/content.js'
import { yamlLineOf, type AnnotationSources } from '../../src/checks/annotations.js'
import type { NodeRunResult, RunResultStatus } from '../../src/dbt/run-results.js'
import { newReport } from '../../src/report/lifecycle.js'
import type { NodeDisplay, Report } from '../../src/report/types.js'

const MARTS_YML = `version: 2
models:
  - name: dim_customers
    columns:
      - name: customer_id
        data_tests: [unique]
      - name: segment
        data_tests: [not_null]
  - name: fct_orders
    config:
      contract: { enforced: true }
    columns:
      - name: order_id
`

const sources: AnnotationSources = {
  projectPrefix: 'transform/',
  files: new Map([['models/marts/_marts.yml', MARTS_YML]])
}

const display = (name: string, fields: Partial<NodeDisplay>): NodeDisplay => ({
  name,
  resourceType: 'model',
  materialization: 'table',
  packageName: 'shop',
  relationName: null,
  originalFilePath: `models/marts/${name}.sql`,
  patchPath: 'models/marts/_marts.yml',
  ...fields
})

function result(uniqueId: string, status: RunResultStatus, message: string | null = null): NodeRunResult {
  return {
    uniqueId,
    status,
    executionTime: 0.1,
    message,
    failures: status === 'fail' ? 3 : null,
    rowsAffected: null,
    bytesProcessed: null,
    thread: 'Thread-1',
    compiled: true,
    relationName: null,
    batches: null
  }
}

function report(results: NodeRunResult[]): Report {
  const r = newReport('defer', {
    run: { repository: 'acme/analytics', runId: 1, runUrl: null, pullRequest: 7, commitSha: 'abc' },
    now: () => new Date('2026-12-02T12:00:00Z')
  })
  r.nodes = {
    'model.shop.dim_customers': display('dim_customers', {}),
    'model.shop.fct_orders': display('fct_orders', {}),
    'test.shop.not_null_dim_customers_segment': display('not_null_dim_customers_segment', {
      resourceType: 'test',
      materialization: null,
      originalFilePath: 'models/marts/_marts.yml',
      patchPath: null,
      attachedNode: 'model.shop.dim_customers',
      columnName: 'segment'
    }),
    'test.shop.assert_positive_amounts': display('assert_positive_amounts', {
      resourceType: 'test',
      materialization: null,
      originalFilePath: 'tests/assert_positive_amounts.sql',
      patchPath: null,
      attachedNode: null
    })
  }
  r.plan = {
    selector: 'state:modified+',
    selected: Object.keys(r.nodes),
    changes: [],
    downstream: [],
    edges: []
  }
  r.invocations = [
    { commandLine: 'dbt build --select state:modified+', exitCode: 1, durationSeconds: 3, results }
  ]
  return r
}

const byName = (r: Report) => Object.fromEntries(checkRunsOf(r, sources).map(check => [check.name, check]))

test('one check run per phase, each with its own conclusion', () => {
  const checks = byName(
    report([
      result('model.shop.dim_customers', 'success'),
      result('test.shop.not_null_dim_customers_segment', 'fail', 'Got 3 results, configured to fail if != 0')
    ])
  )
  expect(Object.keys(checks)).toEqual(['dbt plan', 'dbt build', 'dbt tests'])
  expect(checks['dbt plan'].conclusion).toBe('success')
  expect(checks['dbt build']).toMatchObject({ conclusion: 'success', title: '1 passed' })
  expect(checks['dbt tests']).toMatchObject({ conclusion: 'failure', title: '0 passed · 1 failed' })
})

test("a failing column test annotates the model's YAML at the column's line", () => {
  const checks = byName(
    report([
      result('test.shop.not_null_dim_customers_segment', 'fail', 'Got 3 results, configured to fail if != 0')
    ])
  )
  expect(checks['dbt tests'].annotations).toEqual([
    {
      path: 'transform/models/marts/_marts.yml',
      start_line: 7,
      end_line: 7,
      annotation_level: 'failure',
      title: 'Test not_null_dim_customers_segment failed (3 failing rows)',
      message: 'Got 3 results, configured to fail if != 0'
    }
  ])
})

test('a singular test annotates its own SQL file; a model that fails to compile, its model file', () => {
  const checks = byName(
    report([
      result('model.shop.fct_orders', 'error', "Compilation Error in model fct_orders: 'ref' is undefined"),
      result('test.shop.assert_positive_amounts', 'fail', 'Got 3 results')
    ])
  )
  expect(checks['dbt build']).toMatchObject({ conclusion: 'failure' })
  expect(checks['dbt build'].annotations.map(a => [a.path, a.start_line, a.annotation_level])).toEqual([
    ['transform/models/marts/fct_orders.sql', 1, 'failure']
  ])
  expect(checks['dbt tests'].annotations.map(a => a.path)).toEqual([
    'transform/tests/assert_positive_amounts.sql'
  ])
})

test("a Jinja compilation error points at the line dbt names; a database error at the file's top", () => {
  const jinja =
    "Compilation Error in model fct_orders (models/marts/fct_orders.sql)\n  unexpected '}'\n    line 4\n      {{ x }}}"
  const database =
    'Database Error in model dim_customers\n  syntax error at or near "form"\n  LINE 7: select * form'
  const checks = byName(
    report([
      result('model.shop.fct_orders', 'error', jinja),
      result('model.shop.dim_customers', 'error', database)
    ])
  )
  expect(checks['dbt build'].annotations.map(a => [a.path, a.start_line])).toEqual([
    ['transform/models/marts/fct_orders.sql', 4],
    ['transform/models/marts/dim_customers.sql', 1]
  ])
})

test("a breaking contract change annotates the model's YAML at the column", () => {
  const r = report([])
  r.mergePreview = {
    rebuild: [],
    fullRefresh: [],
    drops: [],
    breakingContracts: [
      {
        uniqueId: 'model.shop.fct_orders',
        changes: [{ kind: 'column_removed', detail: 'column `order_id` was removed', column: 'order_id' }]
      }
    ]
  }
  expect(byName(r)['dbt plan'].annotations).toEqual([
    {
      path: 'transform/models/marts/_marts.yml',
      start_line: 13,
      end_line: 13,
      annotation_level: 'warning',
      title: 'Breaking contract change on fct_orders',
      message: 'column `order_id` was removed'
    }
  ])
})

test('a dry run and a run without tests conclude skipped', () => {
  const dry = report([])
  dry.dryRun = { dbtCommands: ['dbt build'], sql: [] }
  expect(checkRunsOf(dry, sources).map(c => [c.name, c.conclusion])).toEqual([
    ['dbt plan', 'success'],
    ['dbt build', 'skipped'],
    ['dbt tests', 'skipped']
  ])
})

test('thousands of failures stay within the annotation cap and the summary limit', () => {
  const r = report([])
  const results: NodeRunResult[] = []
  for (let i = 0; i < 3000; i++) {
    const id = `model.shop.m${i}`
    r.nodes[id] = display(`m${i}`, {})
    results.push(result(id, 'error', 'x'.repeat(10_000)))
  }
  r.invocations[0].results = results
  const build = byName(r)['dbt build']
  expect(build.annotations).toHaveLength(ANNOTATIONS_MAX)
  expect(build.title).toBe(`0 passed · 3000 failed (annotations for the first ${ANNOTATIONS_MAX})`)
  expect(build.summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT)
  expect(build.annotations.every(a => a.message.length <= 4000)).toBe(true)
})

test('a YAML line is found after its model, by name; an unknown name points at the model', () => {
  expect(yamlLineOf(MARTS_YML, 'fct_orders', 'order_id')).toBe(13)
  expect(yamlLineOf(MARTS_YML, 'dim_customers', 'nope')).toBe(3)
  expect(yamlLineOf(undefined, 'dim_customers', null)).toBe(1)
})

test('a data diff adds a neutral check that notes, on the model file, how its data differs', () => {
  const r = report([result('model.shop.fct_orders', 'success')])
  r.dataDiff = {
    limits: { rowLimit: 1_000_000, modelTimeoutSeconds: 60, timeBudgetSeconds: 300 },
    piiRule: 'none',
    error: null,
    durationSeconds: 1,
    models: [
      {
        uniqueId: 'model.shop.fct_orders',
        status: 'compared',
        pr: '"test"."pr"."fct_orders"',
        production: '"test"."prod"."fct_orders"',
        reason: null,
        notes: [],
        schema: { added: [{ name: 'discount', type: 'numeric' }], removed: [], retyped: [], unchanged: 3 },
        rows: { pr: 41, production: 40 },
        key: null,
        profile: null,
        durationSeconds: 1
      }
    ]
  }
  const check = byName(r)['dbt data diff']
  expect(check).toMatchObject({ conclusion: 'neutral', title: '1 model compared · 1 with differences' })
  expect(check.annotations).toEqual([
    {
      path: 'transform/models/marts/fct_orders.sql',
      start_line: 1,
      end_line: 1,
      annotation_level: 'notice',
      title: 'fct_orders differs from production',
      message: 'columns added: discount\nrows: 40 in production, 41 in the PR'
    }
  ])
})
