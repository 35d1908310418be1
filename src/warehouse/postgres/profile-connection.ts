import { UserError } from '../../errors.js'
import { originOf, type ProfileTarget } from '../profile.js'
import type { PostgresConnection, SslMode } from './pg-session.js'

const SSL_MODES: readonly SslMode[] = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full']

/** The connection of a dbt-postgres target, with dbt-postgres' defaults (port 5432, sslmode prefer, 10 s timeout). */
export function postgresConnectionFromProfile(target: ProfileTarget): PostgresConnection {
  const { fields } = target
  const where = `${target.profilesFile}: output "${target.targetName}" of profile "${target.profileName}"`
  const text = (key: string): string | null => {
    const value = fields[key]
    if (value === undefined || value === null || value === '') return null
    if (typeof value === 'object') throw new UserError(`${where}: \`${key}\` must be a plain value.`)
    return String(value)
  }
  const required = (...keys: string[]): string => {
    for (const key of keys) {
      const value = text(key)
      if (value !== null) return value
    }
    throw new UserError(`${where}: \`${keys[0]}\` is missing; dbt-postgres needs it to connect.`)
  }
  const seconds = (key: string, fallback: number | null): number | null => {
    const value = text(key)
    if (value === null) return fallback
    const number = Number(value)
    if (!Number.isFinite(number) || number < 0)
      throw new UserError(`${where}: \`${key}\` must be a number of seconds, got "${value}".`)
    return number
  }
  const port = Number(text('port') ?? 5432)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UserError(`${where}: \`port\` must be a port number, got "${text('port')}".`)
  }
  const sslMode = (text('sslmode') ?? 'prefer') as SslMode
  if (!SSL_MODES.includes(sslMode)) {
    throw new UserError(`${where}: \`sslmode\` is "${sslMode}"; use one of ${SSL_MODES.join(', ')}.`)
  }
  const keepAlive = seconds('keepalives_idle', null)
  return {
    host: required('host'),
    port,
    user: required('user'),
    password: text('password') ?? text('pass'),
    database: required('dbname', 'database'),
    sslMode,
    sslRootCert: text('sslrootcert'),
    sslCert: text('sslcert'),
    sslKey: text('sslkey'),
    connectTimeoutMs: (seconds('connect_timeout', 10) ?? 10) * 1000,
    role: text('role'),
    keepAliveIdleMs: keepAlive === null || keepAlive === 0 ? null : keepAlive * 1000,
    applicationName: 'dbt-slim-ci',
    origin: originOf(target)
  }
}
