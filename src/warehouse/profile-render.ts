/**
 * A small, pure renderer for the Jinja dbt allows in profiles.yml: `{{ env_var('NAME') }}`,
 * `{{ env_var('NAME', 'default') }}` and the filters dbt users put after them (`int`, `as_number`, …), read
 * with the Jinja parser of `jinja/`. Anything else is refused with a message, rather than guessed.
 */
import { UserError } from '../errors.js'
import { parseExpression, type JinjaNode } from '../jinja/index.js'

export type EnvVars = Readonly<Record<string, string | undefined>>

/** Where a value sits, for error messages: the profiles.yml path and the field, e.g. `my_profile.outputs.prod.port`. */
export interface RenderSite {
  file: string
  field: string
}

const FILTERS = ['int', 'float', 'string', 'as_text', 'as_number', 'as_bool', 'as_native', 'trim'] as const
type Filter = (typeof FILTERS)[number]

interface Expression {
  source: string
  name: string
  fallback: string | number | undefined
  filters: Filter[]
}

function unsupported(source: string, site: RenderSite): UserError {
  return new UserError(
    `${site.file}: ${site.field} uses \`${source}\`, which dbt-slim-ci cannot render. Only ` +
      "`{{ env_var('NAME') }}` and `{{ env_var('NAME', 'default') }}`, optionally followed by the filters " +
      `${FILTERS.join(', ')}, are supported; put the value in an environment variable instead.`
  )
}

/** Reads `env_var(name[, default])` and its filters from the expression's Jinja tree; anything else is refused. */
function readExpression(source: string, site: RenderSite): Expression {
  const refuse = () => unsupported(`{{ ${source.trim()} }}`, site)
  let node: JinjaNode
  try {
    node = parseExpression(source)
  } catch {
    throw refuse()
  }
  const filters: Filter[] = []
  while (node.type === 'Filter') {
    const filter = node.name as Filter
    if (
      !FILTERS.includes(filter) ||
      node.args.length + node.kwargs.length > 0 ||
      node.dynArgs ||
      node.dynKwargs
    )
      throw refuse()
    filters.unshift(filter)
    node = node.node
  }
  if (node.type !== 'Call' || node.node.type !== 'Name' || node.node.name !== 'env_var') throw refuse()
  const [name, fallback, ...extra] = [
    ...node.args.map(constant),
    ...node.kwargs.map(kwarg => (kwarg.key === 'default' ? constant(kwarg.value) : null))
  ]
  if (typeof name !== 'string' || fallback === null || extra.length > 0 || node.dynArgs || node.dynKwargs)
    throw refuse()
  return { source, name, fallback, filters }
}

/** A string or number literal (`-1` included); null for anything else. */
function constant(node: JinjaNode): string | number | null {
  if (node.type === 'Neg' && node.node.type === 'Const') {
    const value = constant(node.node)
    return typeof value === 'number' ? -value : null
  }
  if (node.type !== 'Const') return null
  if (typeof node.value === 'string' || typeof node.value === 'number') return node.value
  return typeof node.value === 'bigint' ? Number(node.value) : null
}

function applyFilter(value: unknown, filter: Filter, expression: Expression, site: RenderSite): unknown {
  const text = String(value).trim()
  const fail = (expected: string) =>
    new UserError(
      `${site.file}: ${site.field}: env var '${expression.name}' is ${JSON.stringify(String(value))}, but the ` +
        `\`${filter}\` filter needs ${expected}.`
    )
  switch (filter) {
    case 'int':
      if (!/^[-+]?\d+(\.\d+)?$/.test(text)) throw fail('a whole number')
      return Math.trunc(Number(text))
    case 'float':
    case 'as_number':
      if (text === '' || !Number.isFinite(Number(text))) throw fail('a number')
      return Number(text)
    case 'as_bool':
      if (/^true$/i.test(text)) return true
      if (/^false$/i.test(text)) return false
      throw fail('true or false')
    case 'as_native':
      if (text !== '' && Number.isFinite(Number(text))) return Number(text)
      if (/^(true|false)$/i.test(text)) return /^true$/i.test(text)
      if (/^none$/i.test(text)) return null
      return String(value)
    case 'trim':
      return text
    case 'string':
    case 'as_text':
      return String(value)
  }
}

function evaluate(expression: Expression, env: EnvVars, site: RenderSite): unknown {
  const found = env[expression.name]
  if (found === undefined && expression.fallback === undefined) {
    throw new UserError(
      `Env var required but not provided: '${expression.name}' (${site.file}: ${site.field}). Set it in the ` +
        `workflow's env (e.g. \`${expression.name}: \${{ secrets.${expression.name} }}\`), or give a default: ` +
        `env_var('${expression.name}', '...').`
    )
  }
  let value: unknown = found ?? expression.fallback
  for (const filter of expression.filters) value = applyFilter(value, filter, expression, site)
  return value
}

/**
 * Renders one profiles.yml string like dbt's native rendering: a value that is a single expression keeps the
 * type its filters give (`| int` → number), anything mixed with text becomes a string.
 */
export function renderProfileString(text: string, env: EnvVars, site: RenderSite): unknown {
  const withoutComments = text.replace(/\{#[\s\S]*?#\}/g, '')
  if (/\{%/.test(withoutComments)) throw unsupported(withoutComments, site)
  const parts: unknown[] = []
  let rest = withoutComments
  for (;;) {
    const start = rest.indexOf('{{')
    if (start < 0) break
    const end = rest.indexOf('}}', start + 2)
    if (end < 0) throw unsupported(rest.slice(start), site)
    if (start > 0) parts.push(rest.slice(0, start))
    parts.push(evaluate(readExpression(rest.slice(start + 2, end), site), env, site))
    rest = rest.slice(end + 2)
  }
  if (rest !== '') parts.push(rest)
  if (parts.length === 0) return ''
  return parts.length === 1 ? parts[0] : parts.map(String).join('')
}

/** Renders every string inside a YAML value (maps and lists included); other scalars pass through. */
export function renderProfileValue(value: unknown, env: EnvVars, site: RenderSite): unknown {
  if (typeof value === 'string') return renderProfileString(value, env, site)
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      renderProfileValue(item, env, { ...site, field: `${site.field}[${index}]` })
    )
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        renderProfileValue(item, env, { ...site, field: `${site.field}.${key}` })
      ])
    )
  }
  return value
}
