/**
 * Which constraint types each adapter ENFORCES (the `CONSTRAINT_SUPPORT` tables in each adapter's impl.py).
 * Removing an enforced constraint from a contracted table is a breaking change; others are not.
 */
const BASE_ENFORCED = ['not_null', 'foreign_key']
const ENFORCED_BY_ADAPTER: Record<string, readonly string[]> = {
  postgres: ['check', 'not_null', 'unique', 'primary_key', 'foreign_key'],
  snowflake: ['not_null'],
  redshift: ['not_null'],
  bigquery: ['not_null'],
  spark: [],
  databricks: ['check', 'not_null'],
  athena: []
}

export function isConstraintEnforced(adapterType: string | null, constraintType: string): boolean {
  // dbt looks the table up by adapter; without an adapter there is nothing enforced to break
  if (adapterType === null) return false
  return (ENFORCED_BY_ADAPTER[adapterType] ?? BASE_ENFORCED).includes(constraintType)
}
