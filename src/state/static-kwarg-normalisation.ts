import type { JsonObject } from '../manifest/types.js'

/**
 * dbt 1.9–1.11 store a statically parsed `config(key=value)` kwarg as the Python repr of the Jinja2 AST node,
 * e.g. `Keyword(key='materialized', value=Const(value='table'))`; 1.12 stores `table`, and rebuilds other
 * expressions as source-like text (`env_var('X')`, `['a', 'b']`), keeping the AST repr for node types it
 * cannot rebuild. dbt 1.12 re-derives older state manifests' kwargs from `raw_code`; without a Jinja parser
 * we canonicalise the old representation into the new one (docs/dbt-state-semantics.md §4.3 (b)).
 */
export function normaliseStaticKwargs(config: JsonObject): JsonObject {
  let result: JsonObject | null = null
  for (const [key, value] of Object.entries(config)) {
    if (typeof value !== 'string' || !value.startsWith('Keyword(')) continue
    const rebuilt = rebuildKeyword(value)
    if (rebuilt === null || rebuilt === value) continue
    result ??= { ...config }
    result[key] = rebuilt
  }
  return result ?? config
}

/** Rebuilds one `Keyword(...)` repr the way dbt 1.12's `construct_static_kwarg_value` would; null if unreadable. */
export function rebuildKeyword(repr: string): string | null {
  try {
    const parser = new ReprParser(repr)
    const parsed = parser.parseValue()
    parser.expectEnd()
    const value = fieldOf(parsed, 'value')
    if (parsed.kind !== 'node' || parsed.type !== 'Keyword') return null
    if (value.kind === 'node' && value.type === 'Const') {
      const constant = fieldOf(value, 'value')
      if (constant.kind === 'string') return constant.value
    }
    return rebuild(value)
  } catch {
    // like dbt, keep the AST repr of anything it cannot rebuild
    return null
  }
}

type ReprNode =
  | { kind: 'node'; type: string; fields: Map<string, ReprNode>; source: string }
  | { kind: 'list'; items: ReprNode[]; source: string }
  | { kind: 'string'; value: string; source: string }
  | { kind: 'literal'; source: string }

const COMPARE_OPERATORS: Record<string, string> = {
  eq: '==',
  ne: '!=',
  lt: '<',
  lteq: '<=',
  gt: '>',
  gteq: '>=',
  in: 'in',
  notin: 'not in'
}

function rebuild(node: ReprNode): string {
  if (node.kind !== 'node') return node.source
  const field = (name: string): ReprNode => {
    const value = node.fields.get(name)
    if (!value) throw new Error(`missing ${name}`)
    return value
  }
  const items = (name: string): ReprNode[] => {
    const value = field(name)
    if (value.kind !== 'list') throw new Error(`${name} is not a list`)
    return value.items
  }
  const text = (name: string): string => {
    const value = field(name)
    return value.kind === 'string' ? value.value : value.source
  }
  switch (node.type) {
    case 'Const':
      return field('value').source
    case 'Name':
      return text('name')
    case 'Call': {
      const parts = items('args').map(rebuild)
      for (const kwarg of items('kwargs')) {
        if (kwarg.kind !== 'node') throw new Error('kwarg is not a node')
        parts.push(`${textOf(kwarg.fields.get('key'))}=${rebuild(fieldOf(kwarg, 'value'))}`)
      }
      const dynArgs = field('dyn_args')
      if (dynArgs.source !== 'None') parts.push(`*${rebuild(dynArgs)}`)
      const dynKwargs = field('dyn_kwargs')
      if (dynKwargs.source !== 'None') parts.push(`**${rebuild(dynKwargs)}`)
      return `${rebuild(field('node'))}(${parts.join(', ')})`
    }
    case 'List':
      return `[${items('items').map(rebuild).join(', ')}]`
    case 'Tuple': {
      const parts = items('items').map(rebuild)
      return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`
    }
    case 'Dict':
      return `{${items('items')
        .map(pair => `${rebuild(fieldOf(pair, 'key'))}: ${rebuild(fieldOf(pair, 'value'))}`)
        .join(', ')}}`
    case 'Getattr':
      return `${rebuild(field('node'))}.${text('attr')}`
    case 'Getitem':
      return `${rebuild(field('node'))}[${rebuild(field('arg'))}]`
    case 'Concat':
      return items('nodes').map(rebuild).join(' ~ ')
    case 'Compare': {
      const operands = items('ops').map(operand => {
        const op = textOf(operand.kind === 'node' ? operand.fields.get('op') : undefined)
        return `${COMPARE_OPERATORS[op] ?? op} ${rebuild(fieldOf(operand, 'expr'))}`
      })
      return `${rebuild(field('expr'))} ${operands.join(' ')}`
    }
    case 'Not':
      return `not ${rebuild(field('node'))}`
    case 'Neg':
      return `-${rebuild(field('node'))}`
    case 'And':
      return `${rebuild(field('left'))} and ${rebuild(field('right'))}`
    case 'Or':
      return `${rebuild(field('left'))} or ${rebuild(field('right'))}`
    default:
      return node.source
  }
}

function fieldOf(node: ReprNode, name: string): ReprNode {
  const value = node.kind === 'node' ? node.fields.get(name) : undefined
  if (!value) throw new Error(`missing ${name}`)
  return value
}

function textOf(node: ReprNode | undefined): string {
  if (!node) throw new Error('missing text')
  return node.kind === 'string' ? node.value : node.source
}

/** A reader for the Python repr of Jinja2 AST nodes: `Type(field=value, ...)`, lists, strings, literals. */
class ReprParser {
  private position = 0
  constructor(private readonly input: string) {}

  parseValue(): ReprNode {
    this.skipSpaces()
    const start = this.position
    const char = this.input[this.position]
    if (char === "'" || char === '"') return this.parseString()
    if (char === '[' || char === '(') return this.parseSequence(char === '[' ? ']' : ')', start)
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.input.slice(this.position))
    if (word && this.input[this.position + word[0].length] === '(') {
      this.position += word[0].length + 1
      const fields = new Map<string, ReprNode>()
      this.skipSpaces()
      while (this.input[this.position] !== ')') {
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.input.slice(this.position))
        if (!name || this.input[this.position + name[0].length] !== '=') throw new Error('expected field')
        this.position += name[0].length + 1
        fields.set(name[0], this.parseValue())
        this.skipSeparator(')')
      }
      this.position++
      return { kind: 'node', type: word[0], fields, source: this.input.slice(start, this.position) }
    }
    const literal = /^(True|False|None|-?[0-9][0-9_.eEj+-]*)/.exec(this.input.slice(this.position))
    if (!literal) throw new Error(`unexpected input at ${this.position}`)
    this.position += literal[0].length
    return { kind: 'literal', source: literal[0] }
  }

  expectEnd(): void {
    this.skipSpaces()
    if (this.position !== this.input.length) throw new Error('trailing input')
  }

  private parseSequence(close: string, start: number): ReprNode {
    this.position++
    const items: ReprNode[] = []
    this.skipSpaces()
    while (this.input[this.position] !== close) {
      items.push(this.parseValue())
      this.skipSeparator(close)
    }
    this.position++
    return { kind: 'list', items, source: this.input.slice(start, this.position) }
  }

  private parseString(): ReprNode {
    const start = this.position
    const quote = this.input[this.position++]
    let value = ''
    while (this.position < this.input.length && this.input[this.position] !== quote) {
      const char = this.input[this.position++]
      if (char !== '\\') {
        value += char
        continue
      }
      const escaped = this.input[this.position++]
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"' }
      if (escaped in simple) value += simple[escaped]
      else if (escaped === 'x' || escaped === 'u' || escaped === 'U') {
        const length = escaped === 'x' ? 2 : escaped === 'u' ? 4 : 8
        value += String.fromCodePoint(parseInt(this.input.slice(this.position, this.position + length), 16))
        this.position += length
      } else value += `\\${escaped}`
    }
    if (this.input[this.position] !== quote) throw new Error('unterminated string')
    this.position++
    return { kind: 'string', value, source: this.input.slice(start, this.position) }
  }

  private skipSeparator(close: string): void {
    this.skipSpaces()
    if (this.input[this.position] === ',') this.position++
    else if (this.input[this.position] !== close) throw new Error(`expected , or ${close}`)
    this.skipSpaces()
  }

  private skipSpaces(): void {
    while (this.input[this.position] === ' ') this.position++
  }
}
