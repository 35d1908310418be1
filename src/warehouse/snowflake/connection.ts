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
    throw new SnowflakeLoginError(
      `Snowflake login to account ${settings.account}${who} (${settings.auth.method}) failed: ${failure.message}. Check the account, user and credentials of the Snowflake target in profiles.yml.`
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
