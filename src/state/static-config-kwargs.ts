import { JinjaExpressionParser, tokenize, type JinjaNode, type Keyword } from './jinja-expression.js'

/**
 * dbt 1.12's `statically_parse_unrendered_config`: the kwargs of the first `config(...)` call in a node's Jinja,
 * each rebuilt as `construct_static_kwarg_value` does (a plain string constant bare, other supported
 * expressions as source-like text, anything else as the Jinja2 AST repr). Null when there is no config call.
 * Throws when the Jinja cannot be read, so callers can fall back.
 */
export function staticConfigKwargs(rawCode: string): Record<string, string> | null {
  if (!rawCode.includes('config(')) return null
  for (const expression of jinjaExpressions(rawCode)) {
    if (!/\bconfig\s*\(/.test(expression)) continue
    const tokens = tokenize(expression)
    for (let i = 0; i < tokens.length - 1; i++) {
      if (tokens[i].kind !== 'name' || tokens[i].text !== 'config' || tokens[i + 1].text !== '(') continue
      if (i > 0 && tokens[i - 1].text === '.') continue
      const parser = new JinjaExpressionParser(tokens)
      parser.index = i + 1
      const call = parser.parseCallArguments({ type: 'Name', name: 'config' })
      const result: Record<string, string> = {}
      for (const kwarg of call.kwargs) result[kwarg.key] = constructStaticKwargValue(kwarg)
      return result
    }
  }
  return null
}

/**
 * The text inside every `{{ }}` and `{% %}` block, in order, skipping comments and raw blocks. Like Jinja's
 * lexer, a closing delimiter inside a string literal does not end the block.
 */
function jinjaExpressions(source: string): string[] {
  const expressions: string[] = []
  let i = 0
  while (i < source.length) {
    const open = source.slice(i).search(/\{[{%#]/)
    if (open === -1) break
    const start = i + open
    const kind = source[start + 1]
    if (kind === '#') {
      const end = source.indexOf('#}', start + 2)
      i = end === -1 ? source.length : end + 2
      continue
    }
    const close = kind === '{' ? '}}' : '%}'
    let j = start + 2
    let quote: string | null = null
    while (j < source.length) {
      const char = source[j]
      if (quote) {
        if (char === '\\') j++
        else if (char === quote) quote = null
      } else if (char === "'" || char === '"') quote = char
      else if (source.startsWith(close, j)) break
      j++
    }
    const body = source
      .slice(start + 2, j)
      .replace(/^[-+]/, '')
      .replace(/-$/, '')
    i = j + 2
    if (kind === '%' && /^\s*raw\s*$/.test(body)) {
      const endRaw = /\{%-?\s*endraw\s*-?%\}/.exec(source.slice(i))
      i = endRaw ? i + endRaw.index + endRaw[0].length : source.length
      continue
    }
    expressions.push(body)
  }
  return expressions
}

function constructStaticKwargValue(kwarg: Keyword): string {
  if (kwarg.value.type === 'Const' && typeof kwarg.value.value === 'string') return kwarg.value.value
  return reconstruct(kwarg.value)
}

const COMPARE_SYMBOLS: Record<string, string> = {
  eq: '==',
  ne: '!=',
  lt: '<',
  lteq: '<=',
  gt: '>',
  gteq: '>=',
  in: 'in',
  notin: 'not in'
}

function reconstruct(node: JinjaNode): string {
  switch (node.type) {
    case 'Const':
      return pyRepr(node)
    case 'Name':
      return node.name
    case 'Call': {
      const parts = [
        ...node.args.map(reconstruct),
        ...node.kwargs.map(kw => `${kw.key}=${reconstruct(kw.value)}`)
      ]
      if (node.dynArgs) parts.push(`*${reconstruct(node.dynArgs)}`)
      if (node.dynKwargs) parts.push(`**${reconstruct(node.dynKwargs)}`)
      return `${reconstruct(node.node)}(${parts.join(', ')})`
    }
    case 'List':
      return `[${node.items.map(reconstruct).join(', ')}]`
    case 'Tuple': {
      const items = node.items.map(reconstruct)
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`
    }
    case 'Dict':
      return `{${node.items.map(pair => `${reconstruct(pair.key)}: ${reconstruct(pair.value)}`).join(', ')}}`
    case 'Getattr':
      return `${reconstruct(node.node)}.${node.attr}`
    case 'Getitem':
      return `${reconstruct(node.node)}[${reconstruct(node.arg)}]`
    case 'Concat':
      return node.nodes.map(reconstruct).join(' ~ ')
    case 'Compare':
      return `${reconstruct(node.expr)} ${node.ops.map(op => `${COMPARE_SYMBOLS[op.op] ?? op.op} ${reconstruct(op.expr)}`).join(' ')}`
    case 'Not':
      return `not ${reconstruct(node.node)}`
    case 'Neg':
      return `-${reconstruct(node.node)}`
    case 'And':
      return `${reconstruct(node.left)} and ${reconstruct(node.right)}`
    case 'Or':
      return `${reconstruct(node.left)} or ${reconstruct(node.right)}`
    default:
      return astRepr(node)
  }
}

/** The Python repr of a jinja2 node: `Type(field=repr, ...)` over the node's fields in jinja2's order. */
function astRepr(node: JinjaNode | null): string {
  if (node === null) return 'None'
  const list = (items: string[]): string => `[${items.join(', ')}]`
  const keywords = (kwargs: Keyword[]): string =>
    list(kwargs.map(kw => `Keyword(key=${pyString(kw.key)}, value=${astRepr(kw.value)})`))
  switch (node.type) {
    case 'Const':
      return `Const(value=${pyRepr(node)})`
    case 'Name':
      return `Name(name=${pyString(node.name)}, ctx='load')`
    case 'Call':
      return `Call(node=${astRepr(node.node)}, args=${list(node.args.map(astRepr))}, kwargs=${keywords(node.kwargs)}, dyn_args=${astRepr(node.dynArgs)}, dyn_kwargs=${astRepr(node.dynKwargs)})`
    case 'Filter':
    case 'Test':
      return `${node.type}(node=${astRepr(node.node)}, name=${pyString(node.name)}, args=${list(node.args.map(astRepr))}, kwargs=${keywords(node.kwargs)}, dyn_args=${astRepr(node.dynArgs)}, dyn_kwargs=${astRepr(node.dynKwargs)})`
    case 'List':
      return `List(items=${list(node.items.map(astRepr))})`
    case 'Tuple':
      return `Tuple(items=${list(node.items.map(astRepr))}, ctx='load')`
    case 'Dict':
      return `Dict(items=${list(node.items.map(pair => `Pair(key=${astRepr(pair.key)}, value=${astRepr(pair.value)})`))})`
    case 'Getattr':
      return `Getattr(node=${astRepr(node.node)}, attr=${pyString(node.attr)}, ctx='load')`
    case 'Getitem':
      return `Getitem(node=${astRepr(node.node)}, arg=${astRepr(node.arg)}, ctx='load')`
    case 'Slice':
      return `Slice(start=${astRepr(node.start)}, stop=${astRepr(node.stop)}, step=${astRepr(node.step)})`
    case 'Concat':
      return `Concat(nodes=${list(node.nodes.map(astRepr))})`
    case 'Compare':
      return `Compare(expr=${astRepr(node.expr)}, ops=${list(node.ops.map(op => `Operand(op=${pyString(op.op)}, expr=${astRepr(op.expr)})`))})`
    case 'Not':
    case 'Neg':
    case 'Pos':
      return `${node.type}(node=${astRepr(node.node)})`
    case 'CondExpr':
      return `CondExpr(test=${astRepr(node.test)}, expr1=${astRepr(node.expr1)}, expr2=${astRepr(node.expr2)})`
    default:
      return `${node.type}(left=${astRepr(node.left)}, right=${astRepr(node.right)})`
  }
}

function pyRepr(node: Extract<JinjaNode, { type: 'Const' }>): string {
  const value = node.value
  if (value === null) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'string') return pyString(value)
  if (node.float && Number.isInteger(value) && Math.abs(value) < 1e16) return `${value}.0`
  return String(value)
}

/** Python's `repr()` of a str. */
function pyString(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'"
  let out = ''
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0
    if (char === '\\') out += '\\\\'
    else if (char === quote) out += `\\${quote}`
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (char === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`
    else out += char
  }
  return `${quote}${out}${quote}`
}
