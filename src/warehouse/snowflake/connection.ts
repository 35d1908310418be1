import { createPrivateKey } from 'node:crypto'
import type { ConnectionOptions, SnowflakeError } from 'snowflake-sdk'
import { SnowflakeLoginError, SnowflakeStatementError } from './errors.js'
import { loadSnowflakeSdk } from './sdk.js'
import type { SnowflakeAuth, SnowflakeConnectionSettings } from './settings.js'

/** One result row; column names are lower-cased (SHOW returns `name`, INFORMATION_SCHEMA returns `NAME`). */
export type Row = Record<string, unknown>

/** The only thing the warehouse logic needs from a connection: run one statement, get its rows. */
export interface SnowflakeSession {
  query(sql: string): Promise<Row[]>
  close(): Promise<void>
}

export interface SessionOptions {
  /** Sent as the session's QUERY_TAG at login and with every statement. */
  queryTag: string
  /** Overrides the account URL (tests point the driver at a loopback fake). */
  accessUrl?: string
}

export async function connectSnowflake(
  settings: SnowflakeConnectionSettings,
  options: SessionOptions
): Promise<SnowflakeSession> {
  const sdk = await loadSnowflakeSdk()
  const connection = sdk.createConnection(connectionOptions(settings, options))
  // connectAsync() resolves even when the login is refused; only the callback reports every failure.
  const failure = await new Promise<Error | undefined>(resolve => connection.connect(error => resolve(error)))
  if (failure) {
    const who = settings.user === null ? '' : ` as ${settings.user}`
    const { fields, fix } = loginProblem(failure, settings)
    throw new SnowflakeLoginError(
      `Snowflake login to account ${settings.account}${who} (${settings.auth.method}) failed: ${failure.message}. ` +
        `Check ${fields.map(field => `\`${field}\``).join(' and ')} of ${settings.origin ?? 'the Snowflake target in profiles.yml'}: ${fix}`,
      fields
    )
  }
  return {
    query: sql =>
      new Promise((resolve, reject) => {
        connection.execute({
          sqlText: sql,
          // The login sets QUERY_TAG for the session; sending it per statement too keeps it if a statement changes it.
          parameters: { QUERY_TAG: options.queryTag },
          complete: (error, _statement, rows) =>
            error ? reject(statementError(sql, error)) : resolve((rows ?? []).map(lowerCaseKeys))
        })
      }),
    close: () =>
      new Promise((resolve, reject) => {
        connection.destroy(error => (error ? reject(error) : resolve()))
      })
  }
}

/** Which fields of the target a refused login points at, by Snowflake's error code, and what to do. */
function loginProblem(
  failure: Error & { code?: unknown; cause?: unknown },
  settings: SnowflakeConnectionSettings
): { fields: string[]; fix: string } {
  const code = String(failure.code ?? '')
  const cause = (failure.cause as { code?: unknown } | undefined)?.code
  const grant = (what: string) =>
    `or grant ${what} to the role ${settings.role ?? '(the user’s default role)'}.`
  switch (code) {
    case '401001':
      return cause === 'ENOTFOUND'
        ? {
            fields: ['account'],
            fix: 'no Snowflake host answers to that account identifier; use the form `myorg-myaccount` (or `locator.region`), without `.snowflakecomputing.com`.'
          }
        : {
            fields: ['account'],
            fix: 'Snowflake could not be reached; check the account and any proxy or firewall in between.'
          }
    case '390100':
      return {
        fields: ['user', 'password'],
        fix: 'the login name or password is wrong (usually env_var() secrets of the CI job).'
      }
    case '390144':
      return {
        fields: ['private_key_path', 'private_key'],
        fix: `the key does not match the public key set on user ${settings.user ?? ''} (ALTER USER … SET RSA_PUBLIC_KEY).`
      }
    case '390303':
    case '390318':
      return { fields: ['token'], fix: 'the OAuth token is invalid or expired; pass a fresh one.' }
    case '390189':
      return {
        fields: ['role'],
        fix: `role ${settings.role ?? ''} does not exist or is not granted to the user: GRANT ROLE ${settings.role ?? '<role>'} TO USER ${settings.user ?? '<user>'}.`
      }
    case '390201': {
      const field = /warehouse/i.test(failure.message)
        ? 'warehouse'
        : /schema/i.test(failure.message)
          ? 'schema'
          : 'database'
      return {
        fields: [field],
        fix: `it does not exist, or the role cannot use it: fix the name, ${grant('USAGE on it')}`
      }
    }
  }
  return { fields: ['account', 'user'], fix: 'check the account, user and credentials of the target.' }
}

function connectionOptions(
  settings: SnowflakeConnectionSettings,
  options: SessionOptions
): ConnectionOptions {
  const optional = (key: keyof ConnectionOptions, value: string | null) =>
    value === null ? {} : { [key]: value }
  return {
    account: settings.account,
    ...optional('username', settings.user),
    ...optional('role', settings.role),
    ...optional('database', settings.database),
    ...optional('warehouse', settings.warehouse),
    ...optional('schema', settings.schema),
    ...(options.accessUrl === undefined ? {} : { accessUrl: options.accessUrl }),
    ...authOptions(settings.auth),
    queryTag: options.queryTag,
    ...(settings.connectRetries === null ? {} : { sfRetryMaxLoginRetries: settings.connectRetries }),
    application: 'dbt_slim_ci',
    // A deploy waits for dbt between statements; heartbeats keep the session from expiring meanwhile.
    clientSessionKeepAlive: true
  }
}

function authOptions(auth: SnowflakeAuth): ConnectionOptions {
  switch (auth.method) {
    case 'password':
      return { authenticator: 'SNOWFLAKE', password: auth.password }
    case 'oauth':
      return { authenticator: 'OAUTH', token: auth.token }
    case 'programmatic_access_token':
      return { authenticator: 'PROGRAMMATIC_ACCESS_TOKEN', token: auth.token }
    case 'key_pair':
      if (auth.privateKeyPath !== null) {
        return {
          authenticator: 'SNOWFLAKE_JWT',
          privateKeyPath: auth.privateKeyPath,
          ...(auth.passphrase === null ? {} : { privateKeyPass: auth.passphrase })
        }
      }
      return {
        authenticator: 'SNOWFLAKE_JWT',
        privateKey: pemPrivateKey(auth.privateKey ?? '', auth.passphrase)
      }
  }
}

/**
 * dbt-snowflake accepts `private_key` as PEM or as base64 DER (PKCS#8, optionally encrypted); the driver wants
 * PEM, so DER keys are decrypted and re-encoded.
 */
function pemPrivateKey(key: string, passphrase: string | null): string {
  const trimmed = key.trim()
  if (trimmed.startsWith('-----BEGIN')) {
    return passphrase === null ? `${trimmed}\n` : decryptedPem(trimmed, 'pem', passphrase)
  }
  return decryptedPem(Buffer.from(trimmed, 'base64'), 'der', passphrase)
}

function decryptedPem(key: string | Buffer, format: 'pem' | 'der', passphrase: string | null): string {
  try {
    return createPrivateKey({ key, format, type: 'pkcs8', ...(passphrase === null ? {} : { passphrase }) })
      .export({ format: 'pem', type: 'pkcs8' })
      .toString()
  } catch (error) {
    throw new SnowflakeLoginError(
      `profiles.yml: the Snowflake \`private_key\` cannot be read (${(error as Error).message}); give a PKCS#8 key as PEM or base64 DER, and \`private_key_passphrase\` if it is encrypted.`
    )
  }
}

function statementError(sql: string, error: SnowflakeError): SnowflakeStatementError {
  const code = error.code === undefined ? null : String(error.code)
  return new SnowflakeStatementError(sql, code, error.sqlState ?? null, error.message)
}

function lowerCaseKeys(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.toLowerCase(), value]))
}
