/**
 * Jinja2's expression nodes (`jinja2/nodes.py`) with jinja2's class names and fields, so one tree serves both
 * readings dbt makes of a `config(...)` call: the Jinja source (`parseExpression`) and the Python repr older dbt
 * stored in `unrendered_config` (`parseRepr`).
 */
export type JinjaNode =
  | ConstNode
  | { type: 'Name'; name: string }
  | CallNode
  | FilterNode
  | KeywordNode
  | { type: 'List'; items: JinjaNode[] }
  | { type: 'Tuple'; items: JinjaNode[] }
  | { type: 'Dict'; items: PairNode[] }
  | PairNode
  | { type: 'Getattr'; node: JinjaNode; attr: string }
  | { type: 'Getitem'; node: JinjaNode; arg: JinjaNode }
  | { type: 'Slice'; start: JinjaNode | null; stop: JinjaNode | null; step: JinjaNode | null }
  | { type: 'Concat'; nodes: JinjaNode[] }
  | { type: 'Compare'; expr: JinjaNode; ops: OperandNode[] }
  | OperandNode
  | { type: UnaryType; node: JinjaNode }
  | { type: BinaryType; left: JinjaNode; right: JinjaNode }
  | { type: 'CondExpr'; test: JinjaNode; expr1: JinjaNode; expr2: JinjaNode | null }

/** A Python value: `bigint` is an int, `number` a float. */
export type ConstValue = string | bigint | number | boolean | null

export interface ConstNode {
  type: 'Const'
  value: ConstValue
}

export interface CallArguments {
  args: JinjaNode[]
  kwargs: KeywordNode[]
  dynArgs: JinjaNode | null
  dynKwargs: JinjaNode | null
}

export interface CallNode extends CallArguments {
  type: 'Call'
  node: JinjaNode
}

export interface FilterNode extends CallArguments {
  type: 'Filter' | 'Test'
  node: JinjaNode
  name: string
}

export interface KeywordNode {
  type: 'Keyword'
  key: string
  value: JinjaNode
}

export interface PairNode {
  type: 'Pair'
  key: JinjaNode
  value: JinjaNode
}

export interface OperandNode {
  type: 'Operand'
  op: CompareOperator
  expr: JinjaNode
}

export type UnaryType = 'Not' | 'Neg' | 'Pos'
export type BinaryType = 'And' | 'Or' | 'Add' | 'Sub' | 'Mul' | 'Div' | 'FloorDiv' | 'Mod' | 'Pow'

/** Jinja's comparison operators: how the source spells each, by the name `Operand.op` holds. */
export const COMPARE_OPERATORS = {
  eq: '==',
  ne: '!=',
  lt: '<',
  lteq: '<=',
  gt: '>',
  gteq: '>=',
  in: 'in',
  notin: 'not in'
} as const

export type CompareOperator = keyof typeof COMPARE_OPERATORS

/** The arithmetic operators by source symbol, in `jinja2.parser`'s three precedence levels (loosest first). */
export const MATH_OPERATORS: readonly Readonly<Record<string, BinaryType>>[] = [
  { '+': 'Add', '-': 'Sub' },
  { '*': 'Mul', '/': 'Div', '//': 'FloorDiv', '%': 'Mod' },
  { '**': 'Pow' }
]
