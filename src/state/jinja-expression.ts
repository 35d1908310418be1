/**
 * A reader for Jinja2 expressions, enough to re-derive `config(...)` kwargs from a node's `raw_code` the way
 * dbt 1.12's `statically_parse_unrendered_config` does: the nodes and precedence follow `jinja2.parser`.
 */
export type JinjaNode =
  | { type: 'Const'; value: string | number | boolean | null; float?: boolean }
  | { type: 'Name'; name: string }
  | {
      type: 'Call'
      node: JinjaNode
      args: JinjaNode[]
      kwargs: Keyword[]
      dynArgs: JinjaNode | null
      dynKwargs: JinjaNode | null
    }
  | {
      type: 'Filter' | 'Test'
      node: JinjaNode
      name: string
      args: JinjaNode[]
      kwargs: Keyword[]
      dynArgs: JinjaNode | null
      dynKwargs: JinjaNode | null
    }
  | { type: 'List'; items: JinjaNode[] }
  | { type: 'Tuple'; items: JinjaNode[] }
  | { type: 'Dict'; items: { key: JinjaNode; value: JinjaNode }[] }
  | { type: 'Getattr'; node: JinjaNode; attr: string }
  | { type: 'Getitem'; node: JinjaNode; arg: JinjaNode }
  | { type: 'Slice'; start: JinjaNode | null; stop: JinjaNode | null; step: JinjaNode | null }
  | { type: 'Concat'; nodes: JinjaNode[] }
  | { type: 'Compare'; expr: JinjaNode; ops: { op: string; expr: JinjaNode }[] }
  | { type: 'Not' | 'Neg' | 'Pos'; node: JinjaNode }
  | {
      type: 'And' | 'Or' | 'Add' | 'Sub' | 'Mul' | 'Div' | 'FloorDiv' | 'Mod' | 'Pow'
      left: JinjaNode
      right: JinjaNode
    }
  | { type: 'CondExpr'; test: JinjaNode; expr1: JinjaNode; expr2: JinjaNode | null }

export interface Keyword {
  key: string
  value: JinjaNode
}

type Token = { kind: 'name' | 'string' | 'integer' | 'float' | 'op'; text: string; value?: string }

const OPERATORS = [
  '//',
  '**',
  '==',
  '!=',
  '<=',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '~',
  '<',
  '>',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  '=',
  '|'
]
const COMPARE_OPS: Record<string, string> = {
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'lteq',
  '>': 'gt',
  '>=': 'gteq'
}

/** Tokenises Jinja expression text; throws on anything it does not know. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const char = source[i]
    if (/\s/.test(char)) {
      i++
      continue
    }
    const rest = source.slice(i)
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)
    if (name) {
      tokens.push({ kind: 'name', text: name[0] })
      i += name[0].length
      continue
    }
    const number = /^(\d[\d_]*)(\.\d[\d_]*)?([eE][+-]?\d[\d_]*)?/.exec(rest)
    if (number) {
      tokens.push({ kind: number[2] || number[3] ? 'float' : 'integer', text: number[0].replace(/_/g, '') })
      i += number[0].length
      continue
    }
    if (char === "'" || char === '"') {
      let j = i + 1
      let value = ''
      while (j < source.length && source[j] !== char) {
        if (source[j] === '\\') {
          const escaped = source[j + 1]
          const simple: Record<string, string> = {
            n: '\n',
            t: '\t',
            r: '\r',
            '\\': '\\',
            "'": "'",
            '"': '"',
            '0': '\0'
          }
          value += escaped in simple ? simple[escaped] : `\\${escaped}`
          j += 2
        } else value += source[j++]
      }
      if (j >= source.length) throw new Error('unterminated string')
      tokens.push({ kind: 'string', text: source.slice(i, j + 1), value })
      i = j + 1
      continue
    }
    const op = OPERATORS.find(candidate => rest.startsWith(candidate))
    if (!op) throw new Error(`unexpected character ${char}`)
    tokens.push({ kind: 'op', text: op })
    i += op.length
  }
  return tokens
}

/** Parses expressions from a token list, following jinja2.parser.Parser. */
export class JinjaExpressionParser {
  private position = 0
  constructor(private readonly tokens: Token[]) {}

  get index(): number {
    return this.position
  }

  set index(value: number) {
    this.position = value
  }

  parseExpression(): JinjaNode {
    let expr1 = this.parseOr()
    while (this.skipName('if')) {
      const test = this.parseOr()
      const expr2 = this.skipName('else') ? this.parseExpression() : null
      expr1 = { type: 'CondExpr', test, expr1, expr2 }
    }
    return expr1
  }

  /** `name(...)` at the current position, as `parse_call` reads it (the name already consumed). */
  parseCallArguments(node: JinjaNode): Extract<JinjaNode, { type: 'Call' }> {
    const { args, kwargs, dynArgs, dynKwargs } = this.parseArguments()
    return { type: 'Call', node, args, kwargs, dynArgs, dynKwargs }
  }

  private parseOr(): JinjaNode {
    let left = this.parseAnd()
    while (this.skipName('or')) left = { type: 'Or', left, right: this.parseAnd() }
    return left
  }

  private parseAnd(): JinjaNode {
    let left = this.parseNot()
    while (this.skipName('and')) left = { type: 'And', left, right: this.parseNot() }
    return left
  }

  private parseNot(): JinjaNode {
    if (this.peekName('not')) {
      this.position++
      return { type: 'Not', node: this.parseNot() }
    }
    return this.parseCompare()
  }

  private parseCompare(): JinjaNode {
    const expr = this.parseMath1()
    const ops: { op: string; expr: JinjaNode }[] = []
    for (;;) {
      const token = this.tokens[this.position]
      if (token?.kind === 'op' && token.text in COMPARE_OPS) {
        this.position++
        ops.push({ op: COMPARE_OPS[token.text], expr: this.parseMath1() })
      } else if (this.skipName('in')) ops.push({ op: 'in', expr: this.parseMath1() })
      else if (
        this.peekName('not') &&
        this.tokens[this.position + 1]?.kind === 'name' &&
        this.tokens[this.position + 1].text === 'in'
      ) {
        this.position += 2
        ops.push({ op: 'notin', expr: this.parseMath1() })
      } else break
    }
    return ops.length === 0 ? expr : { type: 'Compare', expr, ops }
  }

  private parseMath1(): JinjaNode {
    let left = this.parseConcat()
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.position++
      left = { type: op === '+' ? 'Add' : 'Sub', left, right: this.parseConcat() }
    }
    return left
  }

  private parseConcat(): JinjaNode {
    const nodes = [this.parseMath2()]
    while (this.peekOp('~')) {
      this.position++
      nodes.push(this.parseMath2())
    }
    return nodes.length === 1 ? nodes[0] : { type: 'Concat', nodes }
  }

  private parseMath2(): JinjaNode {
    const types: Record<string, 'Mul' | 'Div' | 'FloorDiv' | 'Mod'> = {
      '*': 'Mul',
      '/': 'Div',
      '//': 'FloorDiv',
      '%': 'Mod'
    }
    let left = this.parsePow()
    for (let op = this.peekOp('*', '/', '//', '%'); op; op = this.peekOp('*', '/', '//', '%')) {
      this.position++
      left = { type: types[op], left, right: this.parsePow() }
    }
    return left
  }

  private parsePow(): JinjaNode {
    let left = this.parseUnary()
    while (this.peekOp('**')) {
      this.position++
      left = { type: 'Pow', left, right: this.parseUnary() }
    }
    return left
  }

  private parseUnary(withFilter = true): JinjaNode {
    let node: JinjaNode
    const op = this.peekOp('-', '+')
    if (op) {
      this.position++
      node = { type: op === '-' ? 'Neg' : 'Pos', node: this.parseUnary(false) }
    } else node = this.parsePrimary()
    node = this.parsePostfix(node)
    return withFilter ? this.parseFilterExpr(node) : node
  }

  private parsePrimary(): JinjaNode {
    const token = this.next()
    if (token.kind === 'name') {
      if (['true', 'false', 'True', 'False'].includes(token.text))
        return { type: 'Const', value: token.text.toLowerCase() === 'true' }
      if (token.text === 'none' || token.text === 'None') return { type: 'Const', value: null }
      return { type: 'Name', name: token.text }
    }
    if (token.kind === 'string') {
      let value = token.value ?? ''
      while (this.tokens[this.position]?.kind === 'string') value += this.next().value ?? ''
      return { type: 'Const', value }
    }
    if (token.kind === 'integer') return { type: 'Const', value: Number(token.text) }
    if (token.kind === 'float') return { type: 'Const', value: Number(token.text), float: true }
    if (token.text === '(') {
      const items: JinjaNode[] = []
      let isTuple = false
      while (!this.peekOp(')')) {
        if (items.length > 0) {
          this.expectOp(',')
          isTuple = true
          if (this.peekOp(')')) break
        }
        items.push(this.parseExpression())
      }
      this.expectOp(')')
      return isTuple || items.length === 0 ? { type: 'Tuple', items } : items[0]
    }
    if (token.text === '[') {
      const items = this.parseList(']', () => this.parseExpression())
      return { type: 'List', items }
    }
    if (token.text === '{') {
      const items = this.parseList('}', () => {
        const key = this.parseExpression()
        this.expectOp(':')
        return { key, value: this.parseExpression() }
      })
      return { type: 'Dict', items }
    }
    throw new Error(`unexpected ${token.text}`)
  }

  private parseList<T>(close: string, item: () => T): T[] {
    const items: T[] = []
    while (!this.peekOp(close)) {
      if (items.length > 0) {
        this.expectOp(',')
        if (this.peekOp(close)) break
      }
      items.push(item())
    }
    this.expectOp(close)
    return items
  }

  private parsePostfix(node: JinjaNode): JinjaNode {
    for (;;) {
      if (this.peekOp('.') || this.peekOp('[')) node = this.parseSubscript(node)
      else if (this.peekOp('(')) node = this.parseCallArguments(node)
      else return node
    }
  }

  private parseFilterExpr(node: JinjaNode): JinjaNode {
    for (;;) {
      if (this.peekOp('|')) {
        this.position++
        node = this.parseFilterOrTest('Filter', node)
      } else if (this.peekName('is')) {
        this.position++
        const negated = this.skipName('not')
        node = this.parseFilterOrTest('Test', node)
        if (negated) node = { type: 'Not', node }
      } else if (this.peekOp('(')) node = this.parseCallArguments(node)
      else return node
    }
  }

  private parseFilterOrTest(type: 'Filter' | 'Test', node: JinjaNode): JinjaNode {
    let name = this.expectName()
    while (this.peekOp('.')) {
      this.position++
      name += `.${this.expectName()}`
    }
    if (this.peekOp('(')) {
      const { args, kwargs, dynArgs, dynKwargs } = this.parseArguments()
      return { type, node, name, args, kwargs, dynArgs, dynKwargs }
    }
    if (type === 'Test' && this.startsTestArgument()) {
      return { type, node, name, args: [this.parsePrimary()], kwargs: [], dynArgs: null, dynKwargs: null }
    }
    return { type, node, name, args: [], kwargs: [], dynArgs: null, dynKwargs: null }
  }

  private startsTestArgument(): boolean {
    const token = this.tokens[this.position]
    if (!token) return false
    if (token.kind === 'name') return !['else', 'or', 'and', 'if', 'in', 'not', 'is'].includes(token.text)
    return token.kind !== 'op' || ['(', '[', '{', '-'].includes(token.text)
  }

  private parseSubscript(node: JinjaNode): JinjaNode {
    const token = this.next()
    if (token.text === '.') {
      const attribute = this.next()
      if (attribute.kind === 'name') return { type: 'Getattr', node, attr: attribute.text }
      if (attribute.kind === 'integer')
        return { type: 'Getitem', node, arg: { type: 'Const', value: Number(attribute.text) } }
      throw new Error('expected a name or number after .')
    }
    const args: JinjaNode[] = []
    while (!this.peekOp(']')) {
      if (args.length > 0) this.expectOp(',')
      args.push(this.parseSubscribed())
    }
    this.expectOp(']')
    return { type: 'Getitem', node, arg: args.length === 1 ? args[0] : { type: 'Tuple', items: args } }
  }

  private parseSubscribed(): JinjaNode {
    const parts: (JinjaNode | null)[] = []
    if (this.peekOp(':')) {
      this.position++
      parts.push(null)
    } else {
      const node = this.parseExpression()
      if (!this.peekOp(':')) return node
      this.position++
      parts.push(node)
    }
    parts.push(this.peekOp(']') || this.peekOp(',') || this.peekOp(':') ? null : this.parseExpression())
    if (this.peekOp(':')) {
      this.position++
      parts.push(this.peekOp(']') || this.peekOp(',') ? null : this.parseExpression())
    } else parts.push(null)
    return { type: 'Slice', start: parts[0], stop: parts[1], step: parts[2] }
  }

  private parseArguments(): {
    args: JinjaNode[]
    kwargs: Keyword[]
    dynArgs: JinjaNode | null
    dynKwargs: JinjaNode | null
  } {
    this.expectOp('(')
    const args: JinjaNode[] = []
    const kwargs: Keyword[] = []
    let dynArgs: JinjaNode | null = null
    let dynKwargs: JinjaNode | null = null
    while (!this.peekOp(')')) {
      if (args.length > 0 || kwargs.length > 0 || dynArgs || dynKwargs) {
        this.expectOp(',')
        if (this.peekOp(')')) break
      }
      if (this.peekOp('**')) {
        this.position++
        dynKwargs = this.parseExpression()
      } else if (this.peekOp('*')) {
        this.position++
        dynArgs = this.parseExpression()
      } else if (
        this.tokens[this.position]?.kind === 'name' &&
        this.tokens[this.position + 1]?.text === '='
      ) {
        const key = this.next().text
        this.position++
        kwargs.push({ key, value: this.parseExpression() })
      } else args.push(this.parseExpression())
    }
    this.expectOp(')')
    return { args, kwargs, dynArgs, dynKwargs }
  }

  private next(): Token {
    const token = this.tokens[this.position++]
    if (!token) throw new Error('unexpected end of expression')
    return token
  }

  private peekOp(...ops: string[]): string | undefined {
    const token = this.tokens[this.position]
    return token?.kind === 'op' && ops.includes(token.text) ? token.text : undefined
  }

  private expectOp(op: string): void {
    if (!this.peekOp(op)) throw new Error(`expected ${op}`)
    this.position++
  }

  private peekName(name: string): boolean {
    const token = this.tokens[this.position]
    return token?.kind === 'name' && token.text === name
  }

  private skipName(name: string): boolean {
    if (!this.peekName(name)) return false
    this.position++
    return true
  }

  private expectName(): string {
    const token = this.next()
    if (token.kind !== 'name') throw new Error('expected a name')
    return token.text
  }
}
