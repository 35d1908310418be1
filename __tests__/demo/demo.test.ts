/**
 * `dbt-slim-ci demo`: the whole story on the example project and an embedded Postgres (PGlite), once with real
 * dbt talking to PGlite over its socket, once replaying the committed recording as on a machine without dbt.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readRecording } from '../../src/demo/dbt-recording.js'
import { CHANGED_RELATION, NEW_MODEL } from '../../src/demo/pr-change.js'
import { runDemo, type DemoOutcome } from '../../src/demo/run-demo.js'
import { dbtBin, EXAMPLE_PROJECT } from '../helpers/example-project.js'

const DEMO_DATA = path.resolve(import.meta.dirname, '../../examples/demo')
const workDirs: string[] = []
afterAll(() => workDirs.forEach(dir => rmSync(dir, { recursive: true, force: true })))

async function demo(dbtExecutable: string | null): Promise<{ outcome: DemoOutcome; output: string }> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-demo-'))
  workDirs.push(workDir)
  let output = ''
  const outcome = await runDemo({
    projectDir: EXAMPLE_PROJECT,
    workDir,
    dbtExecutable,
    dataDir: DEMO_DATA,
    write: text => void (output += text)
  })
  return { outcome, output }
}

function expectTheStory({ outcome, output }: { outcome: DemoOutcome; output: string }): void {
  const comment = readFileSync(outcome.files.comment, 'utf8')
  for (const model of [CHANGED_RELATION.model, 'dim_customers', 'weekly_revenue', NEW_MODEL])
    expect(comment).toContain(model)
  expect(
    outcome.reports.pullRequest.plan?.changes
      .find(c => c.uniqueId === 'model.shop.dim_customers')
      ?.reasons.map(r => r.code)
  ).toContain('macro_changed')
  expect(outcome.productionColumns.afterDeploy).toContain(CHANGED_RELATION.newColumn)
  expect(outcome.productionColumns.afterRollback).not.toContain(CHANGED_RELATION.newColumn)
  expect(outcome.reports.deploy.deploy?.swapped).toBe(true)
  expect(output).toContain(outcome.files.comment)
}

describe('dbt-slim-ci demo', () => {
  test('with real dbt: deploys, plans and builds the pull request with --defer, deploys it and rolls it back', async () => {
    const run = await demo(dbtBin())
    expectTheStory(run)
    expect(run.outcome.reports.pullRequest.invocations.map(i => i.exitCode)).toEqual([0])
  }, 300_000)

  test('without dbt: replays the committed recording and tells the same story on PGlite', async () => {
    const run = await demo(null)
    expect(run.outcome.mode).toBe('replay')
    expectTheStory(run)
    // The durations a replay reports are those of the recorded run: no report outlasted by what it lists.
    for (const report of Object.values(run.outcome.reports)) {
      const dbt = report.invocations.reduce((sum, invocation) => sum + invocation.durationSeconds, 0)
      expect(report.durationSeconds).toBeGreaterThanOrEqual(dbt)
      for (const invocation of report.invocations)
        for (const result of invocation.results ?? [])
          expect(invocation.durationSeconds).toBeGreaterThanOrEqual(result.executionTime)
    }
  }, 60_000)

  test('the committed recording was made from the current example project (else run node scripts/demo-data.mjs)', async () => {
    const recording = await readRecording(DEMO_DATA)
    const manifest = JSON.parse(recording.invocations[0].artifacts['manifest.json'] ?? '{}') as {
      nodes: Record<string, { resource_type: string; original_file_path: string; raw_code: string }>
      macros: Record<string, { package_name: string; original_file_path: string; macro_sql: string }>
    }
    const text = (file: string) => readFileSync(path.join(EXAMPLE_PROJECT, file), 'utf8')
    // dbt stores a model file's text, stripped, as raw_code, and each macro's text as macro_sql.
    const staleModels = Object.values(manifest.nodes)
      .filter(
        node => node.resource_type === 'model' && text(node.original_file_path).trim() !== node.raw_code
      )
      .map(node => node.original_file_path)
    const staleMacros = Object.values(manifest.macros)
      .filter(
        macro => macro.package_name === 'shop' && !text(macro.original_file_path).includes(macro.macro_sql)
      )
      .map(macro => macro.original_file_path)
    const stale = [...staleModels, ...staleMacros]
    expect(stale).toEqual([])
  })
})
