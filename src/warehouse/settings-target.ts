import { settingMention } from '../config/naming.js'
import type { Settings } from '../config/settings.js'
import { UserError } from '../errors.js'
import { connectWarehouse } from './connect.js'
import { readProfileTarget, secretsOf, type ProfileTarget } from './profile.js'
import type { Warehouse } from './warehouse.js'

/** The dbt profile target the settings name, with the `connection` input merged over it. */
export function settingsTarget(
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env
): Promise<ProfileTarget> {
  return readProfileTarget({
    projectDir: settings.dbt.projectDir,
    profilesDir: settings.dbt.profilesDir,
    target: settings.dbt.target,
    overrides: settings.connection,
    env,
    front: settings.front
  })
}

/** The target's schema as production renders it: with DBT_SLIM_CI_SCHEMA unset. */
export async function productionSchemaOf(settings: Settings): Promise<string> {
  const env = { ...process.env }
  delete env.DBT_SLIM_CI_SCHEMA
  const target = await settingsTarget(settings, env)
  if (!target.schema) {
    throw new UserError(
      `${target.profilesFile}: target ${target.targetName} has no schema: set one, or set ${settingMention('schema-prefix', settings.front)}.`
    )
  }
  return target.schema
}

/** Connects to the target's warehouse with the deploy settings; `mask` receives every secret first. */
export async function connectSettingsWarehouse(
  settings: Settings,
  queryTag: string,
  mask: (secret: string) => void = () => undefined
): Promise<Warehouse> {
  const target = await settingsTarget(settings)
  secretsOf(target).forEach(mask)
  return connectWarehouse(target, {
    dryRun: settings.dryRun,
    queryTag: settings.queryTag ?? queryTag,
    swapLockTimeoutMs: settings.deploy.swapLockTimeoutSeconds * 1000,
    dependencySeverity: settings.deploy.preflight === 'fail' ? 'error' : 'warning',
    snowflake: settings.snowflakeLockDatabase ? { lockDatabase: settings.snowflakeLockDatabase } : {}
  })
}
