import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * GitHub's published REST description (`@octokit/openapi`, api.github.com), as the loopback GitHub's referee:
 * every request it receives must name an operation GitHub has, with the query parameters and body that operation
 * takes, and every answer it gives must have the shape GitHub documents for that status.
 */

type Schema = Record<string, unknown>

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema: Schema
}

interface Operation {
  operationId: string
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: { content: Record<string, { schema: Schema }>; required?: boolean }
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }>
}

interface Route {
  template: string
  pattern: RegExp
  literalSegments: number
  operations: Record<string, Operation>
}

export interface MatchedOperation {
  template: string
  method: string
  operation: Operation
}

const SPEC_ID = 'https://api.github.com/openapi.json'
const OPENAPI_ONLY = new Set(['nullable', 'discriminator', 'examples', 'example'])
const require = createRequire(import.meta.url)
const spec = toJsonSchema(
  JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'))
) as { paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>> }

const ajv = new Ajv({ strict: false, allErrors: true, logger: false })
;(addFormatsModule as unknown as (ajv: Ajv) => void)(ajv)
ajv.addSchema({ ...spec, $id: SPEC_ID })

const routes: Route[] = Object.entries(spec.paths)
  .map(([template, operations]) => {
    const segments = template.split('/').filter(Boolean)
    const pattern = segments.map(s => (s.startsWith('{') ? '([^/]+)' : escapeRegExp(s))).join('/')
    return {
      template,
      pattern: new RegExp(`^/${pattern}$`),
      literalSegments: segments.filter(s => !s.startsWith('{')).length,
      operations
    }
  })
  // `/repos/{o}/{r}/actions/artifacts/{id}/zip` must win over a template with a parameter in that place.
  .sort((a, b) => b.literalSegments - a.literalSegments)

const validators = new Map<string, ValidateFunction>()

/** The operation GitHub documents for this method and path, or null when GitHub has none. */
export function findOperation(method: string, pathname: string): MatchedOperation | null {
  const lower = method.toLowerCase()
  for (const route of routes) {
    if (route.pattern.test(pathname) && route.operations[lower]) {
      return { template: route.template, method: lower, operation: route.operations[lower] }
    }
  }
  return null
}

/** What is wrong with a request, by GitHub's description; empty when nothing is. */
export function requestProblems(method: string, url: URL, body: Buffer): string[] {
  const where = `${method} ${url.pathname}`
  const matched = findOperation(method, url.pathname)
  if (!matched) return [`${where}: GitHub has no such operation`]
  const { operation, template } = matched
  const problems: string[] = []
  const parameters = (operation.parameters ?? []).map(resolveParameter)
  const pathValues = pathParameters(template, url.pathname)
  for (const parameter of parameters) {
    const raw = parameter.in === 'path' ? pathValues[parameter.name] : url.searchParams.get(parameter.name)
    if (parameter.in !== 'path' && parameter.in !== 'query') continue
    if (raw === null || raw === undefined) {
      if (parameter.required)
        problems.push(`${where}: missing required ${parameter.in} parameter ${parameter.name}`)
      continue
    }
    const value = coerce(dateQualifier(parameter, decodeURIComponent(raw)), parameter.schema)
    const check = validator(`param:${operation.operationId}:${parameter.name}`, parameter.schema)
    if (!check(value)) problems.push(`${where}: ${parameter.name}=${raw}: ${ajv.errorsText(check.errors)}`)
  }
  const known = new Set(parameters.filter(p => p.in === 'query').map(p => p.name))
  for (const name of url.searchParams.keys()) {
    if (!known.has(name))
      problems.push(`${where}: GitHub's ${operation.operationId} takes no query parameter ${name}`)
  }
  const perPage = url.searchParams.get('per_page')
  if (perPage !== null && Number(perPage) > 100)
    problems.push(`${where}: per_page=${perPage}, but GitHub's maximum is 100`)
  const bodySchema = operation.requestBody?.content['application/json']?.schema
  if (bodySchema && (body.length > 0 || operation.requestBody?.required)) {
    let parsed: unknown
    try {
      parsed = JSON.parse(body.toString('utf8'))
    } catch {
      return [...problems, `${where}: the body is not JSON`]
    }
    const check = validator(`body:${operation.operationId}`, bodySchema)
    if (!check(parsed)) problems.push(`${where}: body: ${ajv.errorsText(check.errors)}`)
  }
  return problems
}

/**
 * What is wrong with an answer, by GitHub's description of the operation's responses. A status the description
 * does not list is still GitHub's if it is an error in GitHub's error shape (`basic-error`), as 5xx and many 404s are.
 */
export function responseProblems(matched: MatchedOperation, status: number, body: unknown): string[] {
  const where = `${matched.method.toUpperCase()} ${matched.template} → ${status}`
  const response = resolveResponse(
    matched.operation.responses[String(status)] ?? matched.operation.responses.default
  )
  if (!response) {
    if (status < 400)
      return [`${where}: GitHub documents no ${status} answer for ${matched.operation.operationId}`]
    if (body === undefined) return []
    const check = validator('basic-error', { $ref: `${SPEC_ID}#/components/schemas/basic-error` })
    return check(body) ? [] : [`${where}: not GitHub's error shape: ${ajv.errorsText(check.errors)}`]
  }
  const schema = response.content?.['application/json']?.schema
  if (!schema) return []
  if (body === undefined) return [`${where}: GitHub answers with a JSON body here`]
  const check = validator(`response:${matched.operation.operationId}:${status}`, schema)
  return check(body) ? [] : [`${where}: ${ajv.errorsText(check.errors, { dataVar: 'body' })}`]
}

/**
 * A value of the named component schema (`workflow-run`, `artifact`, `issue-comment`, …) with every required
 * field filled in the plainest valid way, then `fields` laid over it: what the fake serves has GitHub's shape
 * wherever the test does not care, and the test's own values wherever it does.
 */
export function shaped(schemaName: string, fields: object): Record<string, unknown> {
  return build({ $ref: `#/components/schemas/${schemaName}` }, fields, 0) as Record<string, unknown>
}

/** The plainest valid value of `schema` that has `over` laid over it: required fields plus those `over` names. */
function build(schema: Schema, over: unknown, depth: number): unknown {
  if (typeof schema.$ref === 'string') return build(resolveLocal(schema.$ref) as Schema, over, depth)
  if (depth > 15) return over ?? null
  if (Array.isArray(schema.allOf)) {
    return (schema.allOf as Schema[]).reduce<Record<string, unknown>>(
      (all, part) => ({ ...all, ...(build(part, over, depth + 1) as object) }),
      {}
    )
  }
  const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined
  if (options) {
    const nonNull = options.filter(option => option.type !== 'null')
    if (over === undefined && nonNull.length < options.length) return null
    if (over === null) return null
    const fitting = isPlainObject(over)
      ? nonNull.find(o => o.type === 'object' || o.$ref || o.allOf)
      : undefined
    return build(fitting ?? nonNull[0], over, depth + 1)
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string]
  if (over === null || (over === undefined && types.includes('null'))) return null
  if (types.includes('object') || (schema.properties && isPlainObject(over))) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>
    const given = isPlainObject(over) ? over : {}
    const names = new Set([...((schema.required ?? []) as string[]), ...Object.keys(given)])
    return Object.fromEntries(
      [...names].map(name => [name, build(properties[name] ?? {}, given[name], depth + 1)])
    )
  }
  if (over !== undefined) return over
  if (Array.isArray(schema.enum)) return schema.enum[0]
  switch (types.find(type => type !== 'null')) {
    case 'array':
      return []
    case 'integer':
    case 'number':
      return 1
    case 'boolean':
      return false
    case 'string':
      return FORMAT_EXAMPLES[schema.format as string] ?? 'string'
    default:
      return null
  }
}

const FORMAT_EXAMPLES: Record<string, string> = {
  'date-time': '2026-01-01T00:00:00Z',
  uri: 'https://api.github.com/',
  'uri-template': 'https://api.github.com/{id}',
  email: 'octocat@github.com'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function validator(key: string, schema: Schema): ValidateFunction {
  let check = validators.get(key)
  if (!check) {
    check = ajv.compile({ $id: `${SPEC_ID}/${encodeURIComponent(key)}`, ...absolute(schema) })
    validators.set(key, check)
  }
  return check
}

/** Local `#/components/...` references, made absolute so a schema compiled on its own still finds them. */
function absolute(schema: Schema): Schema {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, `"$ref":"${SPEC_ID}#/`)) as Schema
}

function resolveLocal(ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')],
      spec
    )
}

function resolveParameter(parameter: Parameter | { $ref: string }): Parameter {
  return '$ref' in parameter ? (resolveLocal(parameter.$ref) as Parameter) : parameter
}

function resolveResponse(
  response: { $ref?: string; content?: Record<string, { schema: Schema }> } | undefined
): { content?: Record<string, { schema: Schema }> } | undefined {
  return response?.$ref
    ? (resolveLocal(response.$ref) as { content?: Record<string, { schema: Schema }> })
    : response
}

function pathParameters(template: string, pathname: string): Record<string, string> {
  const names = [...template.matchAll(/\{([^}]+)\}/g)].map(m => m[1])
  const values = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)').replace(/[.]/g, '\\.')}$`).exec(
    pathname
  )
  return Object.fromEntries(names.map((name, i) => [name, values?.[i + 1] ?? '']))
}

/**
 * Date filters (`created`) take GitHub's search qualifiers (`>2026-01-01T00:00:00Z`, `a..b`), which the
 * description types as a bare date-time: the value after the operator (each end of a range) must be one.
 */
function dateQualifier(parameter: Parameter, raw: string): string {
  if (parameter.schema.format !== 'date-time') return raw
  const [first] = raw.replace(/^[<>]=?/, '').split('..')
  return first
}

/** Query and path values arrive as text; the description types them. */
function coerce(raw: string, schema: Schema): unknown {
  const options = [schema, ...((schema.oneOf ?? schema.anyOf ?? []) as Schema[])]
  const types = options.flatMap(option => (Array.isArray(option.type) ? option.type : [option.type]))
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(raw))
    return Number(raw)
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

/**
 * OpenAPI 3.0 to JSON Schema: `nullable` becomes a `null` type, and `oneOf` becomes `anyOf`, because GitHub's
 * alternatives overlap (a private user is also a valid public user) where OpenAPI means "one of these shapes".
 */
function toJsonSchema(node: unknown, namesOnly = false): unknown {
  if (Array.isArray(node)) return node.map(item => toJsonSchema(item))
  if (!isPlainObject(node)) return node
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    // Keys of `properties` are field names, never keywords.
    if (namesOnly) {
      result[key] = toJsonSchema(value)
      continue
    }
    if (OPENAPI_ONLY.has(key)) continue
    result[key === 'oneOf' ? 'anyOf' : key] = toJsonSchema(value, key === 'properties')
  }
  if (namesOnly) return result
  if (node.nullable !== true) return result
  if (typeof result.type === 'string') {
    result.type = [result.type, 'null']
    if (Array.isArray(result.enum)) result.enum = [...result.enum, null]
    return result
  }
  return { anyOf: [{ type: 'null' }, result] }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
