import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Settings } from '../config/settings.js'
import { DbtRunner } from '../dbt/runner.js'
import type { Environment, Log, PublishedState, RunInfo } from '../environment.js'
import { findProductionState } from '../github/production-state.js'
import { NO_PROVENANCE } from '../github/state-provenance.js'
import { STATE_FILES, stateRecordJson } from '../github/state-record.js'
import { resolvedStateOf } from '../state-source.js'
import { connectSettingsWarehouse, productionSchemaOf } from '../warehouse/settings-target.js'
import type { Warehouse } from '../warehouse/warehouse.js'

/** Progress on the terminal: group titles as headings, dbt's lines indented under them. */
export function terminalLog(write: (text: string) => void): Log {
  return {
    info: message => write(`${message}\n`),
    warning: message => write(`warning: ${message}\n`),
    debug: message => {
      if (process.env.DBT_SLIM_CI_DEBUG) write(`debug: ${message}\n`)
    },
    async group(name, fn) {
      write(`\n▸ ${name}\n`)
      return fn()
    }
  }
}

export interface LocalOptions {
  settings: Settings
  run: Partial<RunInfo>
  /** Where deploy and rollback publish the new production state (a folder). */
  publishDir: string
  write: (text: string) => void
  /** Replaces the profile's warehouse (the demo's embedded Postgres). */
  connectWarehouse?: () => Promise<Warehouse>
  /** Where the run keeps its dbt artifacts (kept afterwards); a fresh temporary folder when absent. */
  workDir?: string
}

/** The flows' environment on a developer machine: state in folders, no GitHub. */
export async function localEnvironment(options: LocalOptions): Promise<Environment> {
  const { settings, write } = options
  const workDir = options.workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'dbt-slim-ci-')))
  await mkdir(workDir, { recursive: true })
  const log = terminalLog(write)
  return {
    settings,
    run: {
      repository: 'local',
      runId: null,
      runUrl: null,
      pullRequest: null,
      commitSha: await gitHead(settings.dbt.projectDir),
      ...options.run
    },
    workDir,
    log,
    dbt: new DbtRunner({ ...settings.dbt, env: {} }, line => write(`    ${line}\n`)),
    now: () => new Date(),
    async resolveState() {
      if (!settings.state.path) {
        return resolvedStateOf({
          found: false,
          provenance: NO_PROVENANCE,
          reasons: ['No --state folder was given.'],
          examinedRuns: []
        })
      }
      return resolvedStateOf(
        await findProductionState({
          token: '',
          owner: '',
          repo: '',
          artifact: '',
          workflow: '',
          branch: null,
          maxRuns: 0,
          path: settings.state.path,
          maxAgeHours: settings.state.maxAgeHours,
          destination: workDir
        })
      )
    },
    publishState: state => publishToFolder(options.publishDir, state),
    connectWarehouse:
      options.connectWarehouse ?? (() => connectSettingsWarehouse(settings, 'dbt-slim-ci:local')),
    productionSchema: () => productionSchemaOf(settings)
  }
}

/**
 * Writes the state files under the names a state artifact uses, so the folder works as `--state` later. Files
 * are staged first: the previous manifest may be the folder's own manifest.json, which the new one replaces.
 */
async function publishToFolder(dir: string, state: PublishedState): Promise<string> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'dbt-slim-ci-publish-'))
  try {
    const sources: [string | null, string][] = [
      [state.manifestPath, STATE_FILES.manifest],
      [state.runResultsPath, STATE_FILES.runResults],
      [state.previousManifestPath, STATE_FILES.previousManifest]
    ]
    for (const [source, name] of sources) if (source) await copyFile(source, path.join(staging, name))
    await writeFile(path.join(staging, STATE_FILES.record), stateRecordJson(state.record))
    await mkdir(dir, { recursive: true })
    for (const name of Object.values(STATE_FILES)) await rm(path.join(dir, name), { force: true })
    for (const name of await readdir(staging)) await copyFile(path.join(staging, name), path.join(dir, name))
    return dir
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** The commit checked out where the project is, as `git rev-parse HEAD` says; null outside a git checkout. */
async function gitHead(dir: string): Promise<string | null> {
  return new Promise(resolve => {
    execFile('git', ['rev-parse', 'HEAD'], { cwd: dir }, (error, stdout) => {
      const sha = stdout.trim()
      resolve(!error && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null)
    })
  })
}
