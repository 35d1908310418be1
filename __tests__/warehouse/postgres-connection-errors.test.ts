/**
 * Connection problems against the real Postgres test server: each names the profile, the target, the field at
 * fault and the likely fix, never the driver's bare code or a stack.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { main } from '../../src/cli/main.js'
import { connectWarehouse } from '../../src/warehouse/connect.js'
import { PostgresConnectError, PostgresSessionLostError } from '../../src/warehouse/postgres/errors.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import { postgresConnectionFromProfile } from '../../src/warehouse/postgres/profile-connection.js'
import type { ProfileTarget } from '../../src/warehouse/profile.js'
import { cleanUp, describeWithPostgres, TEST_CONNECTION, uniquePrefix } from '../helpers/postgres.js'

const ORIGIN = 'profile "shop", target "ci" (/repo/profiles.yml)'

function target(fields: Record<string, unknown>): ProfileTarget {
  return {
    type: 'postgres',
    profileName: 'shop',
    targetName: 'ci',
    profilesFile: '/repo/profiles.yml',
    schema: 'analytics',
    fields: { host: '127.0.0.1', port: 5432, user: 'postgres', dbname: 'test', sslmode: 'disable', ...fields }
  }
}

async function connectFailure(fields: Record<string, unknown>): Promise<PostgresConnectError> {
  const error = await connectWarehouse(target(fields)).then(
    async warehouse => {
      await warehouse.close()
      throw new Error('connected')
    },
    (failure: unknown) => failure
  )
  expect(error).toBeInstanceOf(PostgresConnectError)
  return error as PostgresConnectError
}

describeWithPostgres('connecting to Postgres fails with the field at fault and the fix', () => {
  const prefix = uniquePrefix('conn_err')
  const idleRole = `${prefix}_idle`

  beforeAll(async () => {
    const admin = await openPgSession(TEST_CONNECTION)
    await admin.query(`CREATE ROLE "${idleRole}" LOGIN`)
    await admin.query(`ALTER ROLE "${idleRole}" SET idle_session_timeout = '300ms'`)
    await admin.close()
  })

  afterAll(async () => {
    const admin = await openPgSession(TEST_CONNECTION)
    await cleanUp(admin, prefix, [idleRole])
    await admin.close()
  })

  test('a wrong port names `port` and the default port', async () => {
    const error = await connectFailure({ port: 1 })
    expect(error.field).toBe('port')
    expect(error.message).toContain(
      `Cannot connect to Postgres for ${ORIGIN}: nothing accepts connections at 127.0.0.1:1`
    )
    expect(error.message).toContain(
      "check `port` and `host` in the target (dbt-postgres' default port is 5432)"
    )
  })

  test('an unknown host names `host`', async () => {
    const error = await connectFailure({ host: 'no-such-host.invalid' })
    expect(error.field).toBe('host')
    expect(error.message).toContain('`host` "no-such-host.invalid" is not a known host name')
  })

  test('an unknown database names `dbname`', async () => {
    const error = await connectFailure({ dbname: `${prefix}_nodb` })
    expect(error.field).toBe('dbname')
    expect(error.message).toContain(`\`dbname\` "${prefix}_nodb" does not exist on 127.0.0.1:5432`)
  })

  test('an unknown user names `user`', async () => {
    const error = await connectFailure({ user: `${prefix}_nobody` })
    expect(error.field).toBe('user')
    expect(error.message).toContain(`\`user\` "${prefix}_nobody" does not exist`)
  })

  test('an unknown role names `role` and how to grant it', async () => {
    const error = await connectFailure({ role: `${prefix}_norole` })
    expect(error.field).toBe('role')
    expect(error.message).toContain(`GRANT "${prefix}_norole" TO "postgres"`)
  })

  test('an idle-session timeout set for the user does not end a session waiting for dbt', async () => {
    const session = await openPgSession({ ...TEST_CONNECTION, user: idleRole })
    await sleep(1000)
    expect(await session.query('SELECT 1 AS one')).toEqual([{ one: 1 }])
    await session.close()
  })

  test('a session the server ends says who ended it, for which target, and what to do', async () => {
    const session = await openPgSession(postgresConnectionFromProfile(target({})))
    const [{ pid }] = await session.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
    const admin = await openPgSession(TEST_CONNECTION)
    await admin.query('SELECT pg_terminate_backend($1)', [pid])
    await admin.close()
    await sleep(200)
    const error = await session.query('SELECT 1').catch((failure: unknown) => failure)
    expect(error).toBeInstanceOf(PostgresSessionLostError)
    expect((error as PostgresSessionLostError).code).toBe('57P01')
    expect((error as Error).message).toContain(
      `The Postgres session to 127.0.0.1:5432/test (${ORIGIN}) was closed by an administrator or pg_terminate_backend()`
    )
    await session.close().catch(() => undefined)
  })

  test('the CLI prints the message without "unexpected error" or a stack', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-conn-'))
    try {
      writeFileSync(path.join(dir, 'dbt_project.yml'), 'name: shop\nprofile: shop\nversion: "1.0"\n')
      writeFileSync(
        path.join(dir, 'profiles.yml'),
        'shop:\n  target: ci\n  outputs:\n    ci:\n      type: postgres\n      host: 127.0.0.1\n      port: 1\n      user: postgres\n      dbname: test\n      schema: analytics\n'
      )
      const io = {
        out: '',
        err: '',
        stdout: (t: string) => void (io.out += t),
        stderr: (t: string) => void (io.err += t)
      }
      const status = await main(
        ['rollback', '--project-dir', dir, '--profiles-dir', dir, '--state', path.join(dir, 'state')],
        io
      )
      const output = io.out + io.err
      expect(status).not.toBe(0)
      expect(output).toContain('profile "shop", target "ci"')
      expect(output).toContain('check `port`')
      expect(output).not.toContain('unexpected error')
      expect(output).not.toMatch(/\n\s+at /)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
