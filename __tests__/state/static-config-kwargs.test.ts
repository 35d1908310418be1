import { describe, expect, test } from '@jest/globals'
import { staticConfigKwargs } from '../../src/state/static-config-kwargs.js'

// Expected values are what dbt-core 1.12.6 stored in unrendered_config for the same SQL.
describe("re-deriving config() kwargs from raw_code like dbt 1.12's static parser", () => {
  test('plain strings are stored bare, other expressions as source text', () => {
    const sql =
      "{{ config(materialized='table', check_cols=['email', 'segment'], meta={'refresh': env_var('R', 'daily')}) }}\nselect 1"
    expect(staticConfigKwargs(sql)).toEqual({
      materialized: 'table',
      check_cols: "['email', 'segment']",
      meta: "{'refresh': env_var('R', 'daily')}"
    })
  })

  test('expressions dbt cannot rebuild keep the Jinja2 AST repr', () => {
    const sql =
      "{{ config(materialized=('table' if target.name == 'prod' else 'view'), alias=target.schema | upper) }}"
    expect(staticConfigKwargs(sql)).toEqual({
      materialized:
        "CondExpr(test=Compare(expr=Getattr(node=Name(name='target', ctx='load'), attr='name', ctx='load'), ops=[Operand(op='eq', expr=Const(value='prod'))]), expr1=Const(value='table'), expr2=Const(value='view'))",
      alias:
        "Filter(node=Getattr(node=Name(name='target', ctx='load'), attr='schema', ctx='load'), name='upper', args=[], kwargs=[], dyn_args=None, dyn_kwargs=None)"
    })
  })

  test('constants are Python reprs: quotes, booleans, none and floats', () => {
    const sql = `{{ config(tags=['a', "b's"], meta={'x': [1, 2.5, none, True]}, enabled=not false) }}`
    expect(staticConfigKwargs(sql)).toEqual({
      tags: `['a', "b's"]`,
      meta: "{'x': [1, 2.5, None, True]}",
      enabled: 'not False'
    })
  })

  test('a closing delimiter inside a string does not end the block', () => {
    expect(staticConfigKwargs('{{ config(post_hook="analyze {{ this }}") }}')).toEqual({
      post_hook: 'analyze {{ this }}'
    })
  })

  test('config calls in Jinja comments are ignored and the first real call wins', () => {
    expect(
      staticConfigKwargs(
        "{# config(a='x') #}{{ ref('m') }}{{ config(severity='warn') }}{{ config(severity='error') }}"
      )
    ).toEqual({
      severity: 'warn'
    })
  })

  test('code without a config call gives null', () => {
    expect(staticConfigKwargs("select * from {{ ref('m') }}")).toBeNull()
  })
})
