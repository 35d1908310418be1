import { parseProject } from '../dbt/parse-project.js'
import type { Environment } from '../environment.js'
import { UserError } from '../errors.js'
import { relationsOf, schemasOf } from '../manifest/relations.js'
import type { Manifest } from '../manifest/types.js'
import { assertNamesFit } from '../warehouse/identifier-limit.js'

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

/** Whether a schema is the PR schema or derived from it (`<pr schema>_<custom>`, or any name containing it). */
export function derivesFromPrSchema(schema: string, prSchema: string): boolean {
  return schema.toLowerCase().includes(prSchema.toLowerCase())
}

/**
 * Refuses to build when a relation the PR will build does not land in the PR schema or one derived from it: the
 * CI target ignores DBT_SLIM_CI_SCHEMA (e.g. a hard-coded `schema: dbt_ci`), so the build would write into a
 * shared schema that cleanup could then neither tell apart nor drop.
 */
export function assertBuildsInPrSchemas(
  current: Manifest,
  building: ReadonlySet<string>,
  prSchema: string
): void {
  const stray = relationsOf(current).filter(
    r => building.has(r.uniqueId) && !derivesFromPrSchema(r.schema, prSchema)
  )
  if (stray.length === 0) return
  const schemas = [...new Set(stray.map(r => r.schema))]
  throw new UserError(
    `${stray[0].uniqueId}${stray.length > 1 ? ` and ${stray.length - 1} more` : ''} would be built in ${schemas.map(s => `\`${s}\``).join(', ')}, not in the PR schema \`${prSchema}\`: the dbt target ignores DBT_SLIM_CI_SCHEMA.`,
    {
      hint: `Make the target's schema \`{{ env_var('DBT_SLIM_CI_SCHEMA', '<production schema>') }}\` in profiles.yml and let generate_schema_name derive custom schemas from target.schema (README, "How dbt sees the schema").`
    }
  )
}

/** The schemas a PR run will create must fit the warehouse's identifier limit, checked before dbt runs. */
export function assertPrNamesFit(current: Manifest, prSchema: string, schemaPrefixLabel: string): void {
  const schemas = new Set([prSchema, ...schemasOf(current).map(s => s.schema)])
  assertNamesFit(
    [...schemas].map(name => ({ name, what: name === prSchema ? 'the PR schema' : 'a schema of this PR' })),
    current.metadata.adapterType,
    `Use a shorter ${schemaPrefixLabel} (or shorter custom schema names), so every PR schema keeps its own name.`
  )
}
