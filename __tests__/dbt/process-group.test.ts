import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { DbtRunner, type DbtInvocation } from '../../src/dbt/runner.js'
import { Cancellation } from '../../src/flow/cancellation.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { dbtBin } from '../helpers/example-project.js'
import { describeWithPostgres, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

/** A project whose one model sleeps in Postgres: dbt is busy in the warehouse when the run is cancelled. */
function sleepyProject(schema: string, marker: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-sleepy-'))
  mkdirSync(path.join(dir, 'models'))
  writeFileSync(
    path.join(dir, 'dbt_project.yml'),
    'name: sleepy\nversion: "1.0"\nconfig-version: 2\nprofile: sleepy\n'
  )
  writeFileSync(
    path.join(dir, 'profiles.yml'),
    `sleepy:\n  target: dev\n  outputs:\n    dev:\n      type: postgres\n      host: 127.0.0.1\n      port: 5432\n      user: postgres\n      password: ''\n      dbname: test\n      schema: ${schema}\n      threads: 1\n`
  )
  writeFileSync(
    path.join(dir, 'models', 'slow.sql'),
    `{{ config(materialized='table') }} select 1 as ${marker} from pg_sleep(120)`
  )
  return dir
}

/** Processes whose command line mentions `text`, other than this test's own. */
async function processesMentioning(text: string): Promise<number[]> {
  const { readdir, readFile } = await import('node:fs/promises')
  const found: number[] = []
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')
    if (cmdline.includes(text)) found.push(Number(entry))
  }
  return found
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await sleep(200)
  }
}

describeWithPostgres('dbt in its own process group', () => {
  const schema = uniquePrefix('dbt_group')
  const marker = `${schema}_marker`
  let project: string
  let session: SqlClient

  beforeAll(async () => {
    project = sleepyProject(schema, marker)
    session = await openPgSession(TEST_CONNECTION)
  })

  afterAll(async () => {
    await session.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    await session.close()
    rmSync(project, { recursive: true, force: true })
  })

  const sleeping = async (): Promise<boolean> => {
    const rows = await session.query(
      `SELECT 1 FROM pg_stat_activity WHERE query LIKE '%' || $1 || '%' AND pid <> pg_backend_pid()`,
      [marker]
    )
    return rows.length > 0
  }

  test('a cancellation is forwarded to dbt, and the run returns once dbt and its query have stopped', async () => {
    const cancellation = new Cancellation()
    const lines: string[] = []
    const runner = new DbtRunner(
      { executable: dbtBin(), projectDir: project, profilesDir: project, target: null, env: {} },
      line => lines.push(line),
      cancellation
    )
    const running: Promise<DbtInvocation> = runner.run(['run'], { targetPath: path.join(project, 'target') })
    await waitFor('dbt to start its query', sleeping)
    const started = Date.now()
    cancellation.request({ signal: 'SIGINT', message: 'Cancelled by SIGINT.' })
    const invocation = await running
    expect(invocation.exitCode).not.toBe(0)
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(lines).toContain('dbt-slim-ci: Cancelled by SIGINT. Stopping dbt (SIGINT to its process group)…')
    expect(await processesMentioning(project)).toEqual([])
    await waitFor('the query to be cancelled', async () => !(await sleeping()), 10_000)
  })

  test('a tool killed with SIGKILL takes dbt with it', async () => {
    // A tool of its own: a Node process that starts dbt the way DbtRunner does, and is then killed.
    const tool = path.join(project, 'tool.mjs')
    await build({
      stdin: {
        contents: `import { spawnInGroup } from ${JSON.stringify(path.resolve('src/dbt/process-group.ts'))}
spawnInGroup(process.argv[2], process.argv.slice(3), { cwd: process.cwd(), env: process.env })
setInterval(() => undefined, 1000)`,
        resolveDir: project,
        loader: 'ts'
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: tool,
      logLevel: 'warning'
    })
    const child = spawn(
      process.execPath,
      [tool, dbtBin(), 'run', '--project-dir', project, '--profiles-dir', project],
      { cwd: project, stdio: 'ignore' }
    )
    await waitFor('dbt to start its query', sleeping)
    expect((await processesMentioning(project)).length).toBeGreaterThan(1)
    child.kill('SIGKILL')
    await waitFor(
      'every dbt process to end',
      async () => (await processesMentioning(project)).length === 0,
      15_000
    )
    await waitFor('the query to be cancelled', async () => !(await sleeping()), 10_000)
  })

  test('a run cancelled before dbt starts never starts it', async () => {
    const cancellation = new Cancellation()
    cancellation.request({ signal: 'SIGTERM', message: 'Cancelled by SIGTERM.' })
    const runner = new DbtRunner(
      { executable: dbtBin(), projectDir: project, profilesDir: project, target: null, env: {} },
      () => undefined,
      cancellation
    )
    await expect(runner.run(['run'], { targetPath: path.join(project, 'target') })).rejects.toThrow(
      'Cancelled by SIGTERM.'
    )
  })

  test('a missing dbt executable is still named with how to install it', async () => {
    const runner = new DbtRunner(
      {
        executable: path.join(project, 'no-dbt-here'),
        projectDir: project,
        profilesDir: null,
        target: null,
        env: {}
      },
      () => undefined
    )
    await expect(runner.version()).rejects.toThrow(/was not found: install dbt/)
  })
})
