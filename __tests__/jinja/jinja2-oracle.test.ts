import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, test } from '@jest/globals'
import { parseExpression, parseRepr, toRepr } from '../../src/jinja/index.js'
import { staticConfigKwargs } from '../../src/state/static-config-kwargs.js'
import { rebuildKeyword } from '../../src/state/static-kwarg-normalisation.js'
import { DBT_VENV } from '../helpers/example-project.js'

// Every expectation here is computed by the real jinja2 and dbt-core of the test setup's dbt 1.12 venv.
const ORACLE = `
import json, sys, jinja2
from dbt.clients.jinja_static import statically_parse_unrendered_config

def config_call(template):
    calls = jinja2.Environment().parse(template).find_all(jinja2.nodes.Call)
    return next(c for c in calls if getattr(c.node, "name", None) == "config")

def answer(run):
    try:
        return run()
    except jinja2.TemplateSyntaxError as error:
        return {"error": str(error)}

def expression(text):
    template = "{{ config(x=" + text + ") }}"
    kwarg = config_call(template).kwargs[0]
    source = statically_parse_unrendered_config(template)["x"]
    return {"repr": repr(kwarg.value), "keyword": repr(kwarg), "source": source}

request = json.load(sys.stdin)
print(json.dumps({
    "expressions": [answer(lambda: expression(text)) for text in request["expressions"]],
    "invalid": [answer(lambda: expression(text)) for text in request["invalid"]],
    "templates": [answer(lambda: {"config": statically_parse_unrendered_config(text)}) for text in request["templates"]],
}))
`

const EXPRESSIONS = [
  // constants and Python's reprs of them
  "'table'",
  `"b's"`,
  `'say "hi"' "and 'bye'"`,
  "'a' 'b'",
  "'\\x41\\101\\u00e9 \\U0001F600 \\q \\\\é'",
  "'line\\\nnext\ttab\r\nwindows'",
  "'\u0080 \u200b \u00a0 é 😀 \x7f \\x00'",
  '1',
  '0',
  '1_000',
  '0x1F',
  '0o17',
  '0b101',
  '12345678901234567890',
  '1.5',
  '1.0',
  '1e15',
  '1e16',
  '0.0001',
  '0.00001',
  '1.5e-7',
  '1E5',
  '2.5e+300',
  '1e999',
  '1_0.5_0',
  'true',
  'False',
  'none',
  'None',
  // names, attributes, items and slices
  'target.name',
  "a['b']",
  'a.0',
  'a[1:2]',
  'a[::2]',
  'a[1:]',
  'a[:2:]',
  'a[:, 1]',
  'a[1, 2]',
  'a[b][c](d).e',
  // calls
  "env_var('X', 'y')",
  'f(*a)',
  'f(**k)',
  'f(a, b=1, *c, **d)',
  'f(a,)',
  "var('schema', target.schema ~ '_x')",
  // sequences
  '[1, 2,]',
  '[]',
  '()',
  '(1,)',
  '(1, 2)',
  '((1))',
  "{'a': 1, 'b': [2]}",
  '{}',
  "{'a': {'b': {'c': 1}}}",
  // operators, with jinja2's precedence
  'a ~ b ~ c',
  'a + b * c',
  'a - b - c',
  '-a',
  '+a',
  '--a',
  '-a.b',
  '-a|f',
  'a ** b ** c',
  'a // b % c / d',
  'not a',
  'not not a',
  'a and b or c',
  'a or b and c',
  'not a and b',
  'a == b',
  'a != b < c',
  'a in b',
  'a not in b',
  'not a in b',
  'a >= 1 and a <= 2 or a > 3',
  "'%s' % x",
  // filters and tests
  'a|upper',
  "a | default('x') | lower",
  'a|f.g',
  'a|f(1, k=2)',
  '(a|f)(1)',
  'range(3)|list',
  'a is defined',
  'a is not none',
  'a is divisibleby 3',
  'a is sameas false',
  'a is eq b.c',
  'a is f -3',
  'a is defined and b',
  'a is number or b',
  // conditionals
  "'a' if x else 'b'",
  "'a' if x",
  'a if b else c if d else e',
  "{'k': x|upper, 'n': -1 if y}"
]

const INVALID_EXPRESSIONS = [
  'a[',
  'f(a=1, 2)',
  'f(**a, *b)',
  'f(**a, b=1)',
  'f(*a, 2)',
  'a is b is c',
  '1 +',
  "'unterminated",
  'a $ b',
  '(1, 2',
  'a.',
  "a.'b'",
  '[x for x in y]',
  "'\\x4'"
]

const TEMPLATES = [
  "{{ config(materialized='table') }}\nselect 1",
  "{# {{ config(a='x') }} #}{{ config(b='y') }}",
  "{% raw %}{{ config(a='x') }}{% endraw %}{{ config(b='y') }}",
  "{%- raw -%}{{ config(a='x') }}{%- endraw -%}{{ config(b='y') }}",
  '{{ x | config(a=1) }}{{ config(b=2) }}',
  '{{ x.config(a=1) }}{{ config(b=2) }}',
  '{% if x is config(1) %}{% endif %}{% if y is not config(2) %}{% endif %}{{ config(b=2) }}',
  '{% set y = config(a=1) %}{{ config(b=2) }}',
  '{% call config(a=1) %}x{% endcall %}',
  "{{ config(meta={'a': {'b': 1}}, tags=['x']) }}",
  "{{- config(a='x') -}}",
  '{%- if true -%}{{ config(a=[1, 2]) }}{%- endif %}',
  "select '{{ \"}}\" }}' as x, {{ config(a='}}') }}",
  '{{ config(a=1) }}{{ config(a=2) }}',
  '{{ config(a=1, a=2) }}',
  '{% macro m() %}{{ config(a=1) }}{% endmacro %}',
  "{{ config(**{'a': 1}) }}",
  "{{ config(a='x' ~ 'y', b=x is defined) }}",
  'no config call here',
  '{{ config(a=) }}',
  '{{ config(a=1 }}',
  "select '{{' as x, config(a=1)"
]

interface ExpressionAnswer {
  repr?: string
  keyword?: string
  source?: string
  error?: string
}

let answers: {
  expressions: ExpressionAnswer[]
  invalid: ExpressionAnswer[]
  templates: { config?: Record<string, string> | null; error?: string }[]
}

beforeAll(() => {
  const python = path.join(DBT_VENV, 'python')
  if (!existsSync(python))
    throw new Error(`${python} is missing: run \`bash scripts/setup-dbt.sh\` (npm test does).`)
  const output = execFileSync(python, ['-c', ORACLE], {
    input: JSON.stringify({ expressions: EXPRESSIONS, invalid: INVALID_EXPRESSIONS, templates: TEMPLATES }),
    encoding: 'utf8'
  })
  answers = JSON.parse(output)
})

describe('Jinja expressions read and written as jinja2 and dbt 1.12 do', () => {
  test.each(EXPRESSIONS.map((text, index) => [text, index]))('%s', (text, index) => {
    const answer = answers.expressions[index as number]
    expect(answer.error).toBeUndefined()
    const node = parseExpression(text as string)
    expect(toRepr(node)).toBe(answer.repr)
    expect(toRepr(parseRepr(answer.repr ?? ''))).toBe(answer.repr)
    expect(staticConfigKwargs(`{{ config(x=${text}) }}`)).toEqual({ x: answer.source })
    expect(rebuildKeyword(answer.keyword ?? '')).toBe(answer.source)
  })
})

describe('expressions jinja2 rejects are rejected', () => {
  test.each(INVALID_EXPRESSIONS.map((text, index) => [text, index]))('%s', (text, index) => {
    expect(answers.invalid[index as number].error).toBeDefined()
    expect(() => parseExpression(text as string)).toThrow()
  })
})

describe("a node's first config() call found as dbt 1.12's static parser finds it", () => {
  test.each(TEMPLATES.map((text, index) => [text, index]))('%s', (text, index) => {
    const answer = answers.templates[index as number]
    if (answer.error !== undefined) expect(() => staticConfigKwargs(text as string)).toThrow()
    else expect(staticConfigKwargs(text as string)).toEqual(answer.config)
  })
})
