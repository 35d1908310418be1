import { parseProject } from '../dbt/parse-project.js'
import { swapTargets } from '../deploy/swap-targets.js'
import type { Environment } from '../environment.js'
import { UserError } from '../errors.js'
import { runFlow } from '../flow/runner.js'
import { schemasOf } from '../manifest/relations.js'
import { recordDryRun } from '../report/lifecycle.js'
import type { Report } from '../report/types.js'
import { sweep, type PullRequestLookup } from './sweep.js'

export type { PullRequestLookup } from './sweep.js'

/**
 * Garbage collection for a `schedule:` workflow: drops the schemas of closed pull requests and of pull requests
 * idle longer than the TTL, and green and previous leftovers older than it. Schemas are found by their ownership
 * mark, whatever naming made them; none that production state or production naming uses is ever dropped.
 */
export function runGc(env: Environment, pullRequests: PullRequestLookup): Promise<Report> {
  return runFlow('gc', env, async flow => {
    const state = await flow.step('resolve production state', () => env.resolveState())
    flow.report.state = state.provenance
    const production = await flow.step('parse with production naming', () =>
      parseProject(env, { DBT_SLIM_CI_MODE: 'deploy' })
    )
    const productionSchema = await flow.step('name the production schema', () => env.productionSchema())
    const warehouse = await flow.step('connect to the warehouse', () => env.connectWarehouse())
    flow.onExit(() => warehouse.close())
    const { targets } = await flow.step('parse with green naming', () =>
      swapTargets(env, warehouse, production, productionSchema)
    )
    const outcome = await flow.step('find and drop', () =>
      sweep(warehouse, {
        repository: env.run.repository,
        targets,
        productionSchemas: [
          ...(state.manifest ? schemasOf(state.manifest) : []),
          ...schemasOf(production),
          ...(state.record?.schemas ?? []).map(schema => ({ database: null, schema }))
        ],
        pullRequests,
        now: env.now(),
        ttlHours: env.settings.gc.ttlHours,
        productionSince: state.record?.producedAt ?? null,
        dryRun: env.settings.dryRun,
        log: env.log
      })
    )
    flow.report.gc = outcome.gc
    if (env.settings.dryRun) {
      const sql = warehouse.statements.filter(statement => statement.skipped).map(statement => statement.sql)
      recordDryRun(flow.report, { sql })
      for (const statement of sql) env.log.info(`Dry run, not running: ${statement}`)
    }
    if (outcome.failures.length > 0) throw new UserError(outcome.failures.join('\n'))
  })
}
