import { parseProject } from '../dbt/parse-project.js'
import type { Environment } from '../environment.js'
import type { Manifest } from '../manifest/types.js'
import type { SwapTarget, Warehouse } from '../warehouse/warehouse.js'
import { GREEN_SUFFIX, planDatabaseSwap, planSchemaSwap } from './plan.js'

/**
 * Pairs production containers with green ones. Warehouses that swap whole databases do so when the project
 * spans several schemas (one atomic statement); others swap every schema in one transaction.
 */
export async function swapTargets(
  env: Environment,
  warehouse: Warehouse,
  current: Manifest,
  productionSchema: string
): Promise<{ targets: SwapTarget[]; greenEnv: Record<string, string> }> {
  const greenEnv = { DBT_SLIM_CI_MODE: 'deploy', DBT_SLIM_CI_SCHEMA: `${productionSchema}${GREEN_SUFFIX}` }
  const green = await parseProject(env, greenEnv)
  const targets = planSchemaSwap(current, green)
  const database = targets[0]?.database
  if (
    targets.length > 1 &&
    warehouse.capabilities.databaseSwap &&
    !warehouse.capabilities.atomicMultiSchemaSwap &&
    database
  ) {
    const greenDatabase = `${database}${GREEN_SUFFIX}`
    return {
      targets: [planDatabaseSwap(database, greenDatabase)],
      greenEnv: { DBT_SLIM_CI_MODE: 'deploy', DBT_SLIM_CI_DATABASE: greenDatabase }
    }
  }
  return { targets, greenEnv }
}
