/**
 * Jinja expressions as dbt reads them: one tree (`nodes.ts`, jinja2's own node types) read from Jinja source or
 * from the Python repr older dbt stored, and written back as either.
 */
export type { JinjaNode, KeywordNode } from './nodes.js'
export type { Token } from './lexer.js'
export { templateTags } from './lexer.js'
export { parseCallAt, parseExpression } from './parser.js'
export { parseRepr, toRepr } from './repr.js'
export { toSource } from './source.js'
