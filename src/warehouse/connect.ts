import { UserError } from '../errors.js'
import { createPostgresWarehouse } from './postgres/pg-session.js'
import { postgresConnectionFromProfile } from './postgres/profile-connection.js'
import { originOf, type ProfileTarget } from './profile.js'
import type { SnowflakeWarehouseRunOptions } from './snowflake/index.js'
import { POSTGRES_CAPABILITIES } from './postgres/postgres-warehouse.js'
import { SNOWFLAKE_CAPABILITIES } from './snowflake/snowflake-warehouse.js'
import type { PreflightFinding, Warehouse, WarehouseCapabilities } from './warehouse.js'

export interface ConnectOptions {
  /** Record mutating statements instead of running them; catalog reads still run. */
  dryRun?: boolean
  /** Tags every statement where the warehouse supports it (Snowflake QUERY_TAG). */
  queryTag?: string
  /** Postgres: lock_timeout of the swap transaction. */
  swapLockTimeoutMs?: number
  /** Postgres: whether objects that would keep reading the previous data stop the deploy (`error`) or warn. */
  dependencySeverity?: PreflightFinding['severity']
  /** Snowflake-only settings (quoting, lock database, a test endpoint). */
  snowflake?: Omit<SnowflakeWarehouseRunOptions, 'dryRun' | 'queryTag'>
}

/** How a deploy reaches production on a dbt adapter's warehouse, known without connecting; null when unsupported. */
export function deployStrategyOf(adapterType: string | null): WarehouseCapabilities['deployStrategy'] | null {
  if (adapterType === 'postgres') return POSTGRES_CAPABILITIES.deployStrategy
  if (adapterType === 'snowflake') return SNOWFLAKE_CAPABILITIES.deployStrategy
  return null
}

/** Opens the warehouse a dbt profile target points at. The Snowflake driver is loaded only for Snowflake targets. */
export async function connectWarehouse(
  target: ProfileTarget,
  options: ConnectOptions = {}
): Promise<Warehouse> {
  switch (target.type) {
    case 'postgres':
      return createPostgresWarehouse(postgresConnectionFromProfile(target), {
        dryRun: options.dryRun,
        swapLockTimeoutMs: options.swapLockTimeoutMs,
        dependencySeverity: options.dependencySeverity
      })
    case 'snowflake': {
      const snowflake = await import('./snowflake/index.js')
      return snowflake.createSnowflakeWarehouse(
        { ...snowflake.snowflakeSettingsFromProfile({ ...target.fields }), origin: originOf(target) },
        {
          ...options.snowflake,
          dryRun: options.dryRun,
          queryTag: options.queryTag
        }
      )
    }
    default:
      throw new UserError(
        `${target.profilesFile}: output "${target.targetName}" of profile "${target.profileName}" is a ` +
          `${target.type} target; blue/green deploys support postgres and snowflake targets only.`
      )
  }
}
