import { UserError } from '../errors.js'

/** The longest name a warehouse keeps; longer ones are cut (Postgres) or refused, so two names could meet. */
export interface IdentifierLimit {
  warehouse: string
  max: number
  unit: 'bytes' | 'characters'
}

/** By dbt adapter type: Postgres and Redshift count UTF-8 bytes (NAMEDATALEN), the others characters. */
const LIMITS: Record<string, IdentifierLimit> = {
  postgres: { warehouse: 'Postgres', max: 63, unit: 'bytes' },
  redshift: { warehouse: 'Redshift', max: 127, unit: 'bytes' },
  snowflake: { warehouse: 'Snowflake', max: 255, unit: 'characters' },
  databricks: { warehouse: 'Databricks', max: 255, unit: 'characters' },
  bigquery: { warehouse: 'BigQuery', max: 1024, unit: 'characters' }
}

export function identifierLimit(adapterType: string | null): IdentifierLimit | null {
  return adapterType ? (LIMITS[adapterType.toLowerCase()] ?? null) : null
}

export function identifierLength(name: string, limit: IdentifierLimit): number {
  return limit.unit === 'bytes' ? Buffer.byteLength(name, 'utf8') : [...name].length
}

/** A name the tool is about to create, and what it is for the message ("green schema of `analytics`"). */
export interface PlannedName {
  name: string
  what: string
}

/**
 * Refuses, before anything runs, when a name the tool will create does not fit the warehouse: Postgres would cut
 * it silently, so PR 12345's schema would become PR 123's, or a green schema would land on another one.
 */
export function assertNamesFit(names: readonly PlannedName[], adapterType: string | null, fix: string): void {
  const limit = identifierLimit(adapterType)
  if (!limit) return
  const tooLong = names.filter(({ name }) => identifierLength(name, limit) > limit.max)
  if (tooLong.length === 0) return
  const list = tooLong
    .map(({ name, what }) => `\`${name}\` (${what}): ${identifierLength(name, limit)} ${limit.unit}`)
    .join('\n')
  throw new UserError(
    `${tooLong.length === 1 ? 'A name' : `${tooLong.length} names`} this run would create ${tooLong.length === 1 ? 'is' : 'are'} longer than ${limit.warehouse}'s limit of ${limit.max} ${limit.unit}, so ${limit.warehouse === 'Postgres' ? 'Postgres would cut it and it could meet another name' : 'the warehouse would refuse it'}:\n${list}`,
    { hint: fix }
  )
}
