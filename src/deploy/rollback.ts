import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Environment } from '../environment.js'
import { UserError } from '../errors.js'
import { failReport, finishReport, newReport } from '../report/lifecycle.js'
import type { Report } from '../report/types.js'
import { PREVIOUS_MANIFEST, readStateFile, STATE_FILE, type StateFile } from './state-file.js'

/**
 * Swaps the retained previous production back in, atomically, and republishes the state that matches it (so the
 * next PR defers to what production now is). A second rollback swaps forward again.
 */
export async function runRollback(env: Environment): Promise<Report> {
  const report = newReport('rollback', env)
  const warehouse = await env.connectWarehouse()
  try {
    const lock = await warehouse.acquireDeployLock('deploy', env.settings.deploy.lockTimeoutSeconds * 1000)
    try {
      const state = await env.resolveState()
      report.state = state.provenance
      const stateFile = state.dir ? await readStateFile(state.dir) : null
      if (!state.dir || !stateFile) {
        throw new UserError('Nothing to roll back to: no production state with a state.json from a deploy was found. Roll back needs a deploy by dbt-slim-ci that kept the previous production.')
      }
      const record = await warehouse.rollback(stateFile.targets)
      report.deploy = {
        swapped: true,
        swaps: record.targets.map(t => ({ production: t.production, green: t.previous, previousKeptAs: t.previous })),
        preflight: [],
        rollbackInstructions: 'Run rollback again to swap forward to the deploy that was rolled back.'
      }
      const location = await republish(env, state.dir, stateFile)
      env.log.info(`Rolled back ${record.targets.map(t => t.production).join(', ')}; republished the matching state to ${location}.`)
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

/** The previous manifest becomes production state; the rolled-back one becomes "previous". */
async function republish(env: Environment, stateDir: string, stateFile: StateFile): Promise<string> {
  const dir = path.join(env.workDir, 'publish')
  await rm(dir, { recursive: true, force: true })
  await mkdir(path.join(dir, 'previous'), { recursive: true })
  const files = [STATE_FILE]
  const hasPrevious = await copyFile(path.join(stateDir, PREVIOUS_MANIFEST), path.join(dir, 'manifest.json')).then(() => true, () => false)
  if (hasPrevious) files.push('manifest.json')
  await copyFile(path.join(stateDir, 'manifest.json'), path.join(dir, PREVIOUS_MANIFEST))
  files.push(PREVIOUS_MANIFEST)
  const next: StateFile = { ...stateFile, kind: 'rollback', runId: env.run.runId, runUrl: env.run.runUrl, createdAt: env.now().toISOString() }
  await writeFile(path.join(dir, STATE_FILE), `${JSON.stringify(next, null, 2)}\n`)
  return env.publishState({ dir, files })
}
