/**
 * A loopback fake of the HTTP protocol the Node snowflake-sdk speaks, so tests run the real driver:
 * `createConnection({ account, username, password, accessUrl: server.url })`.
 *
 * Implemented: POST /session/v1/login-request (password, key-pair JWT verified against a public key, OAuth,
 * programmatic access token), POST /queries/v1/query-request (JSON rowsets: `rowtype` + `rowset`),
 * GET /queries/<id>/result, POST /session/token-request (session renewal), POST /session/heartbeat,
 * POST /session?delete=true (logout), POST /queries/v1/abort-request and /queries/<id>/abort-request,
 * POST /telemetry/send. Errors are HTTP 200 with `success: false`, as Snowflake sends them (a 5xx would make
 * the driver retry).
 *
 * It records every statement with its QUERY_TAG and parameters, and can be scripted with canned results per
 * SQL pattern, failures at statement N or per pattern, rejected logins and an expired session token.
 */
import { createPublicKey, createVerify, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

export interface CannedResult {
  columns: string[]
  rows: (string | null)[][]
}

export interface SnowflakeFailure {
  code: string
  sqlState: string
  message: string
}

export interface RecordedStatement {
  sql: string
  /** QUERY_TAG sent with the statement (the driver copies the connection's queryTag into every statement). */
  queryTag: string | undefined
  parameters: Record<string, unknown>
  sessionToken: string
}

export interface RecordedLogin {
  authenticator: string
  loginName: string | undefined
  password: string | undefined
  token: string | undefined
  sessionParameters: Record<string, unknown>
  /** warehouse, databaseName, schemaName, roleName from the login URL. */
  target: Record<string, string>
  /** The verified claims of a key-pair JWT. */
  jwtClaims: Record<string, unknown> | undefined
  accepted: boolean
}

export interface FakeSnowflakeCredentials {
  /** Password accepted for AUTHENTICATOR=SNOWFLAKE. */
  password?: string
  /** PEM public key whose private key must sign SNOWFLAKE_JWT tokens. */
  publicKey?: string
  /** Token accepted for OAUTH and PROGRAMMATIC_ACCESS_TOKEN. */
  token?: string
}

type Responder = CannedResult | ((sql: string) => CannedResult)

interface FailureRule {
  matches: (sql: string, index: number) => boolean
  failure: SnowflakeFailure
  remaining: number
}

const DONE: CannedResult = { columns: ['status'], rows: [['Statement executed successfully.']] }

export const SQL_COMPILATION_ERROR: SnowflakeFailure = {
  code: '002003',
  sqlState: '02000',
  message: 'SQL compilation error: Object does not exist or not authorized.'
}
export const ALREADY_EXISTS_ERROR: SnowflakeFailure = {
  code: '002002',
  sqlState: '42710',
  message: "SQL compilation error: Object 'DBT_SLIM_CI_LOCK' already exists."
}
export const INSUFFICIENT_PRIVILEGES_ERROR: SnowflakeFailure = {
  code: '003001',
  sqlState: '42501',
  message: 'SQL access control error: Insufficient privileges to operate on schema.'
}

export class FakeSnowflakeServer {
  readonly statements: RecordedStatement[] = []
  readonly logins: RecordedLogin[] = []
  /** `METHOD /path` of every request, in order (heartbeats, renewals, logouts, aborts included). */
  readonly requests: string[] = []
  private readonly responders: { matches: (sql: string) => boolean; responder: Responder }[] = []
  private readonly failures: FailureRule[] = []
  private readonly results = new Map<string, unknown>()
  private readonly sessions = new Map<string, string>()
  private loginFailure: SnowflakeFailure | undefined
  private expireNextStatement = false
  private tokens = 0

  private readonly server: Server

  private constructor(private readonly credentials: FakeSnowflakeCredentials) {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(error => reply(response, 500, { message: String(error) }))
    })
  }

  static async start(credentials: FakeSnowflakeCredentials = {}): Promise<FakeSnowflakeServer> {
    const fake = new FakeSnowflakeServer(credentials)
    await new Promise<void>(resolve => fake.server.listen(0, '127.0.0.1', resolve))
    return fake
  }

  /** The `accessUrl` to give the driver. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /**
   * Statements matching `pattern` (a regex, or a substring compared case-insensitively) return `result`; the
   * latest matching rule wins, so a test can override a general one.
   */
  respond(pattern: RegExp | string, responder: Responder): this {
    this.responders.push({ matches: matcher(pattern), responder })
    return this
  }

  /**
   * Answers `SHOW DATABASES LIKE '…'` and `SHOW SCHEMAS LIKE '…' IN DATABASE "…"` as an account holding these
   * containers: `DB` for a database, `DB.SCHEMA` for a schema (stored names; LIKE is case-insensitive).
   */
  containers(...names: string[]): this {
    const held = names.map(name => {
      const dot = name.indexOf('.')
      return dot < 0 ? { database: null, name } : { database: name.slice(0, dot), name: name.slice(dot + 1) }
    })
    return this.respond(/^SHOW (DATABASES|SCHEMAS) LIKE '/, sql => {
      const [, kind, pattern, database] =
        /^SHOW (DATABASES|SCHEMAS) LIKE '((?:[^']|'')*)'(?: IN DATABASE "((?:[^"]|"")*)")?/.exec(sql) ?? []
      const like = likeRegExp(pattern.replaceAll("''", "'").replaceAll('\\\\', '\\'))
      const parent = kind === 'DATABASES' ? null : database.replaceAll('""', '"')
      const rows = held
        .filter(container => container.database === parent && like.test(container.name))
        .map(container => [container.name, container.database, null])
      return { columns: ['name', 'database_name', 'comment'], rows }
    })
  }

  /**
   * A stateful catalog of schemas and their comments, keyed `DB.SCHEMA` (stored names): `CREATE SCHEMA IF NOT
   * EXISTS`, `COMMENT ON SCHEMA … IS` and `DROP SCHEMA IF EXISTS` change it; `SHOW SCHEMAS [LIKE …] IN DATABASE`
   * reads it. Returns the live map so a test can seed it and read it back.
   */
  schemaCatalog(initial: Record<string, string | null> = {}): Map<string, string | null> {
    const catalog = new Map(Object.entries(initial))
    const ident = '"((?:[^"]|"")*)"'
    const unquote = (name: string) => name.replaceAll('""', '"')
    const key = (database: string, schema: string) => `${unquote(database)}.${unquote(schema)}`
    this.respond(new RegExp(`^CREATE SCHEMA IF NOT EXISTS ${ident}\\.${ident}$`), sql => {
      const [, database, schema] = new RegExp(`^CREATE SCHEMA IF NOT EXISTS ${ident}\\.${ident}$`).exec(sql)!
      if (!catalog.has(key(database, schema))) catalog.set(key(database, schema), null)
      return DONE
    })
    this.respond(new RegExp(`^COMMENT ON SCHEMA ${ident}\\.${ident} IS '`), sql => {
      const [, database, schema, literal] = new RegExp(
        `^COMMENT ON SCHEMA ${ident}\\.${ident} IS '((?:[^'\\\\]|''|\\\\.)*)'$`
      ).exec(sql)!
      catalog.set(
        key(database, schema),
        literal.replace(/''|\\(.)/g, (m, c) => (m === "''" ? "'" : c))
      )
      return DONE
    })
    this.respond(new RegExp(`^DROP SCHEMA IF EXISTS ${ident}\\.${ident}$`), sql => {
      const [, database, schema] = new RegExp(`^DROP SCHEMA IF EXISTS ${ident}\\.${ident}$`).exec(sql)!
      catalog.delete(key(database, schema))
      return DONE
    })
    this.respond(/^SHOW SCHEMAS (LIKE '|IN DATABASE)/, sql => {
      const [, pattern, database] = new RegExp(
        `^SHOW SCHEMAS (?:LIKE '((?:[^']|'')*)' )?IN DATABASE ${ident}$`
      ).exec(sql)!
      const like =
        pattern === undefined ? null : likeRegExp(pattern.replaceAll("''", "'").replaceAll('\\\\', '\\'))
      const rows = [...catalog.entries()]
        .map(([name, comment]) => ({ name, comment, dot: name.indexOf('.') }))
        .filter(
          ({ name, dot }) =>
            name.slice(0, dot) === unquote(database) && (!like || like.test(name.slice(dot + 1)))
        )
        .map(({ name, comment, dot }) => [name.slice(dot + 1), name.slice(0, dot), comment])
      return { columns: ['name', 'database_name', 'comment'], rows }
    })
    return catalog
  }

  /** Statements matching `pattern` fail (`times` times, default always). */
  fail(pattern: RegExp | string, failure: SnowflakeFailure, times = Infinity): this {
    const matches = matcher(pattern)
    this.failures.push({ matches: sql => matches(sql), failure, remaining: times })
    return this
  }

  /** The n-th statement (1-based, counting every query-request) fails. */
  failStatement(n: number, failure: SnowflakeFailure): this {
    this.failures.push({ matches: (_sql, index) => index === n, failure, remaining: 1 })
    return this
  }

  /** Every login is refused with `failure` (default: wrong password). */
  rejectLogins(
    failure: SnowflakeFailure = {
      code: '390100',
      sqlState: '08004',
      message: 'Incorrect username or password was specified.'
    }
  ): this {
    this.loginFailure = failure
    return this
  }

  /** The next statement is refused with "session token expired", which makes the driver renew its session. */
  expireSessionToken(): this {
    this.expireNextStatement = true
    return this
  }

  /** SQL texts in order. */
  get sql(): string[] {
    return this.statements.map(statement => statement.sql)
  }

  stop(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.closeAllConnections()
      this.server.close(error => (error ? reject(error) : resolve()))
    })
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    const body = await readJson(request)
    this.requests.push(
      `${request.method} ${url.pathname}${url.searchParams.has('delete') ? '?delete=true' : ''}`
    )
    if (url.pathname === '/session/v1/login-request') return this.login(url, body, response)
    if (url.pathname === '/session/token-request') return this.renew(request, body, response)
    const session = this.sessionOf(request)
    if (session === undefined) {
      return reply(response, 200, {
        success: false,
        code: '390104',
        message: 'Invalid session token.',
        data: null
      })
    }
    if (url.pathname === '/queries/v1/query-request') return this.query(session, body, response)
    const result = /^\/queries\/([^/]+)\/result$/.exec(url.pathname)
    if (result) return reply(response, 200, this.results.get(result[1]) ?? { success: false, code: '000709' })
    if (url.pathname === '/session' && url.searchParams.get('delete') === 'true')
      this.sessions.delete(session)
    // Heartbeat, abort, logout and telemetry only need an acknowledgement.
    reply(response, 200, { success: true, code: null, message: null, data: null })
  }

  private login(url: URL, body: Record<string, unknown>, response: ServerResponse): void {
    const data = (body.data ?? {}) as Record<string, unknown>
    const authenticator = String(data.AUTHENTICATOR ?? 'SNOWFLAKE')
    const token = data.TOKEN as string | undefined
    const jwtClaims = authenticator === 'SNOWFLAKE_JWT' && token ? this.verifiedJwt(token) : undefined
    const refusal = this.loginFailure ?? this.credentialProblem(authenticator, data, jwtClaims)
    this.logins.push({
      authenticator,
      loginName: data.LOGIN_NAME as string | undefined,
      password: data.PASSWORD as string | undefined,
      token,
      sessionParameters: (data.SESSION_PARAMETERS ?? {}) as Record<string, unknown>,
      target: Object.fromEntries(
        [...url.searchParams].filter(([key]) => key !== 'requestId' && key !== 'request_guid')
      ),
      jwtClaims,
      accepted: refusal === undefined
    })
    if (refusal) return reply(response, 200, failureBody(refusal))
    reply(response, 200, { success: true, code: null, message: null, data: this.newTokens() })
  }

  private renew(request: IncomingMessage, body: Record<string, unknown>, response: ServerResponse): void {
    const master = /Token="([^"]+)"/.exec(request.headers.authorization ?? '')?.[1]
    const old = String(body.oldSessionToken)
    if (master === undefined || this.sessions.get(old) !== master) {
      return reply(response, 200, {
        success: false,
        code: '390114',
        message: 'Master token expired.',
        data: null
      })
    }
    this.sessions.delete(old)
    const tokens = this.newTokens()
    reply(response, 200, {
      success: true,
      data: {
        sessionToken: tokens.token,
        validityInSecondsST: 3600,
        masterToken: tokens.masterToken,
        validityInSecondsMT: 14400
      }
    })
  }

  private query(session: string, body: Record<string, unknown>, response: ServerResponse): void {
    if (this.expireNextStatement) {
      this.expireNextStatement = false
      return reply(response, 200, {
        success: false,
        code: '390112',
        message: 'Session token expired.',
        data: null
      })
    }
    const sql = String(body.sqlText)
    const parameters = (body.parameters ?? {}) as Record<string, unknown>
    this.statements.push({
      sql,
      queryTag: parameters.QUERY_TAG as string | undefined,
      parameters,
      sessionToken: session
    })
    const queryId = randomUUID()
    const failure = this.failures.find(
      rule => rule.remaining > 0 && rule.matches(sql, this.statements.length)
    )
    if (failure) {
      failure.remaining -= 1
      return reply(response, 200, failureBody(failure.failure, queryId))
    }
    const responder = this.responders.findLast(candidate => candidate.matches(sql))?.responder ?? DONE
    const result = typeof responder === 'function' ? responder(sql) : responder
    const answer = {
      success: true,
      code: null,
      message: null,
      data: {
        parameters: [],
        rowtype: result.columns.map(name => ({
          name,
          type: 'text',
          nullable: true,
          length: 16777216,
          byteLength: 16777216
        })),
        rowset: result.rows,
        total: result.rows.length,
        returned: result.rows.length,
        queryId,
        version: 1,
        queryResultFormat: 'json'
      }
    }
    this.results.set(queryId, answer)
    reply(response, 200, answer)
  }

  private credentialProblem(
    authenticator: string,
    data: Record<string, unknown>,
    jwtClaims: Record<string, unknown> | undefined
  ): SnowflakeFailure | undefined {
    const expected = this.credentials
    const wrong = (code: string, message: string): SnowflakeFailure => ({ code, sqlState: '08004', message })
    switch (authenticator) {
      case 'SNOWFLAKE':
        return expected.password === undefined || data.PASSWORD === expected.password
          ? undefined
          : wrong('390100', 'Incorrect username or password was specified.')
      case 'SNOWFLAKE_JWT':
        return jwtClaims ? undefined : wrong('390144', 'JWT token is invalid.')
      case 'OAUTH':
      case 'PROGRAMMATIC_ACCESS_TOKEN':
        return expected.token === undefined || data.TOKEN === expected.token
          ? undefined
          : wrong('390303', 'Invalid OAuth access token.')
      default:
        return wrong('390100', `Unsupported authenticator ${authenticator}.`)
    }
  }

  /** Checks an RS256 JWT against the configured public key, as Snowflake checks the user's RSA_PUBLIC_KEY. */
  private verifiedJwt(token: string): Record<string, unknown> | undefined {
    const [header, payload, signature] = token.split('.')
    if (!header || !payload || !signature || this.credentials.publicKey === undefined) return undefined
    const verifier = createVerify('RSA-SHA256')
    verifier.update(`${header}.${payload}`)
    if (!verifier.verify(createPublicKey(this.credentials.publicKey), Buffer.from(signature, 'base64url'))) {
      return undefined
    }
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
  }

  private newTokens() {
    this.tokens += 1
    const token = `session-token-${this.tokens}`
    const masterToken = `master-token-${this.tokens}`
    this.sessions.set(token, masterToken)
    return {
      token,
      masterToken,
      validityInSeconds: 3600,
      masterValidityInSeconds: 14400,
      sessionId: this.tokens,
      parameters: [],
      sessionInfo: {}
    }
  }

  private sessionOf(request: IncomingMessage): string | undefined {
    const token = /Token="([^"]+)"/.exec(request.headers.authorization ?? '')?.[1]
    return token !== undefined && this.sessions.has(token) ? token : undefined
  }
}

function matcher(pattern: RegExp | string): (sql: string) => boolean {
  if (typeof pattern !== 'string') return sql => pattern.test(sql)
  const needle = pattern.toLowerCase()
  return sql => sql.toLowerCase().includes(needle)
}

function likeRegExp(pattern: string): RegExp {
  const body = [...pattern].map(char =>
    char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  )
  return new RegExp(`^${body.join('')}$`, 'i')
}

function failureBody(failure: SnowflakeFailure, queryId: string = randomUUID()) {
  return {
    success: false,
    code: failure.code,
    message: failure.message,
    data: { errorCode: failure.code, sqlState: failure.sqlState, queryId, internalError: false }
  }
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  if (chunks.length === 0) return {}
  const raw = Buffer.concat(chunks)
  const text =
    request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw).toString('utf8') : raw.toString('utf8')
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>)
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify(body))
}
