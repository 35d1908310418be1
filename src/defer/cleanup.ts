import { schemasOf } from '../manifest/relations.js'
import type { Environment } from '../environment.js'
import { finishReport, newReport } from '../report/lifecycle.js'
import type { Report } from '../report/types.js'
import type { Container } from '../warehouse/warehouse.js'
import { parseProject, prDbtEnv, prSchemaOf } from './flow.js'
import { markedPrSchemas } from './pr-marks.js'

/**
 * Drops every schema a closed PR built into: those carrying its ownership mark (whatever target or naming
 * created them), and the schemas its own manifest renders (schemas built before marks existed), never one that
 * production uses.
 */
export async function runCleanup(env: Environment): Promise<Report> {
  const report = newReport('cleanup', env)
  const state = await env.resolveState()
  report.state = state.provenance
  const prSchema = await prSchemaOf(env)
  const current = await parseProject(env, 'pr-parse', prDbtEnv(prSchema, env.run.pullRequest as number))
  // Both what production state names and what the project names with production naming: never drop either.
  const productionSchemas = new Set(
    [
      ...(state.manifest ? schemasOf(state.manifest) : []),
      ...schemasOf(await parseProject(env, 'prod-parse', {}))
    ].map(s => s.schema.toLowerCase())
  )
  const candidates = new Map<string, Container>()
  const add = (container: Container) =>
    candidates.set(`${container.database ?? ''}.${container.name}`.toLowerCase(), container)
  for (const { database, schema } of schemasOf(current)) add({ level: 'schema', database, name: schema })
  const databases = [...new Set([...candidates.values()].map(c => c.database))]
  if (![...candidates.values()].some(c => c.name === prSchema))
    add({ level: 'schema', database: databases[0] ?? null, name: prSchema })

  const dropped: string[] = []
  const kept: { schema: string; reason: string }[] = []
  const warehouse = await env.connectWarehouse()
  try {
    // Marked schemas replace their name-derived twins: the warehouse's stored spelling is the one to drop.
    for (const { container } of await markedPrSchemas(env, warehouse, databases)) add(container)
    for (const container of [...candidates.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      const schema = container.name
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
