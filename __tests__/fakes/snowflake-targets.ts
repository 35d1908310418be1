import type { SwapTarget } from '../../src/warehouse/warehouse.js'

/** The swap targets the Snowflake tests use: one schema, and one whole database. */
export const schemaTarget: SwapTarget = {
  level: 'schema',
  database: null,
  production: 'marts',
  green: 'marts__green',
  previous: 'marts__previous'
}

export const databaseTarget: SwapTarget = {
  level: 'database',
  database: null,
  production: 'analytics',
  green: 'analytics__green',
  previous: 'analytics__previous'
}
