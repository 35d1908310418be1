import { parseProject } from '../dbt/parse-project.js'
import type { Environment } from '../environment.js'
import { UserError } from '../errors.js'
import { relationsOf, schemasOf } from '../manifest/relations.js'
import type { Manifest } from '../manifest/types.js'

/**
 * The manifest that names production's schemas: the production state, or without one, the project parsed with
 * production naming (DBT_SLIM_CI_SCHEMA unset), so a profile that ignores the PR schema is caught either way.
 */
export async function productionNaming(env: Environment, production: Manifest | null): Promise<Manifest> {
  return production ?? parseProject(env, {})
}

/**
 * Refuses to build when a PR relation would land in a production schema: the profile or generate_schema_name
 * does not follow DBT_SLIM_CI_SCHEMA, and building would overwrite production.
 */
export function assertBuildsOutsideProduction(
  current: Manifest,
  production: Manifest,
  prSchema: string
): void {
  const productionSchemas = new Set(
    schemasOf(production).map(s => `${s.database ?? ''}.${s.schema}`.toLowerCase())
  )
  const clash = relationsOf(current).find(r =>
    productionSchemas.has(`${r.database ?? ''}.${r.schema}`.toLowerCase())
  )
  if (clash) {
    throw new UserError(
      `${clash.uniqueId} would be built in production schema \`${clash.schema}\`. Builds of this PR must go to \`${prSchema}\` or schemas derived from it: make the profile target's schema \`{{ env_var('DBT_SLIM_CI_SCHEMA', '<production schema>') }}\` and let generate_schema_name derive custom schemas from target.schema (README, "How dbt sees the schema").`
    )
  }
}
