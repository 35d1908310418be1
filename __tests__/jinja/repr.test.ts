import { describe, expect, test } from '@jest/globals'
import { parseExpression, parseRepr, toRepr } from '../../src/jinja/index.js'

describe('reading Python reprs of jinja2 nodes', () => {
  test('a Keyword repr reads back into the tree the Jinja source gives', () => {
    const repr = "Keyword(key='tags', value=List(items=[Const(value='a'), Const(value=1), Const(value=2.5)]))"
    expect(parseRepr(repr)).toEqual({ type: 'Keyword', key: 'tags', value: parseExpression("['a', 1, 2.5]") })
  })

  test('integers beyond 2**53 and floats keep their Python reprs', () => {
    const repr = 'List(items=[Const(value=12345678901234567890), Const(value=1e+16), Const(value=1.0)])'
    expect(toRepr(parseRepr(repr))).toBe(repr)
  })

  test.each([
    ['an unknown node type', 'Lambda(body=Const(value=1))'],
    ['fields out of order', "Getattr(attr='x', node=Name(name='a', ctx='load'), ctx='load')"],
    ['a missing field', "Name(name='a')"],
    ['a store context', "Name(name='a', ctx='store')"],
    ['a helper node where an expression belongs', "List(items=[Keyword(key='a', value=Const(value=1))])"],
    ['an expression where a helper node belongs', 'Dict(items=[Const(value=1)])'],
    [
      'an unknown comparison operator',
      "Compare(expr=Const(value=1), ops=[Operand(op='is', expr=Const(value=1))])"
    ],
    ['trailing text', 'Const(value=1) x'],
    ['a malformed escape', "Const(value='\\x4')"]
  ])('%s is rejected', (_, repr) => {
    expect(() => parseRepr(repr)).toThrow()
  })
})

describe('limits of the Jinja lexer', () => {
  test('\\N{…} escapes are refused rather than misread (no Unicode name table)', () => {
    expect(() => parseExpression("'\\N{BULLET}'")).toThrow(/not supported/)
  })
})
