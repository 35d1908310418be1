import { execFile } from 'node:child_process'
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Settings } from '../config/settings.js'
import { DbtRunner } from '../dbt/runner.js'
import type { Environment, Log, RunInfo } from '../environment.js'
import { Cancellation } from '../flow/cancellation.js'
import { folderStateStore } from '../production-state/folder-store.js'
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
  /** Where deploy and rollback publish the new production state (a folder), and the flag that named it. */
  publishDir: string
  publishLabel?: string
  /** Check the publish folder before the run starts (deploy, rollback): a wrong one is refused before any build. */
  checkPublish?: boolean
  /** A missing or empty `--state` folder is no production state yet (deploy: the first one publishes there). */
  emptyStateMeansNone?: boolean
  write: (text: string) => void
  /** Replaces the profile's warehouse (the demo's embedded Postgres). */
  connectWarehouse?: () => Promise<Warehouse>
  /** Where the run keeps its dbt artifacts (kept afterwards); a fresh temporary folder when absent. */
  workDir?: string
  /** What the process's signals cancel (the CLI entry point's); a run no signal reaches when absent. */
  cancellation?: Cancellation
}

/** The flows' environment on a developer machine: state in folders, no GitHub. */
export async function localEnvironment(options: LocalOptions): Promise<Environment> {
  const { settings, write } = options
  const workDir = options.workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'dbt-slim-ci-')))
  await mkdir(workDir, { recursive: true })
  const log = terminalLog(write)
  const cancellation = options.cancellation ?? new Cancellation()
  const store = folderStateStore({
    path: settings.state.path,
    pathLabel: '`--state`',
    publishDir: options.publishDir,
    publishLabel: options.publishLabel ?? '`--publish-dir`',
    emptyMeansNone: options.emptyStateMeansNone,
    maxAgeHours: settings.state.maxAgeHours
  })
  if (options.checkPublish) await store.checkPublish()
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
    cancellation,
    dbt: new DbtRunner(
      { ...settings.dbt, env: {}, front: settings.front },
      line => write(`    ${line}\n`),
      cancellation
    ),
    now: () => new Date(),
    resolveState: () => store.find(workDir),
    publishState: state => store.publish(state),
    connectWarehouse:
      options.connectWarehouse ?? (() => connectSettingsWarehouse(settings, 'dbt-slim-ci:local')),
    productionSchema: () => productionSchemaOf(settings)
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
