import { schemasOf } from '../manifest/relations.js'
import type { PullRequestEnvironment } from '../environment.js'
import { finishReport, newReport } from '../report/lifecycle.js'
import type { Report } from '../report/types.js'
import { parseProject, prDbtEnv, prSchemaOf } from './flow.js'

/**
 * Drops every schema a closed PR built into: the schemas its own manifest renders (so custom schema macros are
 * honoured), never one that production uses.
 */
export async function runCleanup(env: PullRequestEnvironment): Promise<Report> {
  const report = newReport('cleanup', env)
  const state = await env.resolveState()
  report.state = state.provenance
  const prSchema = await prSchemaOf(env)
  const current = await parseProject(env, 'pr-parse', prDbtEnv(prSchema, env.run.pullRequest))
  // Both what production state names and what the project names with production naming: never drop either.
  const productionSchemas = new Set(
    [
      ...(state.manifest ? schemasOf(state.manifest) : []),
      ...schemasOf(await parseProject(env, 'prod-parse', {}))
    ].map(s => s.schema.toLowerCase())
  )
  const candidates = new Map<string, string | null>()
  for (const { database, schema } of schemasOf(current)) candidates.set(schema, database)
  const database = [...candidates.values()][0] ?? null
  if (!candidates.has(prSchema)) candidates.set(prSchema, database)

  const dropped: string[] = []
  const kept: { schema: string; reason: string }[] = []
  const warehouse = await env.connectWarehouse()
  try {
    for (const [schema, db] of [...candidates.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const container = { level: 'schema' as const, database: db, name: schema }
      if (productionSchemas.has(schema.toLowerCase())) {
        kept.push({ schema, reason: 'production uses it' })
      } else if (!(await warehouse.containerExists(container))) {
        kept.push({ schema, reason: 'it does not exist' })
      } else {
        await warehouse.drop(container)
        dropped.push(schema)
        env.log.info(`Dropped schema ${schema}.`)
      }
    }
  } finally {
    await warehouse.close()
  }
  report.cleanup = { droppedSchemas: dropped, keptSchemas: kept }
  return finishReport(report, env.now())
}
