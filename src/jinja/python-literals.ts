import type { ConstValue } from './nodes.js'

/** Python's `repr()` of a constant, character for character (dbt stores these in `unrendered_config`). */
export function pythonRepr(value: ConstValue): string {
  if (value === null) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'string') return pythonStringRepr(value)
  if (typeof value === 'bigint') return String(value)
  return pythonFloatRepr(value)
}

/** Characters `str.isprintable()` rejects (categories C* and Z* except the ASCII space) are escaped. */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u

function pythonStringRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'"
  let out = ''
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0
    if (char === '\\' || char === quote) out += `\\${char}`
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (char === '\t') out += '\\t'
    else if (char !== ' ' && NON_PRINTABLE.test(char)) out += codePointEscape(code)
    else out += char
  }
  return `${quote}${out}${quote}`
}

function codePointEscape(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`
  return `\\U${code.toString(16).padStart(8, '0')}`
}

/** `repr(float)`: the shortest round-tripping digits, in exponent form outside 1e-4 ≤ |x| < 1e16. */
function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan'
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf'
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0'
  const sign = value < 0 ? '-' : ''
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e')
  const digits = mantissa.replace('.', '')
  const point = Number(exponent) + 1
  if (point > -4 && point <= 16) {
    if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
    if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
  }
  const scaled = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`
  const power = point - 1
  return `${sign}${scaled}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': ''
}

/**
 * The text between a string literal's quotes decoded as Jinja's lexer does:
 * `.encode("ascii", "backslashreplace").decode("unicode-escape")`. Python reprs decode the same way.
 * Throws on a malformed escape, and on `\N{…}` (no Unicode name table here).
 */
export function decodePythonEscapes(body: string): string {
  const ascii = body.replace(/[^\0-\x7f]/gu, char => codePointEscape(char.codePointAt(0) ?? 0))
  let out = ''
  for (let i = 0; i < ascii.length; i++) {
    const char = ascii[i]
    if (char !== '\\') {
      out += char
      continue
    }
    const escaped = ascii[++i]
    if (escaped === undefined) throw new Error('\\ at end of string')
    if (escaped in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[escaped]
    else if (/[0-7]/.test(escaped)) {
      const octal = /^[0-7]{1,3}/.exec(ascii.slice(i))?.[0] ?? escaped
      out += String.fromCodePoint(parseInt(octal, 8))
      i += octal.length - 1
    } else if (escaped === 'x' || escaped === 'u' || escaped === 'U') {
      const length = escaped === 'x' ? 2 : escaped === 'u' ? 4 : 8
      const hex = ascii.slice(i + 1, i + 1 + length)
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === length ? parseInt(hex, 16) : NaN
      if (!(code <= 0x10ffff)) throw new Error(`truncated or invalid \\${escaped}XX escape`)
      out += String.fromCodePoint(code)
      i += length
    } else if (escaped === 'N') throw new Error('\\N{…} escapes are not supported')
    else out += `\\${escaped}`
  }
  return out
}
