/**
 * dbt parses the project once per naming in a flow, and every later command of that naming runs on that parse:
 * in one dbt session the build runs on the parse's manifest and does not parse at all; when dbt runs as a
 * process per command (an executable that is not a Python script), dbt's partial parsing applies (same target
 * folder, profile, target and vars) and the build skips parsing. Real dbt and real Postgres on the example
 * project; dbt's own output and logs say which kind of parse each command did.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

/** How one dbt invocation got its manifest, from its part of dbt.log. */
type ParseKind = 'from scratch' | 'saved parse reused' | 'partial' | 'no parse'

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

/** For each target folder of a run (dbt logs beside its artifacts), how each dbt invocation there parsed. */
function parsesByFolder(workDir: string): ParseKind[][] {
  return readdirSync(workDir)
    .filter(name => name.startsWith('dbt-target-'))
    .map(name =>
      readFileSync(path.join(workDir, name, 'logs', 'dbt.log'), 'utf8')
        .split(/^.*Running with dbt=.*$/m)
        .slice(1)
        .map((invocation): ParseKind => {
          if (invocation.includes('Unable to do partial parsing')) return 'from scratch'
          if (invocation.includes(REUSED_PARSE)) return 'saved parse reused'
          if (invocation.includes('Partial parsing enabled')) return 'partial'
          return 'no parse'
        })
    )
    .sort((a, b) => a.length - b.length)
}

describeWithPostgres('dbt parses each naming once per flow', () => {
  let project: ProjectCopy
  let scratch: string
  let db: SqlClient
  const runs: Record<'deploy' | 'defer' | 'deferByProcesses', { exitCode: number; steps: DbtStep[] }> =
    {} as never
  const work = (name: string): string => path.join(scratch, name)

  async function cli(dbt: string, ...args: string[]): Promise<{ exitCode: number; steps: DbtStep[] }> {
    let stdout = ''
    const io: CliIo = { stdout: text => void (stdout += text), stderr: text => void (stdout += text) }
    const exitCode = await main([...args, '--project-dir', project.dir, '--dbt-executable', dbt], io)
    if (exitCode !== 0) console.error(stdout)
    return { exitCode, steps: dbtSteps(stdout) }
  }

  beforeAll(async () => {
    project = new ProjectCopy(production)
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-partial-parse-'))
    // A dbt that is not a Python script itself: the runner cannot start a session and runs a process per command.
    const wrapper = path.join(scratch, 'dbt-wrapper')
    writeFileSync(wrapper, `#!/bin/sh\nexec '${dbtBin()}' "$@"\n`)
    chmodSync(wrapper, 0o755)
    db = await openPgSession(TEST_CONNECTION)
    const state = work('state')
    runs.deploy = await cli(dbtBin(), 'deploy', '--publish-dir', state, '--work-dir', work('deploy'))
    project.edit('models/marts/dim_customers.sql', sql => `${sql}\n-- reviewed\n`)
    runs.defer = await cli(dbtBin(), 'defer', '--pr', '5', '--state', state, '--work-dir', work('defer'))
    runs.deferByProcesses = await cli(
      wrapper,
      'defer',
      '--pr',
      '6',
      '--state',
      state,
      '--work-dir',
      work('defer-by-processes')
    )
  }, 480_000)

  afterAll(async () => {
    if (db) {
      await cleanUp(db, production)
      await db.close()
    }
    project?.dispose()
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  test('a deploy parses production and green naming from scratch once each, and its build runs on the green parse', () => {
    expect(runs.deploy.exitCode).toBe(0)
    expect(runs.deploy.steps).toEqual([
      { title: 'Parse the project with production naming', fullParse: expect.stringContaining('not found') },
      { title: 'Parse the project with green naming', fullParse: expect.stringContaining('not found') },
      { title: expect.stringMatching(/^dbt build/), fullParse: null }
    ])
    expect(parsesByFolder(work('deploy'))).toEqual([['from scratch'], ['from scratch', 'no parse']])
  })

  test('a pull request parses once, and its build runs on the parse the plan was made from', () => {
    expect(runs.defer.exitCode).toBe(0)
    expect(runs.defer.steps).toEqual([
      { title: 'Parse the pull request’s project', fullParse: expect.stringContaining('not found') },
      { title: expect.stringMatching(/^dbt build --select state:modified\+ /), fullParse: null }
    ])
    expect(parsesByFolder(work('defer'))).toEqual([['from scratch', 'no parse']])
  })

  test('with a dbt process per command, the build reuses the saved parse of the same target folder', () => {
    expect(runs.deferByProcesses.exitCode).toBe(0)
    expect(runs.deferByProcesses.steps).toEqual([
      { title: 'Parse the pull request’s project', fullParse: expect.stringContaining('not found') },
      { title: expect.stringMatching(/^dbt build --select state:modified\+ /), fullParse: null }
    ])
    expect(parsesByFolder(work('defer-by-processes'))).toEqual([['from scratch', 'saved parse reused']])
  })
})
