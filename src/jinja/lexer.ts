import { decodePythonEscapes } from './python-literals.js'

export type Token =
  | { kind: 'name' | 'op'; text: string }
  | { kind: 'string'; text: string; value: string }
  | { kind: 'integer'; text: string; value: bigint }
  | { kind: 'float'; text: string; value: number }

// The token rules of `jinja2.lexer`, tried in its order: whitespace, float, integer, name, string, operator.
const WHITESPACE = /\s+/uy
const FLOAT = /(?<!\.)(\d+_)*\d+((\.(\d+_)*\d+)?e[+-]?(\d+_)*\d+|\.(\d+_)*\d+)/iy
const INTEGER = /(0b(_?[01])+|0o(_?[0-7])+|0x(_?[\da-f])+|[1-9](_?\d)*|0(_?0)*)/iy
const NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy
const STRING = /'([^'\\]*(?:\\.[^'\\]*)*)'|"([^"\\]*(?:\\.[^"\\]*)*)"/sy
const OPERATOR = /\/\/|\*\*|==|!=|>=|<=|[-+/*%~[\](){}><=.:|,;]/y

const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/** The tokens of an expression's text; throws on anything Jinja's lexer rejects. */
export function tokenize(source: string): Token[] {
  return lexTag(source, 0, null).tokens
}

/**
 * The tokens of every `{{ … }}` and `{% … %}` tag of a template, in order, skipping comments and raw blocks.
 * As in Jinja's lexer, a tag ends at the first closing delimiter outside strings and brackets, so
 * `{{ config(meta={'a': {'b': 1}}) }}` is one tag.
 */
export function* templateTags(source: string): Generator<Token[]> {
  const opening = /\{([{%#])[-+]?/g
  for (let found = opening.exec(source); found; found = opening.exec(source)) {
    const kind = found[1]
    if (kind === '#') {
      const end = source.indexOf('#}', opening.lastIndex)
      if (end === -1) throw new Error('missing end of comment tag')
      opening.lastIndex = end + 2
      continue
    }
    if (kind === '%' && /^\{%[-+]?\s*raw\s*[-+]?%\}/.test(source.slice(found.index))) {
      const endRaw = /\{%[-+]?\s*endraw\s*[-+]?%\}/g
      endRaw.lastIndex = opening.lastIndex
      if (!endRaw.exec(source)) throw new Error('missing end of raw directive')
      opening.lastIndex = endRaw.lastIndex
      continue
    }
    const tag = lexTag(source, opening.lastIndex, kind === '{' ? /[-+]?\}\}/y : /[-+]?%\}/y)
    opening.lastIndex = tag.end
    yield tag.tokens
  }
}

function lexTag(source: string, start: number, close: RegExp | null): { tokens: Token[]; end: number } {
  const tokens: Token[] = []
  const brackets: string[] = []
  let position = start
  const match = (rule: RegExp): string | null => {
    rule.lastIndex = position
    const found = rule.exec(source)
    if (found) position = rule.lastIndex
    return found ? found[0] : null
  }
  while (position < source.length) {
    let text: string | null
    if (close && brackets.length === 0 && match(close) !== null) return { tokens, end: position }
    if (match(WHITESPACE) !== null) continue
    if ((text = match(FLOAT)) !== null)
      tokens.push({ kind: 'float', text, value: Number(text.replace(/_/g, '')) })
    else if ((text = match(INTEGER)) !== null)
      tokens.push({ kind: 'integer', text, value: BigInt(text.replace(/_/g, '')) })
    else if ((text = match(NAME)) !== null) tokens.push({ kind: 'name', text })
    else if ((text = match(STRING)) !== null) {
      const body = text.slice(1, -1).replace(/\r\n?/g, '\n')
      tokens.push({ kind: 'string', text, value: decodePythonEscapes(body) })
    } else if ((text = match(OPERATOR)) !== null) {
      if (text in CLOSING) brackets.push(CLOSING[text])
      else if (text === ')' || text === ']' || text === '}') {
        const expected = brackets.pop()
        if (expected !== text)
          throw new Error(`unexpected '${text}'${expected ? `, expected '${expected}'` : ''}`)
      }
      tokens.push({ kind: 'op', text })
    } else throw new Error(`unexpected character ${JSON.stringify(source[position])}`)
  }
  if (close) throw new Error('unexpected end of template')
  return { tokens, end: position }
}
