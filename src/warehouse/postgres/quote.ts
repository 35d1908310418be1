import { UserError } from '../../errors.js'

/** Postgres silently truncates longer identifiers, which could make two names meet or hit another object. */
export const MAX_IDENTIFIER_BYTES = 63

/**
 * Quotes one identifier the way Postgres' quote_ident does, but always: the name keeps its exact case and
 * cannot end the identifier early, so it can neither inject SQL nor resolve to another object.
 */
export function quoteIdent(identifier: string): string {
  if (identifier.length === 0) throw new UserError('An empty name cannot be used as a Postgres identifier.')
  if (identifier.includes('\0'))
    throw new UserError(`The name ${JSON.stringify(identifier)} contains a NUL byte.`)
  const bytes = Buffer.byteLength(identifier, 'utf8')
  if (bytes > MAX_IDENTIFIER_BYTES) {
    throw new UserError(
      `The name "${identifier}" is ${bytes} bytes long; Postgres truncates names to ${MAX_IDENTIFIER_BYTES} bytes, ` +
        'so it could refer to another object. Choose a shorter schema or relation name (or a shorter green/previous suffix).'
    )
  }
  return `"${identifier.replaceAll('"', '""')}"`
}

/** `"schema"."name"` */
export function qualify(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`
}

/** A string constant, written like Postgres' quote_literal so it is safe whatever standard_conforming_strings is. */
export function quoteLiteral(value: string): string {
  if (value.includes('\0')) throw new UserError(`The text ${JSON.stringify(value)} contains a NUL byte.`)
  const quoted = value.replaceAll("'", "''")
  return value.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`
}
