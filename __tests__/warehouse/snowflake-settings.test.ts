import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { snowflakeSettingsFromProfile } from '../../src/warehouse/snowflake/settings.js'

const base = { type: 'snowflake', threads: 4, account: 'myorg-acme', user: 'deployer' }

describe('reading the Snowflake target of profiles.yml', () => {
  test('a password target keeps role, database, warehouse, schema and query tag', () => {
    const settings = snowflakeSettingsFromProfile({
      ...base,
      password: 'secret',
      role: 'transformer',
      database: 'analytics',
      warehouse: 'transforming',
      schema: 'marts',
      query_tag: 'dbt'
    })
    expect(settings).toEqual({
      account: 'myorg-acme',
      user: 'deployer',
      auth: { method: 'password', password: 'secret' },
      role: 'transformer',
      database: 'analytics',
      warehouse: 'transforming',
      schema: 'marts',
      queryTag: 'dbt',
      connectRetries: null
    })
  })

  test("dbt-snowflake's connect_retries caps the driver's login retries; a bad value names the field", () => {
    const base = { account: 'a', user: 'u', password: 'p' }
    expect(snowflakeSettingsFromProfile({ ...base, connect_retries: 2 }).connectRetries).toBe(2)
    expect(() => snowflakeSettingsFromProfile({ ...base, connect_retries: 'often' })).toThrow(
      '`connect_retries`'
    )
  })

  test('a private key path means key-pair authentication even without an authenticator, as in dbt-snowflake', () => {
    const settings = snowflakeSettingsFromProfile({
      ...base,
      private_key_path: '/keys/rsa.p8',
      private_key_passphrase: 'pw'
    })
    expect(settings.auth).toEqual({
      method: 'key_pair',
      privateKey: null,
      privateKeyPath: '/keys/rsa.p8',
      passphrase: 'pw'
    })
  })

  test('authenticator snowflake_jwt needs a key', () => {
    expect(() => snowflakeSettingsFromProfile({ ...base, authenticator: 'snowflake_jwt' })).toThrow(
      /key-pair authentication \(authenticator: snowflake_jwt\) needs `private_key_path` or `private_key`/
    )
  })

  test('both a key and a key path are ambiguous', () => {
    expect(() => snowflakeSettingsFromProfile({ ...base, private_key: 'k', private_key_path: '/k' })).toThrow(
      /not both/
    )
  })

  test('OAuth needs a token and no user', () => {
    const settings = snowflakeSettingsFromProfile({ account: 'acme', authenticator: 'oauth', token: 't' })
    expect(settings).toMatchObject({ user: null, auth: { method: 'oauth', token: 't' } })
    expect(() => snowflakeSettingsFromProfile({ account: 'acme', authenticator: 'OAuth' })).toThrow(
      /`token` is missing/
    )
  })

  test('a programmatic access token may be given as token or password', () => {
    expect(
      snowflakeSettingsFromProfile({ ...base, authenticator: 'programmatic_access_token', token: 'pat' }).auth
    ).toEqual({
      method: 'programmatic_access_token',
      token: 'pat'
    })
    expect(
      snowflakeSettingsFromProfile({ ...base, authenticator: 'programmatic_access_token', password: 'pat' })
        .auth
    ).toEqual({
      method: 'programmatic_access_token',
      token: 'pat'
    })
  })

  test('interactive authenticators are refused with the supported list', () => {
    expect(() => snowflakeSettingsFromProfile({ ...base, authenticator: 'externalbrowser' })).toThrow(
      /`externalbrowser` cannot run unattended in CI; use one of: snowflake \(password\), snowflake_jwt \(key pair\), oauth, programmatic_access_token/
    )
  })

  test('missing account, user or password name the field and the fix', () => {
    expect(() => snowflakeSettingsFromProfile({ user: 'u', password: 'p' })).toThrow(UserError)
    expect(() => snowflakeSettingsFromProfile({ user: 'u', password: 'p' })).toThrow(
      /`account` is missing: set it to your account identifier/
    )
    expect(() => snowflakeSettingsFromProfile({ account: 'a', password: 'p' })).toThrow(/`user` is missing/)
    expect(() => snowflakeSettingsFromProfile({ account: 'a', user: 'u' })).toThrow(/`password` is missing/)
  })

  test('a field of the wrong type is refused', () => {
    expect(() => snowflakeSettingsFromProfile({ ...base, password: 1234 })).toThrow(
      /`password` must be a string, got number/
    )
  })
})
