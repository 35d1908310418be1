import { parse, YAMLParseError } from 'yaml'
import { UserError } from '../errors.js'

/**
 * Validators of one raw setting text. Each is told how to name the setting (`label`: an action input or a CLI
 * flag) so its error says what the user wrote and how to fix it.
 */

export function oneOf<T extends string>(label: string, text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text)) {
    throw new UserError(`${label} is \`${text}\`: use one of ${allowed.map(a => `\`${a}\``).join(', ')}.`)
  }
  return text as T
}

export function bool(label: string, text: string): boolean {
  const value = text.toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new UserError(`${label} is \`${text}\`: use \`true\` or \`false\`.`)
}

/** A whole number in [min, max], written in decimal digits (no `1e3`, `0x10` or `1.0`). */
export function int(label: string, text: string, min: number, max: number): number {
  const value = /^-?\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UserError(`${label} is \`${text}\`: use a whole number from ${min} to ${max}.`)
  }
  return value
}

/** A pull request number: a positive integer that a JavaScript number holds exactly. */
export function pullRequestNumber(label: string, text: string): number {
  return int(label, text.trim(), 1, Number.MAX_SAFE_INTEGER)
}

/** One entry per line; blank lines and `#` comments are skipped. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

/** Splits like a POSIX shell for quoting (no expansion): `--vars '{a: 1}'` stays one argument. */
export function splitArgs(label: string, text: string): string[] {
  const args: string[] = []
  let current = ''
  let quote: '"' | "'" | null = null
  let started = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quote) {
      if (char === quote) quote = null
      else if (char === '\\' && quote === '"' && i + 1 < text.length) current += text[++i]
      else current += char
    } else if (char === '"' || char === "'") {
      quote = char
      started = true
    } else if (/\s/.test(char)) {
      if (started) args.push(current)
      current = ''
      started = false
    } else {
      current += char === '\\' && i + 1 < text.length ? text[++i] : char
      started = true
    }
  }
  if (quote) throw new UserError(`${label} has an unclosed ${quote} quote.`)
  if (started) args.push(current)
  return args
}

/** A plain YAML mapping of scalar values (profile fields). */
export function scalarMapping(label: string, text: string): Record<string, string | number | boolean> {
  if (text === '') return {}
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    // yaml's message quotes the offending line, which may hold a secret: say only where it is.
    const at = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : ''
    throw new UserError(`${label} is not valid YAML${at}: write one \`field: value\` per line.`)
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UserError(
      `${label} must be a YAML mapping of profile fields, e.g. \`password: \${{ secrets.DB_PASSWORD }}\`.`
    )
  }
  const fields: Record<string, string | number | boolean> = {}
  for (const [key, value] of Object.entries(doc)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw new UserError(`${label} field \`${key}\` must be a plain value (string, number or boolean).`)
    }
    fields[key] = value as string | number | boolean
  }
  return fields
}
