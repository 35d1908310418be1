import type { Environment } from '../environment.js'
import { runFlow } from '../flow/runner.js'
import type { Report } from '../report/types.js'
import { deployContainers } from './container-deploy.js'
import { deployRelations } from './relation-deploy.js'
import { assertNotOlderThanProduction } from './run-order.js'

/**
 * Blue/green deploy: build and test the change in green and only if everything passes swap it into production
 * atomically, keeping the previous production for rollback, then publish the new production state. How green is
 * made and what the swap moves follow the warehouse (`deployStrategy`): whole containers cloned zero-copy, or only
 * the relations the deploy rebuilds. A failure before the swap leaves production untouched.
 */
/**
 * Deploys of one production (its target schema) exclude each other; deploys of other projects in the same
 * database do not wait for them (their swaps still serialise on the swap lock).
 */
export function deployLockKey(productionSchema: string): string {
  return `deploy:${productionSchema}`
}

export function runDeploy(env: Environment): Promise<Report> {
  return runFlow('deploy', env, async flow => {
    env.dbt.warmUp()
    const warehouse = await flow.step('connect to the warehouse', () => env.connectWarehouse())
    flow.onExit(() => warehouse.close())
    const lock = await flow.step('take the deploy lock', async () => {
      const key = deployLockKey(await env.productionSchema())
      return env.log.group('Take the deploy lock', () =>
        warehouse.acquireDeployLock(key, env.settings.deploy.lockTimeoutSeconds * 1000, {
          onWaiting: message => env.log.info(message),
          cancellation: env.cancellation
        })
      )
    })
    flow.onExit(() => lock.release())
    const state = await flow.step('resolve production state', () => env.resolveState())
    flow.report.state = state.provenance
    await flow.step('check the run order', () =>
      assertNotOlderThanProduction(env.run.runId, state.provenance)
    )
    const { relationDeploys, containerDeploys } = warehouse
    if (warehouse.capabilities.deployStrategy === 'relation' && relationDeploys) {
      return deployRelations(flow, warehouse, relationDeploys, state)
    }
    if (warehouse.capabilities.deployStrategy === 'container' && containerDeploys) {
      return deployContainers(flow, warehouse, containerDeploys, state)
    }
    throw new Error(
      `The ${warehouse.kind} warehouse offers no ${warehouse.capabilities.deployStrategy} deploys.`
    )
  })
}
