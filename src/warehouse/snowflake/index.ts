import { connectSnowflake } from './connection.js'
import { DBT_SNOWFLAKE_DEFAULT_QUOTING, type SnowflakeQuoting } from './names.js'
import type { SnowflakeConnectionSettings } from './settings.js'
import { SnowflakeWarehouse } from './snowflake-warehouse.js'

export interface SnowflakeWarehouseRunOptions {
  /** Print mutating statements instead of running them; reads (SHOW, INFORMATION_SCHEMA) still run. */
  dryRun?: boolean
  /** QUERY_TAG of every statement, e.g. `dbt-slim-ci:deploy:<run id>`; default: the profile's query_tag. */
  queryTag?: string
  /** Overrides the account URL (tests point the driver at a loopback fake). */
  accessUrl?: string
  /** dbt_project.yml `quoting`; dbt-snowflake's default is false for both. */
  quoting?: Partial<SnowflakeQuoting>
  /** Database holding the deploy lock schema; default: the profile's database. */
  lockDatabase?: string
}

export async function createSnowflakeWarehouse(
  settings: SnowflakeConnectionSettings,
  options: SnowflakeWarehouseRunOptions = {}
): Promise<SnowflakeWarehouse> {
  const queryTag = options.queryTag ?? settings.queryTag ?? 'dbt-slim-ci'
  const session = await connectSnowflake(settings, { queryTag, accessUrl: options.accessUrl })
  return new SnowflakeWarehouse(session, {
    dryRun: options.dryRun ?? false,
    quoting: { ...DBT_SNOWFLAKE_DEFAULT_QUOTING, ...options.quoting },
    defaultDatabase: settings.database,
    lockDatabase: options.lockDatabase ?? settings.database,
    holder: queryTag
  })
}

export { snowflakeSettingsFromProfile, type SnowflakeConnectionSettings } from './settings.js'
