import { parseCallAt, templateTags, toSource, type KeywordNode, type Token } from '../jinja/index.js'

/**
 * dbt 1.12's `statically_parse_unrendered_config`: the kwargs of the first `config(...)` call in a node's Jinja,
 * each rebuilt as `construct_static_kwarg_value` does. Null when there is no config call. Throws when the Jinja
 * cannot be read, so callers can fall back.
 */
export function staticConfigKwargs(rawCode: string): Record<string, string> | null {
  if (!rawCode.includes('config(')) return null
  for (const tokens of templateTags(rawCode)) {
    const index = tokens.findIndex((_, i) => isConfigCall(tokens, i))
    if (index === -1) continue
    const call = parseCallAt(tokens, index)
    return Object.fromEntries(call.kwargs.map(kwarg => [kwarg.key, constructStaticKwargValue(kwarg)]))
  }
  return null
}

/**
 * dbt 1.12's `construct_static_kwarg_value`: a plain string constant bare, anything else as source-like text
 * (`env_var('X')`, `['a', 'b']`) or, for node types dbt cannot rebuild, the Jinja2 AST repr.
 */
export function constructStaticKwargValue(kwarg: KeywordNode): string {
  if (kwarg.value.type === 'Const' && typeof kwarg.value.value === 'string') return kwarg.value.value
  return toSource(kwarg.value)
}

/** `config(` called as a function: not a method (`x.config(`), a filter (`| config(`) or a test (`is config(`). */
function isConfigCall(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (token.kind !== 'name' || token.text !== 'config' || tokens[index + 1]?.text !== '(') return false
  const previous = tokens[index - 1]
  if (previous?.kind === 'op') return previous.text !== '.' && previous.text !== '|'
  if (previous?.text === 'not') return tokens[index - 2]?.text !== 'is'
  return previous?.text !== 'is'
}
