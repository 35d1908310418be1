import { settingMention } from '../config/naming.js'
import { parseProject } from '../dbt/parse-project.js'
import { prEnvironmentOf } from '../dbt/pr-environment.js'
import type { Environment } from '../environment.js'
import { runFlow } from '../flow/runner.js'
import { schemasOf } from '../manifest/relations.js'
import type { Manifest } from '../manifest/types.js'
import { recordDryRun } from '../report/lifecycle.js'
import type { Report } from '../report/types.js'
import { assertPrNamesFit, derivesFromPrSchema } from './safety.js'

/**
 * Drops every schema a closed PR built into: the schemas its own manifest renders (so custom schema macros are
 * honoured), never one that production uses.
 */
export function runCleanup(env: Environment): Promise<Report> {
  return runFlow('cleanup', env, async flow => {
    const state = await flow.step('resolve production state', () => env.resolveState())
    flow.report.state = state.provenance
    const pr = await flow.step('name the PR schema', () => prEnvironmentOf(env))
    const current = await flow.step('parse', () => parseProject(env, pr.dbtEnv))
    // Both what production state names and what the project names with production naming: never drop either.
    const productionNamed = await flow.step('parse with production naming', () => parseProject(env, {}))
    await flow.step('check the PR schemas', () =>
      assertPrNamesFit(current, pr.schema, settingMention('schema-prefix', env.settings.front))
    )
    const candidates = candidateSchemas(current, pr.schema)
    const protectedSchemas = new Set(
      [...(state.manifest ? schemasOf(state.manifest) : []), ...schemasOf(productionNamed)].map(s =>
        s.schema.toLowerCase()
      )
    )
    const warehouse = await flow.step('connect to the warehouse', () => env.connectWarehouse())
    flow.onExit(() => warehouse.close())
    flow.report.cleanup = { droppedSchemas: [], keptSchemas: [] }
    const cleanup = flow.report.cleanup
    await flow.step('drop the PR schemas', async () => {
      for (const [schema, database] of candidates) {
        const container = { level: 'schema' as const, database, name: schema }
        if (protectedSchemas.has(schema.toLowerCase())) {
          cleanup.keptSchemas.push({ schema, reason: 'production uses it' })
        } else if (!derivesFromPrSchema(schema, pr.schema)) {
          cleanup.keptSchemas.push({
            schema,
            reason: `it is not derived from the PR schema \`${pr.schema}\` (the target ignores DBT_SLIM_CI_SCHEMA), so other runs may share it`
          })
        } else if (!(await warehouse.containerExists(container))) {
          cleanup.keptSchemas.push({ schema, reason: 'it does not exist' })
        } else {
          await warehouse.drop(container)
          cleanup.droppedSchemas.push(schema)
          env.log.info(`${env.settings.dryRun ? 'Dry run: would drop' : 'Dropped'} schema ${schema}.`)
        }
      }
    })
    if (env.settings.dryRun) {
      const sql = warehouse.statements.filter(statement => statement.skipped).map(statement => statement.sql)
      recordDryRun(flow.report, { sql })
      for (const statement of sql) env.log.info(`Dry run, not running: ${statement}`)
    }
  })
}

/** The schemas the PR's manifest renders, plus the PR schema itself, sorted by name. */
function candidateSchemas(current: Manifest, prSchema: string): [string, string | null][] {
  const candidates = new Map<string, string | null>()
  for (const { database, schema } of schemasOf(current)) candidates.set(schema, database)
  if (!candidates.has(prSchema)) candidates.set(prSchema, [...candidates.values()][0] ?? null)
  return [...candidates.entries()].sort(([a], [b]) => a.localeCompare(b))
}
