import { parseProject } from '../dbt/parse-project.js'
import { prEnvironmentOf } from '../dbt/pr-environment.js'
import type { Environment } from '../environment.js'
import { runFlow } from '../flow/runner.js'
import { schemasOf } from '../manifest/relations.js'
import type { Manifest } from '../manifest/types.js'
import type { Report } from '../report/types.js'
import type { Container } from '../warehouse/warehouse.js'
import { UserError } from '../errors.js'
import { dropAll } from './drop-schemas.js'
import { markedPrSchemas } from './pr-marks.js'

/**
 * Drops every schema a closed PR built into: those carrying its ownership mark (whatever target or naming
 * created them), and the schemas its own manifest renders (schemas built before marks existed), never one that
 * production uses.
 */
export function runCleanup(env: Environment): Promise<Report> {
  return runFlow('cleanup', env, async flow => {
    const state = await flow.step('resolve production state', () => env.resolveState())
    flow.report.state = state.provenance
    const pr = await flow.step('name the PR schema', () => prEnvironmentOf(env))
    const current = await flow.step('parse', () => parseProject(env, pr.dbtEnv))
    // Both what production state names and what the project names with production naming: never drop either.
    const productionNamed = await flow.step('parse with production naming', () =>
      parseProject(env, {})
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
    await flow.step('find the PR schemas by ownership mark', async () => {
      const databases = [...new Set([...candidates.values()].map(c => c.database))]
      for (const { container } of await markedPrSchemas(env, warehouse, databases)) {
        candidates.set(candidateKey(container), container)
      }
    })
    await flow.step('drop the PR schemas', async () => {
      const doomed: Container[] = []
      for (const container of [...candidates.values()].sort((a, b) => a.name.localeCompare(b.name))) {
        const schema = container.name
        if (protectedSchemas.has(schema.toLowerCase())) {
          cleanup.keptSchemas.push({ schema, reason: 'production uses it' })
        } else if (!(await warehouse.containerExists(container))) {
          cleanup.keptSchemas.push({ schema, reason: 'it does not exist' })
        } else {
          doomed.push(container)
        }
      }
      const outcome = await dropAll(warehouse, doomed, ({ name }) => {
        cleanup.droppedSchemas.push(name)
        env.log.info(`Dropped schema ${name}.`)
      })
      if (outcome.failed.length > 0) {
        throw new UserError(outcome.failed.map(f => f.error.message).join('\n'))
      }
    })
  })
}

/**
 * The schemas the PR's manifest renders, plus the PR schema itself. Keys ignore case, so a marked schema as the
 * warehouse stores it (Snowflake upper-cases) replaces its name-derived twin.
 */
function candidateSchemas(current: Manifest, prSchema: string): Map<string, Container> {
  const candidates = new Map<string, Container>()
  const add = (container: Container) => candidates.set(candidateKey(container), container)
  for (const { database, schema } of schemasOf(current)) add({ level: 'schema', database, name: schema })
  if (![...candidates.values()].some(c => c.name === prSchema)) {
    add({ level: 'schema', database: [...candidates.values()][0]?.database ?? null, name: prSchema })
  }
  return candidates
}

function candidateKey(container: Container): string {
  return `${container.database ?? ''}.${container.name}`.toLowerCase()
}
