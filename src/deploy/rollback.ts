import type { Environment } from '../environment.js'
import type { Manifest } from '../manifest/types.js'
import { UserError } from '../errors.js'
import { failReport, finishReport, newReport, recordDryRun } from '../report/lifecycle.js'
import type { Report } from '../report/types.js'
import type { SwapRecord, Warehouse } from '../warehouse/warehouse.js'
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
      // A dry run's warehouse recorded the statements instead of running them; the state stays as it is.
      if (!env.settings.dryRun) {
        await republish(env, report, record, warehouse.kind, {
          restored: state.previousManifestPath,
          rolledBack: state.manifest
        })
      }
    } finally {
      await lock.release()
    }
  } catch (error) {
    failReport(report, 'rollback', error instanceof Error ? error.message : String(error))
  } finally {
    await warehouse.close()
  }
  if (env.settings.dryRun) {
    const sql = warehouse.statements.filter(s => s.skipped).map(s => s.sql)
    recordDryRun(report, { sql })
    if (report.status === 'success')
      report.statusReason = `Dry run: nothing was swapped and no state was published; ${sql.length} statements printed.`
  }
  return finishReport(report, env.now())
}

/** Reports the swap back and publishes the state that matches what production now is. */
async function republish(
  env: Environment,
  report: Report,
  record: SwapRecord,
  warehouseKind: Warehouse['kind'],
  manifests: { restored: string; rolledBack: Manifest }
): Promise<void> {
  const targets = record.targets
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
    manifestPath: manifests.restored,
    runResultsPath: null,
    previousManifestPath: manifests.rolledBack.path,
    record: {
      commitSha: env.run.commitSha,
      runId: env.run.runId,
      runUrl: env.run.runUrl,
      producedAt: env.now().toISOString(),
      dbtVersion: manifests.rolledBack.metadata.dbtVersion,
      schemas: targets.map(t => t.production),
      details: deployDetails({ kind: 'rollback', warehouse: warehouseKind, targets })
    }
  })
  env.log.info(
    `Rolled back ${targets.map(t => t.production).join(', ')}; republished the matching state to ${location}.`
  )
}
