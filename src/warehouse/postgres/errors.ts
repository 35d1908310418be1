import { UserError } from '../../errors.js'

/** A deploy statement the server rejected; the transaction around it was rolled back. */
export class StatementError extends UserError {
  override name = 'StatementError'
  constructor(
    readonly operation: string,
    readonly sql: string,
    /** The SQLSTATE, e.g. `42P06` (schema exists) or `55P03` (lock timeout); undefined when the connection broke. */
    readonly sqlState: string | undefined,
    cause: unknown
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    // A dependents check raises its own finding; the long check itself would only bury it.
    const raised = sqlState === 'P0001' && sql.startsWith('DO ')
    super(
      `The ${operation} failed and was rolled back, nothing changed: ${reason}` +
        (raised ? '.' : `${sqlState === undefined ? '' : ` (SQLSTATE ${sqlState})`} while running: ${sql}`),
      { cause, hint: raised ? hintOf(cause) : undefined }
    )
  }
}

function hintOf(error: unknown): string | undefined {
  const hint = (error as { hint?: unknown } | null)?.hint
  return typeof hint === 'string' ? hint : undefined
}

export function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined
}

/** The deploy lock stayed taken for the whole wait. */
export class DeployLockTimeoutError extends UserError {
  override name = 'DeployLockTimeoutError'
}

/** What a connection message needs to know about where it tried to connect. */
export interface ConnectionPlace {
  host: string
  port: number
  user: string
  database: string
  role: string | null
  connectTimeoutMs: number
  /** The dbt profile target it came from, e.g. `profile "shop", target "prod" (profiles.yml)`. */
  origin?: string
}

/**
 * Connecting failed: names the target, the field at fault and the likely fix, instead of the driver's bare
 * `ECONNREFUSED` or `28000`.
 */
export class PostgresConnectError extends UserError {
  override name = 'PostgresConnectError'
  constructor(
    readonly field: string | null,
    place: ConnectionPlace,
    problem: string,
    fix: string,
    cause: unknown
  ) {
    super(
      `Cannot connect to Postgres${place.origin ? ` for ${place.origin}` : ''}: ${problem}. Fix: ${fix}`,
      {
        cause
      }
    )
  }
}

/** Turns a failed connect (or SET ROLE right after it) into a PostgresConnectError naming the field at fault. */
export function connectError(
  error: unknown,
  place: ConnectionPlace,
  stage: 'connect' | 'role'
): PostgresConnectError {
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  const at = `${place.host}:${place.port}`
  const fail = (field: string | null, problem: string, fix: string) =>
    new PostgresConnectError(field, place, problem, fix, error)
  if (stage === 'role') {
    return fail(
      'role',
      `\`role\` "${place.role}" cannot be used by user "${place.user}" (${message})`,
      `check \`role\` in the target, or grant it: GRANT "${place.role}" TO "${place.user}".`
    )
  }
  switch (code) {
    case 'ECONNREFUSED':
      return fail(
        'port',
        `nothing accepts connections at ${at} (connection refused)`,
        `check \`port\` and \`host\` in the target (dbt-postgres' default port is 5432), and that the server is running.`
      )
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return fail(
        'host',
        `\`host\` "${place.host}" is not a known host name`,
        'check the spelling of `host` in the target, and that this machine can resolve it (VPN, private DNS).'
      )
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return fail(
        'host',
        `${at} cannot be reached (${code})`,
        'check `host` and `port` in the target, and the firewall or network between this machine and the server.'
      )
    case '3D000':
      return fail(
        'dbname',
        `\`dbname\` "${place.database}" does not exist on ${at}`,
        'check `dbname` in the target (the database, not the schema), or create the database.'
      )
    case '28000':
      return /role .* does not exist/.test(message)
        ? fail(
            'user',
            `\`user\` "${place.user}" does not exist on ${at}`,
            'check `user` in the target (usually an env_var() secret of the CI job).'
          )
        : fail(
            'user',
            `the server refused user "${place.user}" (${message})`,
            "allow this user from this host in the server's pg_hba.conf, or set `sslmode: require` if it only accepts TLS."
          )
    case '28P01':
      return fail(
        'password',
        `password authentication failed for user "${place.user}"`,
        'check `password` in the target (usually an env_var() secret of the CI job).'
      )
  }
  if (/timeout/i.test(message)) {
    return fail(
      'host',
      `no answer from ${at} within ${place.connectTimeoutMs / 1000} s`,
      'check `host` and `port` in the target and the network in between, or raise `connect_timeout` for a slow network.'
    )
  }
  return fail(null, message, 'check the connection fields of the target.')
}

/**
 * The server or the network ended a session the run still needed. `code` keeps the server's SQLSTATE (57P05
 * idle-session timeout, 57P01 terminated) so callers still tell a lost connection from a refused statement.
 */
export class PostgresSessionLostError extends UserError {
  override name = 'PostgresSessionLostError'
  constructor(
    readonly code: string | undefined,
    place: ConnectionPlace,
    cause: unknown
  ) {
    const [why, fix] =
      code === '57P05'
        ? [
            'by the server after it sat idle (idle_session_timeout)',
            `turn the timeout off for this user: ALTER ROLE "${place.user}" SET idle_session_timeout = 0.`
          ]
        : code === '57P01'
          ? [
              'by an administrator or pg_terminate_backend()',
              'run again; if a watchdog ends long-idle sessions, exempt this user (a deploy waits for dbt).'
            ]
          : code?.startsWith('57')
            ? ['by the server, which is shutting down or restarting', 'run again once the server is back.']
            : [
                'by the server or the network',
                'a proxy, pooler or load balancer in between probably ends idle connections: set `keepalives_idle` (e.g. 60) in the target, or raise that idle timeout.'
              ]
    super(
      `The Postgres session to ${place.host}:${place.port}/${place.database}${place.origin ? ` (${place.origin})` : ''} was closed ${why}: ${cause instanceof Error ? cause.message : String(cause)}. Fix: ${fix}`,
      { cause }
    )
  }
}
