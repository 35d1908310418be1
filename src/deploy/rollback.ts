import type { Environment } from '../environment.js'
import { UserError } from '../errors.js'
import { failReport, finishReport, newReport } from '../report/lifecycle.js'
import type { Report } from '../report/types.js'
import { deployDetails, recordedTargets } from './deploy-record.js'

/**
 * Swaps the retained previous production back in, atomically, and republishes the state that matches it (so the
 * next PR defers to what production now is). A second rollback swaps forward again.
 */
export async function runRollback(env: Environment): Promise<Report> {
  const report = newReport('rollback', env)
  const warehouse = await env.connectWarehouse()
  try {
    const lock = await warehouse.acquireDeployLock('deploy', env.settings.deploy.lockTimeoutSeconds * 1000, {
      onWaiting: message => env.log.info(message),
      cancellation: env.cancellation
    })
    try {
      const state = await env.resolveState()
      report.state = state.provenance
      const targets = recordedTargets(state.record, state.provenance.location ?? 'no state found')
      if (!state.manifest || !state.previousManifestPath) {
        throw new UserError(
          'Nothing to roll back to: the production state holds no previous manifest, so the deploy that published it had no previous production.'
        )
      }
      const record = await warehouse.rollback(targets)
      report.deploy = {
        swapped: true,
        swaps: record.targets.map(t => ({
          production: t.production,
          green: t.previous,
          previousKeptAs: t.previous
        })),
        preflight: [],
        rollbackInstructions: 'Run rollback again to swap forward to the deploy that was rolled back.'
      }
      const location = await env.publishState({
        manifestPath: state.previousManifestPath,
        runResultsPath: null,
        previousManifestPath: state.manifest.path,
        record: {
          commitSha: env.run.commitSha,
          runId: env.run.runId,
          runUrl: env.run.runUrl,
          producedAt: env.now().toISOString(),
          dbtVersion: state.manifest.metadata.dbtVersion,
          schemas: targets.map(t => t.production),
          details: deployDetails({ kind: 'rollback', warehouse: warehouse.kind, targets })
        }
      })
      env.log.info(
        `Rolled back ${targets.map(t => t.production).join(', ')}; republished the matching state to ${location}.`
      )
    } finally {
      await lock.release()
    }
  } catch (error) {
    failReport(report, 'rollback', error instanceof Error ? error.message : String(error))
  } finally {
    await warehouse.close()
  }
  return finishReport(report, env.now())
}
