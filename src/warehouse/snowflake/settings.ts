import { UserError } from '../../errors.js'

/** How the deploy authenticates; browser and MFA flows cannot run unattended in CI and are refused. */
export type SnowflakeAuth =
  | { method: 'password'; password: string }
  | {
      method: 'key_pair'
      privateKey: string | null
      privateKeyPath: string | null
      passphrase: string | null
    }
  | { method: 'oauth'; token: string }
  | { method: 'programmatic_access_token'; token: string }

/** The connection part of a dbt-snowflake profile target. */
export interface SnowflakeConnectionSettings {
  account: string
  /** Optional only for OAuth and programmatic access tokens, whose token names the user. */
  user: string | null
  auth: SnowflakeAuth
  role: string | null
  database: string | null
  warehouse: string | null
  schema: string | null
  queryTag: string | null
  /** dbt-snowflake's `connect_retries`: how often a failed login is retried; the driver's default when null. */
  connectRetries: number | null
  /** The dbt profile target it came from, named in login errors. */
  origin?: string
}

const SUPPORTED_AUTHENTICATORS =
  'snowflake (password), snowflake_jwt (key pair), oauth, programmatic_access_token'

/**
 * Reads the dbt-snowflake fields of a profiles.yml target: account, user, password, authenticator,
 * private_key_path / private_key / private_key_passphrase, token, role, database, warehouse, schema, query_tag.
 */
export function snowflakeSettingsFromProfile(fields: Record<string, unknown>): SnowflakeConnectionSettings {
  const text = (key: string): string | null => {
    const value = fields[key]
    if (value === undefined || value === null || value === '') return null
    if (typeof value !== 'string') {
      throw new UserError(
        `profiles.yml: the Snowflake field \`${key}\` must be a string, got ${typeof value}.`
      )
    }
    return value
  }
  const required = (key: string, why: string): string => {
    const value = text(key)
    if (value === null)
      throw new UserError(`profiles.yml: the Snowflake field \`${key}\` is missing: ${why}.`)
    return value
  }

  const account = required('account', 'set it to your account identifier, e.g. `myorg-myaccount`')
  const auth = authFromProfile(text, required)
  const userRequired = auth.method === 'password' || auth.method === 'key_pair'
  const user = userRequired ? required('user', 'set it to the login name of the deploy user') : text('user')
  return {
    account,
    user,
    auth,
    role: text('role'),
    database: text('database'),
    warehouse: text('warehouse'),
    schema: text('schema'),
    queryTag: text('query_tag'),
    connectRetries: retries(fields.connect_retries)
  }
}

function retries(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null
  const count = Number(value)
  if (!Number.isInteger(count) || count < 0) {
    throw new UserError(
      `profiles.yml: the Snowflake field \`connect_retries\` must be a whole number of retries, got ${JSON.stringify(value)}.`
    )
  }
  return count
}

function authFromProfile(
  text: (key: string) => string | null,
  required: (key: string, why: string) => string
): SnowflakeAuth {
  const authenticator = (text('authenticator') ?? 'snowflake').toLowerCase()
  const privateKey = text('private_key')
  const privateKeyPath = text('private_key_path')
  const keyPair = (): SnowflakeAuth => {
    if (privateKey === null && privateKeyPath === null) {
      throw new UserError(
        'profiles.yml: key-pair authentication (authenticator: snowflake_jwt) needs `private_key_path` or `private_key`.'
      )
    }
    if (privateKey !== null && privateKeyPath !== null) {
      throw new UserError(
        'profiles.yml: set either `private_key_path` or `private_key` for the Snowflake target, not both.'
      )
    }
    return { method: 'key_pair', privateKey, privateKeyPath, passphrase: text('private_key_passphrase') }
  }
  switch (authenticator) {
    case 'snowflake':
      // dbt-snowflake uses the key pair whenever one is configured, without an explicit authenticator.
      if (privateKey !== null || privateKeyPath !== null) return keyPair()
      return {
        method: 'password',
        password: required('password', 'set it, or configure key-pair authentication')
      }
    case 'snowflake_jwt':
    case 'jwt':
      return keyPair()
    case 'oauth':
      return {
        method: 'oauth',
        token: required('token', 'OAuth authentication needs the access token in `token`')
      }
    case 'programmatic_access_token':
    case 'pat':
      return {
        method: 'programmatic_access_token',
        token: text('token') ?? required('password', 'put the programmatic access token in `token`')
      }
    default:
      throw new UserError(
        `profiles.yml: the Snowflake authenticator \`${authenticator}\` cannot run unattended in CI; use one of: ${SUPPORTED_AUTHENTICATORS}.`
      )
  }
}
