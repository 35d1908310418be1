import { describe, expect, test } from '@jest/globals'
import { normaliseStaticKwargs, rebuildKeyword } from '../../src/state/static-kwarg-normalisation.js'

describe('1.9–1.11 Keyword reprs become the dbt 1.12 representation', () => {
  test('a plain string constant becomes the bare string', () => {
    expect(rebuildKeyword("Keyword(key='materialized', value=Const(value='table'))")).toBe('table')
  })

  test('an env_var call is rebuilt as source text', () => {
    const repr =
      "Keyword(key='materialized', value=Call(node=Name(name='env_var', ctx='load'), args=[Const(value='DBT_TEST_STATE_MODIFIED')], kwargs=[], dyn_args=None, dyn_kwargs=None))"
    expect(rebuildKeyword(repr)).toBe("env_var('DBT_TEST_STATE_MODIFIED')")
  })

  test('lists, attributes and non-string constants are rebuilt like Python reprs', () => {
    expect(
      rebuildKeyword("Keyword(key='tags', value=List(items=[Const(value='a'), Const(value='b')]))")
    ).toBe("['a', 'b']")
    expect(
      rebuildKeyword(
        "Keyword(key='schema', value=Getattr(node=Name(name='target', ctx='load'), attr='schema', ctx='load'))"
      )
    ).toBe('target.schema')
    expect(rebuildKeyword("Keyword(key='enabled', value=Const(value=False))")).toBe('False')
  })

  test('unsupported node types keep their AST repr, as dbt 1.12 does', () => {
    const condExpr =
      "CondExpr(test=Name(name='execute', ctx='load'), expr1=Const(value='table'), expr2=Const(value='view'))"
    expect(rebuildKeyword(`Keyword(key='materialized', value=${condExpr})`)).toBe(condExpr)
  })

  test('only Keyword reprs in a config are rewritten', () => {
    const config = { materialized: "Keyword(key='materialized', value=Const(value='table'))", schema: 'raw' }
    expect(normaliseStaticKwargs(config)).toEqual({ materialized: 'table', schema: 'raw' })
  })
})
