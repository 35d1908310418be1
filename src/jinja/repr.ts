import { COMPARE_OPERATORS, type ConstValue, type JinjaNode } from './nodes.js'
import { decodePythonEscapes, pythonRepr } from './python-literals.js'

type FieldKind =
  | 'node'
  | 'node or None'
  | 'nodes'
  | 'str'
  | 'operator'
  | 'constant'
  /** `ctx`: expressions are always loads, so the field is written but not kept. */
  | 'load'

/** A field: its name in jinja2, where the tree keeps it, what it holds, and for lists of helper nodes their type. */
type Field = readonly [python: string, key: string, kind: FieldKind, items?: HelperType]

type HelperType = 'Keyword' | 'Pair' | 'Operand'
const HELPER_TYPES: readonly string[] = ['Keyword', 'Pair', 'Operand'] satisfies HelperType[]

const CALL_ARGUMENTS: readonly Field[] = [
  ['args', 'args', 'nodes'],
  ['kwargs', 'kwargs', 'nodes', 'Keyword'],
  ['dyn_args', 'dynArgs', 'node or None'],
  ['dyn_kwargs', 'dynKwargs', 'node or None']
]
const UNARY: readonly Field[] = [['node', 'node', 'node']]
const BINARY: readonly Field[] = [
  ['left', 'left', 'node'],
  ['right', 'right', 'node']
]

/** Each node type's `fields` in `jinja2.nodes` order (the order its repr lists them), and where we keep each. */
const FIELDS: Record<JinjaNode['type'], readonly Field[]> = {
  Const: [['value', 'value', 'constant']],
  Name: [
    ['name', 'name', 'str'],
    ['ctx', '', 'load']
  ],
  Call: [['node', 'node', 'node'], ...CALL_ARGUMENTS],
  Filter: [['node', 'node', 'node'], ['name', 'name', 'str'], ...CALL_ARGUMENTS],
  Test: [['node', 'node', 'node'], ['name', 'name', 'str'], ...CALL_ARGUMENTS],
  Keyword: [
    ['key', 'key', 'str'],
    ['value', 'value', 'node']
  ],
  List: [['items', 'items', 'nodes']],
  Tuple: [
    ['items', 'items', 'nodes'],
    ['ctx', '', 'load']
  ],
  Dict: [['items', 'items', 'nodes', 'Pair']],
  Pair: [
    ['key', 'key', 'node'],
    ['value', 'value', 'node']
  ],
  Getattr: [
    ['node', 'node', 'node'],
    ['attr', 'attr', 'str'],
    ['ctx', '', 'load']
  ],
  Getitem: [
    ['node', 'node', 'node'],
    ['arg', 'arg', 'node'],
    ['ctx', '', 'load']
  ],
  Slice: [
    ['start', 'start', 'node or None'],
    ['stop', 'stop', 'node or None'],
    ['step', 'step', 'node or None']
  ],
  Concat: [['nodes', 'nodes', 'nodes']],
  Compare: [
    ['expr', 'expr', 'node'],
    ['ops', 'ops', 'nodes', 'Operand']
  ],
  Operand: [
    ['op', 'op', 'operator'],
    ['expr', 'expr', 'node']
  ],
  Not: UNARY,
  Neg: UNARY,
  Pos: UNARY,
  And: BINARY,
  Or: BINARY,
  Add: BINARY,
  Sub: BINARY,
  Mul: BINARY,
  Div: BINARY,
  FloorDiv: BINARY,
  Mod: BINARY,
  Pow: BINARY,
  CondExpr: [
    ['test', 'test', 'node'],
    ['expr1', 'expr1', 'node'],
    ['expr2', 'expr2', 'node or None']
  ]
}

/** Python's repr of a jinja2 node, `Type(field=repr, …)` as `jinja2.nodes.Node.__repr__` writes it. */
export function toRepr(node: JinjaNode): string {
  const values = node as unknown as Record<string, unknown>
  const fields = FIELDS[node.type].map(([python, key, kind]) => `${python}=${fieldRepr(values[key], kind)}`)
  return `${node.type}(${fields.join(', ')})`
}

function fieldRepr(value: unknown, kind: FieldKind): string {
  switch (kind) {
    case 'load':
      return "'load'"
    case 'nodes':
      return `[${(value as JinjaNode[]).map(toRepr).join(', ')}]`
    case 'node':
    case 'node or None':
      return value === null ? 'None' : toRepr(value as JinjaNode)
    default:
      return pythonRepr(value as ConstValue)
  }
}

type PythonValue =
  | { kind: 'node'; type: string; fields: [string, PythonValue][] }
  | { kind: 'list'; items: PythonValue[] }
  | { kind: 'constant'; value: ConstValue }

/** Reads the Python repr of a jinja2 node back into the tree; throws on anything `toRepr` would not write. */
export function parseRepr(repr: string): JinjaNode {
  const reader = new PythonLiteralReader(repr)
  const value = reader.value()
  reader.expectEnd()
  return toNode(value, 'any')
}

/** `expected`: a helper node type, any expression, or any node at all. */
function toNode(value: PythonValue, expected: HelperType | 'expression' | 'any'): JinjaNode {
  if (value.kind !== 'node' || !Object.hasOwn(FIELDS, value.type)) throw new Error('expected a jinja2 node')
  const type = value.type as JinjaNode['type']
  const allowed =
    expected === 'any' || (expected === 'expression' ? !HELPER_TYPES.includes(type) : type === expected)
  if (!allowed)
    throw new Error(
      `${type} cannot stand where ${expected === 'expression' ? 'an expression' : expected} does`
    )
  const fields = FIELDS[type]
  if (fields.length !== value.fields.length) throw new Error(`${type} takes ${fields.length} fields`)
  const node: Record<string, unknown> = { type }
  fields.forEach(([python, key, kind, items], index) => {
    const [name, field] = value.fields[index]
    if (name !== python) throw new Error(`expected ${type}.${python}, got ${name}`)
    const read = fieldValue(field, kind, items ?? 'expression')
    if (key) node[key] = read
  })
  return node as unknown as JinjaNode
}

function fieldValue(value: PythonValue, kind: FieldKind, items: HelperType | 'expression'): unknown {
  const constant = value.kind === 'constant' ? value.value : undefined
  switch (kind) {
    case 'node':
      return toNode(value, 'expression')
    case 'node or None':
      return constant === null ? null : toNode(value, 'expression')
    case 'nodes':
      if (value.kind !== 'list') throw new Error('expected a list')
      return value.items.map(item => toNode(item, items))
    case 'constant':
      if (value.kind !== 'constant') throw new Error('expected a constant')
      return constant
    case 'load':
      if (constant !== 'load') throw new Error("expected ctx='load'")
      return undefined
    case 'operator':
      if (typeof constant !== 'string' || !Object.hasOwn(COMPARE_OPERATORS, constant))
        throw new Error('expected a comparison operator')
      return constant
    case 'str':
      if (typeof constant !== 'string') throw new Error('expected a string')
      return constant
  }
}

/** Python literals as repr writes them: `Type(name=value, …)` calls, lists, str, int, float, bool, None. */
class PythonLiteralReader {
  private position = 0
  constructor(private readonly input: string) {}

  value(): PythonValue {
    this.skipSpaces()
    const string = this.match(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/sy)
    if (string !== null) return { kind: 'constant', value: decodePythonEscapes(string.slice(1, -1)) }
    if (this.skip('[')) return { kind: 'list', items: this.items(']', () => this.value()) }
    const call = this.match(/[A-Za-z_][A-Za-z0-9_]*\(/y)
    if (call !== null) {
      const fields = this.items(')', (): [string, PythonValue] => {
        const name = this.match(/[A-Za-z_][A-Za-z0-9_]*=/y)
        if (name === null) throw new Error(`expected a field at ${this.position}`)
        return [name.slice(0, -1), this.value()]
      })
      return { kind: 'node', type: call.slice(0, -1), fields }
    }
    const word = this.match(/True|False|None/y)
    if (word !== null) return { kind: 'constant', value: word === 'None' ? null : word === 'True' }
    const float = this.match(/-?(\d+\.\d*(e[+-]?\d+)?|\d+e[+-]?\d+|inf|nan)/y)
    if (float !== null)
      return { kind: 'constant', value: Number(float.replace('inf', 'Infinity').replace('nan', 'NaN')) }
    const integer = this.match(/-?\d+/y)
    if (integer !== null) return { kind: 'constant', value: BigInt(integer) }
    throw new Error(`unexpected input at ${this.position}`)
  }

  expectEnd(): void {
    this.skipSpaces()
    if (this.position !== this.input.length) throw new Error(`trailing input at ${this.position}`)
  }

  private items<T>(close: string, item: () => T): T[] {
    const items: T[] = []
    this.skipSpaces()
    while (!this.skip(close)) {
      if (items.length > 0 && !this.skip(',')) throw new Error(`expected , or ${close} at ${this.position}`)
      this.skipSpaces()
      items.push(item())
      this.skipSpaces()
    }
    return items
  }

  private match(pattern: RegExp): string | null {
    pattern.lastIndex = this.position
    const found = pattern.exec(this.input)
    if (found) this.position = pattern.lastIndex
    return found ? found[0] : null
  }

  private skip(text: string): boolean {
    if (!this.input.startsWith(text, this.position)) return false
    this.position += text.length
    return true
  }

  private skipSpaces(): void {
    while (this.input[this.position] === ' ') this.position++
  }
}
