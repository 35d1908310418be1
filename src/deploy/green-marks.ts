import type { Environment } from '../environment.js'
import { renewedMark } from '../warehouse/ownership-mark.js'
import type { SwapTarget, Warehouse } from '../warehouse/warehouse.js'

/**
 * Marks every green container before dbt builds into it. The mark travels with the container through the swap
 * (a rename), so production and the previous production say which deploy built them and when; garbage
 * collection reads the age of green leftovers from it. A warehouse that refuses comments only costs the mark.
 */
export async function markGreen(
  env: Environment,
  warehouse: Warehouse,
  targets: SwapTarget[]
): Promise<void> {
  const owner = { role: 'deploy' as const, repository: env.run.repository, pullRequest: null }
  for (const target of targets) {
    const green = { level: target.level, database: target.database, name: target.green }
    try {
      await warehouse.markContainer(green, renewedMark(owner, null, env.now()))
    } catch (error) {
      env.log.warning(`Could not write the ownership mark on ${target.green}: ${(error as Error).message}`)
    }
  }
}
