/**
 * Every dbt command after a flow's parse reuses that parse: dbt's partial parsing applies (same target folder,
 * profile, target and vars), so the build never parses the project from scratch a second time. Real dbt and
 * real Postgres on the example project; dbt's own output and log say which kind of parse each command did.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CliIo } from '../../src/cli/command.js'
import { main } from '../../src/cli/main.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { cleanUp, describeWithPostgres, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const production = uniquePrefix('partial_parse')
/** What dbt prints (info level) whenever it parses the project from scratch. */
const FULL_PARSE = /Unable to do partial parsing because (.*)$/
/** What dbt logs (debug level, logs/dbt.log) when it reuses the saved parse of an unchanged project. */
const REUSED_PARSE = 'Partial parsing enabled, no changes found, skipping parsing'

interface DbtStep {
  title: string
  fullParse: string | null
}

/** The CLI's groups that ran dbt, each with the reason dbt gave for parsing from scratch (null: it did not). */
function dbtSteps(stdout: string): DbtStep[] {
  return stdout
    .split('\n▸ ')
    .slice(1)
    .filter(group => group.includes('Running with dbt='))
    .map(group => {
      const [title, ...lines] = group.split('\n')
      const reason = lines.map(line => FULL_PARSE.exec(line)?.[1]).find(Boolean)
      return { title, fullParse: reason ?? null }
    })
}

describeWithPostgres('dbt parses each naming once per flow', () => {
  let project: ProjectCopy
  let scratch: string
  let db: SqlClient
  const runs: Record<'deploy' | 'defer', { exitCode: number; steps: DbtStep[] }> = {} as never
  let reusedParses = 0

  async function cli(...args: string[]): Promise<{ exitCode: number; steps: DbtStep[] }> {
    let stdout = ''
    const io: CliIo = { stdout: text => void (stdout += text), stderr: text => void (stdout += text) }
    const exitCode = await main([...args, '--project-dir', project.dir, '--dbt-executable', dbtBin()], io)
    return { exitCode, steps: dbtSteps(stdout) }
  }

  beforeAll(async () => {
    dbtBin()
    project = new ProjectCopy(production)
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-partial-parse-'))
    db = await openPgSession(TEST_CONNECTION)
    const state = path.join(scratch, 'state')
    runs.deploy = await cli('deploy', '--publish-dir', state, '--work-dir', path.join(scratch, 'deploy'))
    project.edit('models/marts/dim_customers.sql', sql => `${sql}\n-- reviewed\n`)
    runs.defer = await cli('defer', '--pr', '5', '--state', state, '--work-dir', path.join(scratch, 'defer'))
    // dbt writes its log beside each target folder's artifacts.
    const logs = readdirSync(scratch, { recursive: true, encoding: 'utf8' }).filter(
      f => path.basename(f) === 'dbt.log'
    )
    reusedParses = logs
      .map(f => readFileSync(path.join(scratch, f), 'utf8').split(REUSED_PARSE).length - 1)
      .reduce((a, b) => a + b, 0)
  }, 360_000)

  afterAll(async () => {
    if (db) {
      await cleanUp(db, production)
      await db.close()
    }
    project?.dispose()
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  test('a deploy parses production and green naming from scratch once each, and its build reuses the green parse', () => {
    expect(runs.deploy.exitCode).toBe(0)
    expect(runs.deploy.steps).toEqual([
      { title: 'Parse the project with production naming', fullParse: expect.stringContaining('not found') },
      { title: 'Parse the project with green naming', fullParse: expect.stringContaining('not found') },
      { title: expect.stringMatching(/^dbt build/), fullParse: null }
    ])
  })

  test('a pull request parses once, and its build reuses the parse the plan was made from', () => {
    expect(runs.defer.exitCode).toBe(0)
    expect(runs.defer.steps).toEqual([
      { title: 'Parse the pull request’s project', fullParse: expect.stringContaining('not found') },
      { title: expect.stringMatching(/^dbt build --select state:modified\+ /), fullParse: null }
    ])
  })

  test('dbt’s own log confirms each build skipped parsing', () => {
    expect(reusedParses).toBe(2)
  })
})
