import type { Environment } from '../environment.js'
import { runFlow } from '../flow/runner.js'
import type { Report } from '../report/types.js'
import { deployContainers } from './container-deploy.js'
import { deployRelations } from './relation-deploy.js'

/**
 * Blue/green deploy: build and test the change in green and only if everything passes swap it into production
 * atomically, keeping the previous production for rollback, then publish the new production state. How green is
 * made and what the swap moves follow the warehouse (`deployStrategy`): whole containers cloned zero-copy, or only
 * the relations the deploy rebuilds. A failure before the swap leaves production untouched.
 */
export function runDeploy(env: Environment): Promise<Report> {
  return runFlow('deploy', env, async flow => {
    const warehouse = await flow.step('connect to the warehouse', () => env.connectWarehouse())
    flow.onExit(() => warehouse.close())
    const lock = await flow.step('take the deploy lock', () =>
      env.log.group('Take the deploy lock', () =>
        warehouse.acquireDeployLock('deploy', env.settings.deploy.lockTimeoutSeconds * 1000)
      )
    )
    flow.onExit(() => lock.release())
    const state = await flow.step('resolve production state', () => env.resolveState())
    flow.report.state = state.provenance
    if (warehouse.capabilities.deployStrategy === 'relation' && warehouse.relationDeploys) {
      return deployRelations(flow, warehouse, warehouse.relationDeploys, state)
    }
    return deployContainers(flow, warehouse, state)
  })
}
