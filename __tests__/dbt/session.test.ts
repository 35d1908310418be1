/**
 * A flow's dbt commands run in one dbt Python process when the executable is a Python script, and behave as the
 * `dbt` executable run once per command: same exit codes, each command's own environment and arguments (as dbt's
 * artifacts record them), logs beside each target folder; the process is gone once the runner is closed. Real
 * dbt 1.12 and 1.10 against real Postgres, compared with the same dbt behind a shell wrapper (a process per
 * command).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readdir, readlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DbtRunner } from '../../src/dbt/runner.js'
import { interpreterOf } from '../../src/dbt/python-of.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { cleanUp, describeWithPostgres, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const prefix = uniquePrefix('dbt_session')

/** A two-model project: `greeting` renders DBT_SESSION_GREETING, `broken` fails when DBT_SESSION_BREAK is set. */
function project(dir: string, schema: string): void {
  mkdirSync(path.join(dir, 'models'), { recursive: true })
  writeFileSync(path.join(dir, 'dbt_project.yml'), 'name: session\nversion: "1.0"\nprofile: session\n')
  writeFileSync(
    path.join(dir, 'profiles.yml'),
    `session:\n  target: dev\n  outputs:\n    dev:\n      type: postgres\n      host: 127.0.0.1\n      port: 5432\n      user: postgres\n      password: ''\n      dbname: test\n      schema: ${schema}\n      threads: 1\n`
  )
  writeFileSync(
    path.join(dir, 'models', 'greeting.sql'),
    'select \'{{ env_var("DBT_SESSION_GREETING", "hello") }}\' as greeting\n'
  )
  writeFileSync(
    path.join(dir, 'models', 'broken.sql'),
    "{{ config(materialized='table') }} select {{ '1 / 0' if env_var('DBT_SESSION_BREAK', '') else '1' }} as one\n"
  )
}

/** How `runner` ran a sequence of commands: exit codes, what each built, and the command dbt recorded. */
async function runSequence(runner: DbtRunner, work: string) {
  const target = (name: string) => path.join(work, name)
  const outcome = []
  for (const [command, targetPath, env] of [
    [['parse'], target('a'), {}],
    [['run'], target('a'), {}],
    [['run', '--select', 'greeting'], target('b'), { DBT_SESSION_GREETING: 'hi' }],
    [['run'], target('c'), { DBT_SESSION_BREAK: '1' }],
    [['run', '--no-such-flag'], target('a'), {}]
  ] as const) {
    const invocation = await runner.run([...command], { targetPath, env })
    const results = path.join(targetPath, 'run_results.json')
    const recorded = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : null
    rmSync(results, { force: true })
    outcome.push({
      exitCode: invocation.exitCode,
      statuses: recorded?.results
        .map((r: { unique_id: string; status: string }) => `${r.unique_id}: ${r.status}`)
        .sort(),
      recordedCommand: recorded?.args.invocation_command.replaceAll(work, '<work>')
    })
  }
  return outcome
}

/** Processes working in `dir` (the session runs in the project folder). */
async function processesIn(dir: string): Promise<number[]> {
  const found: number[] = []
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    if ((await readlink(`/proc/${entry}/cwd`).catch(() => '')) === dir) found.push(Number(entry))
  }
  return found
}

describeWithPostgres('one dbt process for a flow’s commands', () => {
  let db: SqlClient
  beforeAll(async () => {
    db = await openPgSession(TEST_CONNECTION)
  })
  afterAll(async () => {
    await cleanUp(db, prefix)
    await db.close()
  })

  for (const version of ['1.12', '1.10']) {
    describe(`dbt ${version}`, () => {
      const dbt = path.join(ROOT, `.venv/dbt-${version}/bin/dbt`)
      let dir: string
      let sessionRun: Awaited<ReturnType<typeof runSequence>>
      let processRun: Awaited<ReturnType<typeof runSequence>>
      let sessionLogs: string
      let leftRunning: number[]

      beforeAll(async () => {
        if (!existsSync(dbt)) throw new Error(`${dbt} is missing: run \`bash scripts/setup-dbt.sh\`.`)
        dir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-session-'))
        const schema = `${prefix}_${version.replace('.', '_')}`
        project(path.join(dir, 'project'), schema)
        const wrapper = path.join(dir, 'dbt-wrapper')
        writeFileSync(wrapper, `#!/bin/sh\nexec '${dbt}' "$@"\n`)
        chmodSync(wrapper, 0o755)
        const runner = (executable: string) =>
          new DbtRunner(
            { executable, projectDir: path.join(dir, 'project'), profilesDir: null, target: null, env: {} },
            () => undefined
          )
        const inSession = runner(dbt)
        sessionRun = await runSequence(inSession, path.join(dir, 'session'))
        await inSession.close()
        leftRunning = await processesIn(path.join(dir, 'project'))
        sessionLogs = readFileSync(path.join(dir, 'session', 'a', 'logs', 'dbt.log'), 'utf8')
        processRun = await runSequence(runner(wrapper), path.join(dir, 'processes'))
      }, 300_000)

      afterAll(() => {
        if (dir) rmSync(dir, { recursive: true, force: true })
      })

      test('every command exits, builds and is recorded as with a dbt process per command', () => {
        expect(sessionRun).toEqual(processRun)
        expect(sessionRun.map(r => r.exitCode)).toEqual([0, 0, 0, 1, 2])
      })

      test('closing the runner ends its dbt process', () => {
        expect(leftRunning).toEqual([])
      })

      test('each command sees its own environment', () => {
        expect(sessionRun[2].statuses).toEqual(['model.session.greeting: success'])
        expect(sessionRun[3].statuses).toContain('model.session.broken: error')
      })

      test('the run after the parse in the same target folder does not parse again', () => {
        // The parse, then the run (the command with an unknown flag stops before dbt logs anything).
        const invocations = sessionLogs.split(/^.*Running with dbt=.*$/m).slice(1)
        expect(invocations.map(i => i.includes('Unable to do partial parsing'))).toEqual([true, false])
        expect(invocations[1]).not.toContain('Partial parsing enabled')
      })
    })
  }
})

describe('the Python that runs a dbt executable', () => {
  test('is the one its shebang names', () => {
    expect(interpreterOf('#!/opt/venv/bin/python3.11\nimport re\n')).toEqual(['/opt/venv/bin/python3.11'])
    expect(interpreterOf('#!/usr/bin/env python3\n')).toEqual(['/usr/bin/env', 'python3'])
  })

  test('is the one pip names on its exec line when the path is too long for a shebang', () => {
    expect(interpreterOf(`#!/bin/sh\n'''exec' "/very/long/venv/bin/python" "$0" "$@"\n' '''\n`)).toEqual([
      '/very/long/venv/bin/python'
    ])
  })

  test('is none for a shell wrapper or a binary: dbt then runs as a process per command', () => {
    expect(interpreterOf('#!/bin/sh\nexec dbt "$@"\n')).toBeNull()
    expect(interpreterOf('\u007fELF\u0002\u0001')).toBeNull()
  })
})
