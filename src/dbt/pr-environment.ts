import { pullRequestOf, type Environment } from '../environment.js'
import { UserError } from '../errors.js'

/** The environment variables through which the project's profile and macros see a PR build. */
export function prDbtEnv(prSchema: string, pullRequest: number): Record<string, string> {
  return { DBT_SLIM_CI_SCHEMA: prSchema, DBT_SLIM_CI_MODE: 'defer', DBT_SLIM_CI_PR: String(pullRequest) }
}

/** The schema a pull request builds into: `<prefix>_pr_<number>`; custom schemas derive from it. */
export function prSchemaName(prefix: string, pullRequest: number): string {
  if (!Number.isInteger(pullRequest) || pullRequest <= 0) {
    throw new UserError(
      `Cannot name a PR schema without a pull request number (got ${pullRequest}): run defer mode on a pull_request event or pass one.`
    )
  }
  return `${prefix}_pr_${pullRequest}`
}

/** A PR run's schema and dbt environment: the `schema-prefix` input, else the production target schema. */
export async function prEnvironmentOf(
  env: Environment
): Promise<{ pullRequest: number; schema: string; dbtEnv: Record<string, string> }> {
  const pullRequest = pullRequestOf(env)
  const schema = prSchemaName(env.settings.schemaPrefix ?? (await env.productionSchema()), pullRequest)
  return { pullRequest, schema, dbtEnv: prDbtEnv(schema, pullRequest) }
}

/** The PR schema of this run. */
export async function prSchemaOf(env: Environment): Promise<string> {
  return (await prEnvironmentOf(env)).schema
}
