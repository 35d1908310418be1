import { tokenize, type Token } from './lexer.js'
import {
  COMPARE_OPERATORS,
  MATH_OPERATORS,
  type CallArguments,
  type CallNode,
  type CompareOperator,
  type JinjaNode,
  type KeywordNode,
  type OperandNode,
  type PairNode
} from './nodes.js'

/** Parses one Jinja expression (what `{{ }}` holds) into jinja2's tree; throws where jinja2 would. */
export function parseExpression(source: string): JinjaNode {
  const parser = new Parser(tokenize(source), 0)
  const node = parser.expression()
  parser.expectEnd()
  return node
}

/** The call `name(...)` whose name is `tokens[index]`, read as `jinja2.parser` reads a call. */
export function parseCallAt(tokens: Token[], index: number): CallNode {
  const name = tokens[index]
  if (name?.kind !== 'name') throw new Error('expected a name')
  return new Parser(tokens, index + 1).call({ type: 'Name', name: name.text })
}

/** The comparison operators spelled with symbols (`in` and `not in` are read as names). */
const SYMBOL_OPERATORS = new Map<string, CompareOperator>(
  Object.entries(COMPARE_OPERATORS)
    .filter(([, symbol]) => !/^[a-z ]+$/.test(symbol))
    .map(([op, symbol]) => [symbol, op as CompareOperator])
)
const [ADDITIVE, MULTIPLICATIVE, POWER] = MATH_OPERATORS
const TEST_ARGUMENT_STARTS = new Set(['name', 'string', 'integer', 'float', '(', '[', '{'])

/** A port of `jinja2.parser.Parser`'s expression methods, one method per grammar level. */
class Parser {
  constructor(
    private readonly tokens: Token[],
    private position: number
  ) {}

  expectEnd(): void {
    const token = this.tokens[this.position]
    if (token) throw new Error(`unexpected ${token.text}`)
  }

  expression(): JinjaNode {
    let expr1 = this.or()
    while (this.skipName('if')) {
      const test = this.or()
      const expr2 = this.skipName('else') ? this.expression() : null
      expr1 = { type: 'CondExpr', test, expr1, expr2 }
    }
    return expr1
  }

  call(node: JinjaNode): CallNode {
    return { type: 'Call', node, ...this.callArguments() }
  }

  private or(): JinjaNode {
    let left = this.and()
    while (this.skipName('or')) left = { type: 'Or', left, right: this.and() }
    return left
  }

  private and(): JinjaNode {
    let left = this.not()
    while (this.skipName('and')) left = { type: 'And', left, right: this.not() }
    return left
  }

  private not(): JinjaNode {
    if (this.skipName('not')) return { type: 'Not', node: this.not() }
    return this.compare()
  }

  private compare(): JinjaNode {
    const expr = this.additive()
    const ops: OperandNode[] = []
    for (;;) {
      const token = this.peek()
      const symbolOp = token?.kind === 'op' ? SYMBOL_OPERATORS.get(token.text) : undefined
      if (symbolOp) {
        this.position++
        ops.push({ type: 'Operand', op: symbolOp, expr: this.additive() })
      } else if (this.skipName('in')) ops.push({ type: 'Operand', op: 'in', expr: this.additive() })
      else if (this.isName('not') && this.isName('in', 1)) {
        this.position += 2
        ops.push({ type: 'Operand', op: 'notin', expr: this.additive() })
      } else break
    }
    return ops.length === 0 ? expr : { type: 'Compare', expr, ops }
  }

  private additive(): JinjaNode {
    let left = this.concat()
    for (let op = this.skipOp(ADDITIVE); op; op = this.skipOp(ADDITIVE))
      left = { type: op, left, right: this.concat() }
    return left
  }

  private concat(): JinjaNode {
    const nodes = [this.multiplicative()]
    while (this.skipOp({ '~': true })) nodes.push(this.multiplicative())
    return nodes.length === 1 ? nodes[0] : { type: 'Concat', nodes }
  }

  private multiplicative(): JinjaNode {
    let left = this.power()
    for (let op = this.skipOp(MULTIPLICATIVE); op; op = this.skipOp(MULTIPLICATIVE))
      left = { type: op, left, right: this.power() }
    return left
  }

  private power(): JinjaNode {
    let left = this.unary()
    while (this.skipOp(POWER)) left = { type: 'Pow', left, right: this.unary() }
    return left
  }

  private unary(withFilter = true): JinjaNode {
    let node: JinjaNode
    if (this.skipOp({ '-': true })) node = { type: 'Neg', node: this.unary(false) }
    else if (this.skipOp({ '+': true })) node = { type: 'Pos', node: this.unary(false) }
    else node = this.primary()
    node = this.postfix(node)
    return withFilter ? this.filters(node) : node
  }

  private primary(): JinjaNode {
    const token = this.next()
    switch (token.kind) {
      case 'name':
        if (['true', 'True', 'false', 'False'].includes(token.text))
          return { type: 'Const', value: token.text.toLowerCase() === 'true' }
        if (token.text === 'none' || token.text === 'None') return { type: 'Const', value: null }
        return { type: 'Name', name: token.text }
      case 'string': {
        let value = token.value
        for (let next = this.peek(); next?.kind === 'string'; next = this.peek()) {
          value += next.value
          this.position++
        }
        return { type: 'Const', value }
      }
      case 'integer':
      case 'float':
        return { type: 'Const', value: token.value }
    }
    if (token.text === '(') {
      const node = this.parenthesised()
      this.expectOp(')')
      return node
    }
    if (token.text === '[') return { type: 'List', items: this.sequence(']', () => this.expression()) }
    if (token.text === '{') return { type: 'Dict', items: this.sequence('}', () => this.pair()) }
    throw new Error(`unexpected ${token.text}`)
  }

  /** `parse_tuple(explicit_parentheses=True)`: one expression, or a tuple when a comma follows. */
  private parenthesised(): JinjaNode {
    const items: JinjaNode[] = []
    let isTuple = false
    for (;;) {
      if (items.length > 0) this.expectOp(',')
      if (this.isOp(')')) break
      items.push(this.expression())
      if (!this.isOp(',')) break
      isTuple = true
    }
    return isTuple || items.length === 0 ? { type: 'Tuple', items } : items[0]
  }

  private pair(): PairNode {
    const key = this.expression()
    this.expectOp(':')
    return { type: 'Pair', key, value: this.expression() }
  }

  private sequence<T>(close: string, item: () => T): T[] {
    const items: T[] = []
    while (!this.isOp(close)) {
      if (items.length > 0) {
        this.expectOp(',')
        if (this.isOp(close)) break
      }
      items.push(item())
    }
    this.expectOp(close)
    return items
  }

  private postfix(node: JinjaNode): JinjaNode {
    for (;;) {
      if (this.isOp('.') || this.isOp('[')) node = this.subscript(node)
      else if (this.isOp('(')) node = this.call(node)
      else return node
    }
  }

  private filters(node: JinjaNode): JinjaNode {
    for (;;) {
      if (this.skipOp({ '|': true }))
        node = { type: 'Filter', node, ...this.filterName(), ...this.optionalArguments() }
      else if (this.skipName('is')) node = this.test(node)
      else if (this.isOp('(')) node = this.call(node)
      else return node
    }
  }

  private test(node: JinjaNode): JinjaNode {
    const negated = this.skipName('not')
    const { name } = this.filterName()
    let test: JinjaNode
    const token = this.peek()
    if (this.isOp('(')) test = { type: 'Test', node, name, ...this.callArguments() }
    else if (
      token &&
      TEST_ARGUMENT_STARTS.has(token.kind === 'op' ? token.text : token.kind) &&
      !(token.kind === 'name' && ['else', 'or', 'and'].includes(token.text))
    ) {
      if (this.isName('is')) throw new Error('You cannot chain multiple tests with is')
      const argument = this.postfix(this.primary())
      test = { type: 'Test', node, name, ...noArguments(), args: [argument] }
    } else test = { type: 'Test', node, name, ...noArguments() }
    return negated ? { type: 'Not', node: test } : test
  }

  private filterName(): { name: string } {
    let name = this.expectName()
    while (this.skipOp({ '.': true })) name += `.${this.expectName()}`
    return { name }
  }

  private optionalArguments(): CallArguments {
    return this.isOp('(') ? this.callArguments() : noArguments()
  }

  private subscript(node: JinjaNode): JinjaNode {
    if (this.skipOp({ '.': true })) {
      const attribute = this.next()
      if (attribute.kind === 'name') return { type: 'Getattr', node, attr: attribute.text }
      if (attribute.kind === 'integer')
        return { type: 'Getitem', node, arg: { type: 'Const', value: attribute.value } }
      throw new Error('expected name or number')
    }
    this.expectOp('[')
    const args: JinjaNode[] = []
    while (!this.isOp(']')) {
      if (args.length > 0) this.expectOp(',')
      args.push(this.subscribed())
    }
    this.expectOp(']')
    return { type: 'Getitem', node, arg: args.length === 1 ? args[0] : { type: 'Tuple', items: args } }
  }

  private subscribed(): JinjaNode {
    let start: JinjaNode | null = null
    if (!this.skipOp({ ':': true })) {
      start = this.expression()
      if (!this.skipOp({ ':': true })) return start
    }
    const stop = this.isOp(':') || this.isOp(']') || this.isOp(',') ? null : this.expression()
    let step: JinjaNode | null = null
    if (this.skipOp({ ':': true }) && !this.isOp(']') && !this.isOp(',')) step = this.expression()
    return { type: 'Slice', start, stop, step }
  }

  /** `parse_call_args`, with its rules on the order of positional, keyword, `*` and `**` arguments. */
  private callArguments(): CallArguments {
    this.expectOp('(')
    const result = noArguments()
    const ensure = (valid: boolean): void => {
      if (!valid) throw new Error('invalid syntax for function call expression')
    }
    let requireComma = false
    while (!this.isOp(')')) {
      if (requireComma) {
        this.expectOp(',')
        if (this.isOp(')')) break
      }
      if (this.skipOp({ '*': true })) {
        ensure(result.dynArgs === null && result.dynKwargs === null)
        result.dynArgs = this.expression()
      } else if (this.skipOp({ '**': true })) {
        ensure(result.dynKwargs === null)
        result.dynKwargs = this.expression()
      } else if (this.peek()?.kind === 'name' && this.tokens[this.position + 1]?.text === '=') {
        ensure(result.dynKwargs === null)
        const key = this.next().text
        this.position++
        const keyword: KeywordNode = { type: 'Keyword', key, value: this.expression() }
        result.kwargs.push(keyword)
      } else {
        ensure(result.dynArgs === null && result.dynKwargs === null && result.kwargs.length === 0)
        result.args.push(this.expression())
      }
      requireComma = true
    }
    this.expectOp(')')
    return result
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset]
  }

  private next(): Token {
    const token = this.tokens[this.position++]
    if (!token) throw new Error('unexpected end of expression')
    return token
  }

  private isOp(op: string): boolean {
    const token = this.peek()
    return token?.kind === 'op' && token.text === op
  }

  /** Consumes an operator token that is a key of `table` and returns the table's value for it. */
  private skipOp<T>(table: Readonly<Record<string, T>>): T | undefined {
    const token = this.peek()
    if (token?.kind !== 'op' || !Object.hasOwn(table, token.text)) return undefined
    this.position++
    return table[token.text]
  }

  private expectOp(op: string): void {
    if (!this.isOp(op)) throw new Error(`expected ${op}`)
    this.position++
  }

  private isName(name: string, offset = 0): boolean {
    const token = this.peek(offset)
    return token?.kind === 'name' && token.text === name
  }

  private skipName(name: string): boolean {
    if (!this.isName(name)) return false
    this.position++
    return true
  }

  private expectName(): string {
    const token = this.next()
    if (token.kind !== 'name') throw new Error('expected a name')
    return token.text
  }
}

function noArguments(): CallArguments {
  return { args: [], kwargs: [], dynArgs: null, dynKwargs: null }
}
