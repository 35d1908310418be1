import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import type { RowStatement } from 'snowflake-sdk'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SnowflakeLoginError, SnowflakeStatementError } from '../../src/warehouse/snowflake/errors.js'
import {
  createSnowflakeWarehouse,
  snowflakeSettingsFromProfile
} from '../../src/warehouse/snowflake/index.js'
import { loadSnowflakeSdk } from '../../src/warehouse/snowflake/sdk.js'
import { FakeSnowflakeServer, INSUFFICIENT_PRIVILEGES_ERROR } from '../fakes/snowflake-server.js'

const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
})
const encryptedKey = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'open sesame' }
})

const target = {
  account: 'acme',
  user: 'deployer',
  role: 'transformer',
  database: 'analytics',
  warehouse: 'transforming'
}
const queryTag = 'dbt-slim-ci:deploy:42'

let fake: FakeSnowflakeServer
beforeAll(async () => {
  fake = await FakeSnowflakeServer.start({
    password: 'secret',
    publicKey: keys.publicKey,
    token: 'token-123'
  })
  fake.containers('ANALYTICS')
})
afterAll(() => fake.stop())

async function connectAndProbe(profile: Record<string, unknown>, publicKey?: string) {
  const server = publicKey ? await FakeSnowflakeServer.start({ publicKey }) : fake
  const warehouse = await createSnowflakeWarehouse(snowflakeSettingsFromProfile({ ...target, ...profile }), {
    accessUrl: server.url,
    queryTag
  })
  await warehouse.containerExists({ level: 'database', database: null, name: 'analytics' })
  await warehouse.close()
  const login = server.logins.at(-1)
  if (server !== fake) await server.stop()
  return login
}

describe('logging in with the real snowflake-sdk', () => {
  test('password login sends the user, password, role, database, warehouse and the query tag', async () => {
    const login = await connectAndProbe({ password: 'secret' })
    expect(login).toMatchObject({
      authenticator: 'SNOWFLAKE',
      loginName: 'deployer',
      password: 'secret',
      accepted: true,
      target: { roleName: 'transformer', databaseName: 'analytics', warehouse: 'transforming' }
    })
    expect(login?.sessionParameters.QUERY_TAG).toBe(queryTag)
  })

  test('key-pair login signs a JWT for ACCOUNT.USER that verifies against the public key', async () => {
    const login = await connectAndProbe({ private_key: keys.privateKey })
    expect(login).toMatchObject({ authenticator: 'SNOWFLAKE_JWT', accepted: true })
    expect(login?.jwtClaims?.sub).toBe('ACME.DEPLOYER')
  })

  test('key-pair login reads an encrypted key file with its passphrase', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sf-key-')), 'rsa_key.p8')
    writeFileSync(file, encryptedKey.privateKey)
    const login = await connectAndProbe(
      { private_key_path: file, private_key_passphrase: 'open sesame' },
      encryptedKey.publicKey
    )
    expect(login).toMatchObject({ authenticator: 'SNOWFLAKE_JWT', accepted: true })
  })

  test('key-pair login decrypts an inline encrypted key with its passphrase', async () => {
    const login = await connectAndProbe(
      { private_key: encryptedKey.privateKey, private_key_passphrase: 'open sesame' },
      encryptedKey.publicKey
    )
    expect(login).toMatchObject({ authenticator: 'SNOWFLAKE_JWT', accepted: true })
  })

  test('an unreadable private key is reported before any login', async () => {
    await expect(connectAndProbe({ private_key: 'not a key' })).rejects.toThrow(
      /the Snowflake `private_key` cannot be read .*PKCS#8 key as PEM or base64 DER/
    )
  })

  test('key-pair login accepts a base64 DER private key, as dbt-snowflake does', async () => {
    const der = keys.privateKey.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '')
    const login = await connectAndProbe({ private_key: der })
    expect(login).toMatchObject({ authenticator: 'SNOWFLAKE_JWT', accepted: true })
  })

  test('OAuth login sends the access token', async () => {
    const login = await connectAndProbe({ authenticator: 'oauth', token: 'token-123' })
    expect(login).toMatchObject({ authenticator: 'OAUTH', token: 'token-123', accepted: true })
  })

  test('a programmatic access token logs in with the PROGRAMMATIC_ACCESS_TOKEN authenticator', async () => {
    const login = await connectAndProbe({ authenticator: 'programmatic_access_token', token: 'token-123' })
    expect(login).toMatchObject({
      authenticator: 'PROGRAMMATIC_ACCESS_TOKEN',
      token: 'token-123',
      accepted: true
    })
  })

  test('a refused login fails with a message naming the account, user and what to check', async () => {
    await expect(connectAndProbe({ password: 'wrong' })).rejects.toThrow(SnowflakeLoginError)
    await expect(connectAndProbe({ password: 'wrong' })).rejects.toThrow(
      /Snowflake login to account acme as deployer \(password\) failed: Incorrect username or password.*profiles\.yml/
    )
  })

  test.each([
    [
      '390189',
      "Role 'MISSING' specified in the connect string does not exist or not authorized.",
      'role',
      'GRANT ROLE transformer TO USER deployer'
    ],
    ['390201', 'The requested database does not exist or not authorized.', 'database', 'grant USAGE on it'],
    ['390201', 'The requested warehouse does not exist or not authorized.', 'warehouse', 'grant USAGE on it']
  ])('a login refused with %s names the field at fault (%s)', async (code, message, field, fix) => {
    const server = await FakeSnowflakeServer.start({ password: 'secret' })
    server.rejectLogins({ code, sqlState: '08004', message })
    const settings = {
      ...snowflakeSettingsFromProfile({ ...target, password: 'secret' }),
      origin: 'profile "shop", target "prod" (/repo/profiles.yml)'
    }
    const failure = await createSnowflakeWarehouse(settings, { accessUrl: server.url, queryTag }).catch(
      (error: unknown) => error
    )
    await server.stop()
    expect(failure).toBeInstanceOf(SnowflakeLoginError)
    expect((failure as SnowflakeLoginError).fields).toEqual([field])
    expect((failure as Error).message).toContain(
      `Check \`${field}\` of profile "shop", target "prod" (/repo/profiles.yml): `
    )
    expect((failure as Error).message).toContain(fix)
  })

  test('an account no Snowflake host answers to names `account` and its form', async () => {
    const settings = snowflakeSettingsFromProfile({ ...target, password: 'secret', connect_retries: 0 })
    const failure = await createSnowflakeWarehouse(settings, {
      accessUrl: 'http://no-such-account.invalid:8080',
      queryTag
    }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(SnowflakeLoginError)
    expect((failure as Error).message).toContain('Check `account` of the Snowflake target in profiles.yml')
    expect((failure as Error).message).toContain('`myorg-myaccount`')
  }, 60_000)

  test('a JWT signed by another key is refused', async () => {
    const stranger = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
    })
    await expect(connectAndProbe({ private_key: stranger.privateKey })).rejects.toThrow(
      /JWT token is invalid/
    )
  })
})

describe('running statements', () => {
  test('every statement carries the query tag', async () => {
    const before = fake.statements.length
    const warehouse = await createSnowflakeWarehouse(
      snowflakeSettingsFromProfile({ ...target, password: 'secret' }),
      {
        accessUrl: fake.url,
        queryTag
      }
    )
    await warehouse.containerExists({ level: 'database', database: null, name: 'analytics' })
    await warehouse.drop({ level: 'schema', database: null, name: 'scratch' })
    await warehouse.close()
    const sent = fake.statements.slice(before)
    expect(sent).toHaveLength(2)
    expect(sent.map(statement => statement.queryTag)).toEqual([queryTag, queryTag])
  })

  test("the profile's query_tag is used when the run sets none", async () => {
    const warehouse = await createSnowflakeWarehouse(
      snowflakeSettingsFromProfile({ ...target, password: 'secret', query_tag: 'nightly' }),
      { accessUrl: fake.url }
    )
    await warehouse.drop({ level: 'schema', database: null, name: 'scratch' })
    await warehouse.close()
    expect(fake.statements.at(-1)?.queryTag).toBe('nightly')
  })

  test('a rejected statement surfaces its SQL, error code and SQLSTATE', async () => {
    const server = await FakeSnowflakeServer.start()
    server.fail('DROP SCHEMA', INSUFFICIENT_PRIVILEGES_ERROR)
    const warehouse = await createSnowflakeWarehouse(
      snowflakeSettingsFromProfile({ ...target, password: 'any' }),
      {
        accessUrl: server.url
      }
    )
    const failure = warehouse.drop({ level: 'schema', database: null, name: 'scratch' })
    await expect(failure).rejects.toThrow(SnowflakeStatementError)
    await expect(failure).rejects.toMatchObject({
      code: '003001',
      sqlState: '42501',
      message: expect.stringContaining('DROP SCHEMA IF EXISTS "ANALYTICS"."SCRATCH"')
    })
    await warehouse.close()
    await server.stop()
  })

  test('an expired session token is renewed with the master token and the statement retried', async () => {
    const warehouse = await createSnowflakeWarehouse(
      snowflakeSettingsFromProfile({ ...target, password: 'secret' }),
      {
        accessUrl: fake.url,
        queryTag
      }
    )
    const before = fake.requests.length
    fake.expireSessionToken()
    await expect(
      warehouse.containerExists({ level: 'database', database: null, name: 'analytics' })
    ).resolves.toBe(true)
    await warehouse.close()
    const telemetry = 'POST /telemetry/send'
    expect(fake.requests.slice(before).filter(request => request !== telemetry)).toEqual([
      'POST /queries/v1/query-request',
      'POST /session/token-request',
      'POST /queries/v1/query-request',
      'POST /session?delete=true'
    ])
  })

  test('closing the warehouse logs the session out', async () => {
    const warehouse = await createSnowflakeWarehouse(
      snowflakeSettingsFromProfile({ ...target, password: 'secret' }),
      {
        accessUrl: fake.url
      }
    )
    const before = fake.requests.length
    await warehouse.close()
    expect(fake.requests.slice(before)).toContain('POST /session?delete=true')
  })
})

describe('the fake speaks the protocol the driver expects', () => {
  test('heartbeats, which the connection check sends, and statement aborts are acknowledged', async () => {
    const sdk = await loadSnowflakeSdk()
    const connection = sdk.createConnection({
      account: 'acme',
      username: 'u',
      password: 'secret',
      accessUrl: fake.url
    })
    await new Promise<void>((resolve, reject) =>
      connection.connect(error => (error ? reject(error) : resolve()))
    )
    await expect(connection.isValidAsync()).resolves.toBe(true)
    const statement = await new Promise<RowStatement>((resolve, reject) =>
      connection.execute({
        sqlText: 'SELECT 1',
        complete: (error, done) => (error ? reject(error) : resolve(done as RowStatement))
      })
    )
    await new Promise<void>((resolve, reject) =>
      statement.cancel(error => (error ? reject(error) : resolve()))
    )
    await new Promise<void>((resolve, reject) =>
      connection.destroy(error => (error ? reject(error) : resolve()))
    )
    expect(fake.requests).toContain('POST /session/heartbeat')
    expect(fake.requests).toContain(`POST /queries/${statement.getQueryId()}/abort-request`)
  })
})

describe('driver logging', () => {
  test('the driver writes no snowflake.log into the working directory', async () => {
    await expect(connectAndProbe({ password: 'wrong' })).rejects.toThrow()
    await connectAndProbe({ password: 'secret' })
    expect(existsSync(path.join(process.cwd(), 'snowflake.log'))).toBe(false)
  })
})
