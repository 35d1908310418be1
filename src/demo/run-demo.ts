import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseSettings } from '../config/parse-settings.js'
import { localEnvironment } from '../cli/local-environment.js'
import { DbtRunner, type DbtSettings } from '../dbt/runner.js'
import { targetFolder } from '../dbt/target-folder.js'
import { prEnvironmentOf } from '../dbt/pr-environment.js'
import { runDefer } from '../defer/flow.js'
import { runDeploy } from '../deploy/flow.js'
import { runRollback } from '../deploy/rollback.js'
import type { Environment } from '../environment.js'
import { UserError } from '../errors.js'
import { loadManifest } from '../manifest/load.js'
import { renderMarkdown, SUMMARY_LIMIT } from '../report/render.js'
import { renderText } from '../report/render-text.js'
import type { Report } from '../report/types.js'
import { selectNodes } from '../selector/select.js'
import { compareManifests } from '../state/compare.js'
import { explainNode } from '../state/explain.js'
import { quoteIdent } from '../warehouse/postgres/quote.js'
import {
  readRecording,
  RECORDING_FILE,
  RecordingDbtRunner,
  ReplayDbtRunner,
  writeRecording
} from './dbt-recording.js'
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js'
import { applyEdits, CHANGED_RELATION, DEMO_PULL_REQUEST, NEW_MODEL } from './pr-change.js'

export interface DemoOptions {
  /** The example dbt project; the demo works on a copy. */
  projectDir: string
  /** Everything the demo writes goes here (emptied first). */
  workDir: string
  /** Real dbt to run; null replays the committed recording from `dataDir`. */
  dbtExecutable: string | null
  /** Where the committed recording is (examples/demo). */
  dataDir: string
  /** Real dbt only: also write the recording of this run to `dataDir`. */
  record?: boolean
  write: (text: string) => void
}

export interface DemoOutcome {
  mode: 'dbt' | 'replay'
  reports: { firstDeploy: Report; pullRequest: Report; deploy: Report; rollback: Report }
  /** Columns of the changed production relation after the deploy, and after the rollback. */
  productionColumns: { afterDeploy: string[]; afterRollback: string[] }
  files: DemoFiles
}

export interface DemoFiles {
  project: string
  productionState: string
  comment: string
  reports: string
  recording: string | null
}

const PULL_REQUEST = 7
/** The example profile's production schema (DBT_SLIM_CI_SCHEMA unset). */
const PRODUCTION_SCHEMA = 'analytics'

/**
 * The whole story on the example project, on an embedded Postgres and without GitHub: deploy production, open a
 * pull request, plan and explain it, build it with --defer, render its comment, deploy it blue/green, roll back.
 * Every step is the product's own flow; the demo only sequences them and shows what changed in the warehouse.
 */
export async function runDemo(options: DemoOptions): Promise<DemoOutcome> {
  const { write } = options
  if (options.record && options.dbtExecutable === null)
    throw new UserError('Recording the demo data needs dbt: install it with bash scripts/setup-dbt.sh.')
  const files: DemoFiles = {
    project: path.join(options.workDir, 'project'),
    productionState: path.join(options.workDir, 'production-state'),
    comment: path.join(options.workDir, `pr-${PULL_REQUEST}-comment.md`),
    reports: path.join(options.workDir, 'reports'),
    recording: null
  }
  await clearWorkDir(options.workDir)
  await mkdir(files.reports, { recursive: true })
  const artifacts = /[\\/](target|logs|dbt_packages)([\\/]|$)/
  await cp(options.projectDir, files.project, {
    recursive: true,
    filter: source => !artifacts.test(source.slice(options.projectDir.length))
  })

  const mode = options.dbtExecutable === null ? 'replay' : 'dbt'
  chapter(write, 'Setting up')
  const warehouse = await startEmbeddedPostgres()
  try {
    write(`Embedded Postgres (PGlite) listening on ${warehouse.host}:${warehouse.port}, database postgres.\n`)
    const dbt = await demoDbt(options, files.project, warehouse)
    write(
      mode === 'dbt'
        ? `dbt: ${options.dbtExecutable} (one thread: PGlite is a single session).\n`
        : `No dbt to run (or --replay): replaying the committed recording of a real dbt run, ${path.join(options.dataDir, RECORDING_FILE)}.\n`
    )
    const environment = (withState: boolean, pullRequest: number | null) =>
      demoEnvironment(files, withState, pullRequest, dbt, warehouse, write)

    chapter(write, '1. Production: first blue/green deploy of the example project')
    const firstDeploy = await step(write, 'deploy', runDeploy(await environment(false, null)))
    write(
      `Production schemas: ${(await productionSchemas(warehouse)).join(', ')}. State published to ${files.productionState}.\n`
    )

    chapter(write, `2. Pull request #${PULL_REQUEST}`)
    await applyEdits(files.project, DEMO_PULL_REQUEST)
    for (const edit of DEMO_PULL_REQUEST)
      write(`  ${edit.kind.padEnd(13)} ${edit.file}: ${edit.description}\n`)

    chapter(write, `3. Slim CI on pull request #${PULL_REQUEST}: plan, build with --defer, comment`)
    const prEnvironment = await environment(true, PULL_REQUEST)
    const pullRequest = await step(write, 'defer', runDefer(prEnvironment))
    await writeFile(files.comment, renderMarkdown(pullRequest, { target: 'comment', budget: 60_000 }))
    write(`\n${renderText(pullRequest)}\n`)
    write(`\nWhy, in plain words (dbt-slim-ci explain):\n`)
    write(
      `${indent(await explainPullRequest(prEnvironment, files.productionState, ['dim_customers', 'weekly_revenue']))}\n`
    )
    write(`\nThe pull request comment (Markdown): ${files.comment}\n`)

    chapter(write, '4. Merge: blue/green deploy (clone, build and test in green, atomic swap)')
    const deploy = await step(write, 'deploy', runDeploy(await environment(true, null)))
    const afterDeploy = await showRelation(warehouse, write)

    chapter(write, '5. Rollback: the previous production swaps back in')
    const rollback = await step(write, 'rollback', runRollback(await environment(true, null)))
    const afterRollback = await showRelation(warehouse, write)

    for (const [name, report] of Object.entries({
      '1-first-deploy': firstDeploy,
      [`3-pr-${PULL_REQUEST}`]: pullRequest,
      '4-deploy': deploy,
      '5-rollback': rollback
    })) {
      await writeFile(
        path.join(files.reports, `${name}.md`),
        renderMarkdown(report, { target: 'summary', budget: SUMMARY_LIMIT })
      )
    }
    if (options.record && dbt instanceof RecordingDbtRunner)
      files.recording = await writeRecording(options.dataDir, dbt.recording)

    chapter(write, 'Done: the files')
    write(
      [
        `  project with the pull request applied  ${files.project}`,
        `  production state (manifest, state.json) ${files.productionState}`,
        `  pull request comment (Markdown)         ${files.comment}`,
        `  every step's report (Markdown)          ${files.reports}`,
        ...(files.recording ? [`  recording of this dbt run              ${files.recording}`] : [])
      ].join('\n') + '\n'
    )
    return {
      mode,
      reports: { firstDeploy, pullRequest, deploy, rollback },
      productionColumns: { afterDeploy, afterRollback },
      files
    }
  } finally {
    await warehouse.stop()
  }
}

/** Marks a folder as the demo's, so a later run may empty it. */
const WORK_DIR_MARKER = '.dbt-slim-ci-demo'

/** Empties the work folder of an earlier run; refuses to delete a folder the demo did not create. */
async function clearWorkDir(dir: string): Promise<void> {
  const entries: string[] = await readdir(dir).catch(() => [])
  if (entries.length > 0 && !entries.includes(WORK_DIR_MARKER)) {
    throw new UserError(
      `--work-dir ${dir} is not empty and was not made by the demo: pass a new or empty folder.`
    )
  }
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, WORK_DIR_MARKER), '')
}

async function demoDbt(
  options: DemoOptions,
  projectDir: string,
  warehouse: EmbeddedPostgres
): Promise<DbtRunner> {
  const print = (line: string) => options.write(`    ${line}\n`)
  const settings: DbtSettings = {
    executable: options.dbtExecutable ?? 'dbt',
    projectDir,
    profilesDir: null,
    target: null,
    env: warehouse.dbtEnv
  }
  if (options.dbtExecutable === null)
    return new ReplayDbtRunner(settings, print, await readRecording(options.dataDir), warehouse.query)
  if (!options.record) return new DbtRunner(settings, print)
  return new RecordingDbtRunner(
    settings,
    print,
    warehouse.query,
    await new DbtRunner(settings, print).version()
  )
}

/** The CLI's local environment with the demo's dbt and warehouse: state in a folder, no GitHub. */
async function demoEnvironment(
  files: DemoFiles,
  withState: boolean,
  pullRequest: number | null,
  dbt: DbtRunner,
  warehouse: EmbeddedPostgres,
  write: (text: string) => void
): Promise<Environment> {
  const inputs: Record<string, string> = {
    'project-dir': files.project,
    'dbt-args': '--threads 1',
    'state-path': withState ? files.productionState : ''
  }
  const settings = parseSettings(name => inputs[name] ?? '', 'cli')
  const env = await localEnvironment({
    settings,
    run: { pullRequest },
    publishDir: files.productionState,
    write,
    connectWarehouse: async () => warehouse.warehouse()
  })
  // A replay takes a fraction of the recorded dbt's time: its clock runs on by the difference (see ReplayDbtRunner).
  const replayed = dbt instanceof ReplayDbtRunner ? dbt : null
  return { ...env, dbt, now: () => new Date(Date.now() + (replayed?.replayedMs ?? 0)) }
}

async function step(write: (text: string) => void, name: string, running: Promise<Report>): Promise<Report> {
  const report = await running
  write(`\n${name}: ${report.status}${report.statusReason ? ` (${report.statusReason})` : ''}\n`)
  if (report.status === 'failure') {
    throw new Error(
      `The demo's ${name} failed: ${report.errors.map(error => error.message).join('\n') || report.statusReason}`
    )
  }
  return report
}

/** `dbt-slim-ci explain` for a few nodes of the pull request. */
async function explainPullRequest(env: Environment, stateDir: string, nodes: string[]): Promise<string> {
  const { dbtEnv } = await prEnvironmentOf(env)
  const current = await loadManifest(path.join(targetFolder(env.workDir, dbtEnv), 'manifest.json'))
  const state = await loadManifest(path.join(stateDir, 'manifest.json'))
  const comparison = compareManifests(current, state)
  const selection = selectNodes({
    current,
    state,
    comparison,
    select: ['state:modified+'],
    exclude: [],
    indirectSelection: 'eager'
  })
  return nodes.map(node => explainNode({ current, state, comparison, selection, node })).join('\n\n')
}

async function productionSchemas(warehouse: EmbeddedPostgres): Promise<string[]> {
  const rows = await warehouse.query<{ name: string }>(
    `select nspname as name from pg_namespace where nspname like $1 order by 1`,
    [`${PRODUCTION_SCHEMA}%`]
  )
  return rows.map(row => row.name)
}

/** Prints the changed production relation and returns its columns. */
async function showRelation(warehouse: EmbeddedPostgres, write: (text: string) => void): Promise<string[]> {
  const relation = `${quoteIdent(PRODUCTION_SCHEMA)}.${quoteIdent(CHANGED_RELATION.model)}`
  const rows = await warehouse.query<Record<string, unknown>>(`select * from ${relation} order by 1`)
  const [columnsRow] = await warehouse.query<{ columns: string[] }>(
    `select array_agg(column_name::text order by ordinal_position) as columns from information_schema.columns where table_schema = $1 and table_name = $2`,
    [PRODUCTION_SCHEMA, CHANGED_RELATION.model]
  )
  const columns = columnsRow.columns
  const newModel = await warehouse.query<{ present: boolean }>(
    `select to_regclass($1) is not null as present`,
    [`${PRODUCTION_SCHEMA}.${NEW_MODEL}`]
  )
  write(
    `\nselect * from ${PRODUCTION_SCHEMA}.${CHANGED_RELATION.model}   (${columns.includes(CHANGED_RELATION.newColumn) ? `has the new column ${CHANGED_RELATION.newColumn}` : `no ${CHANGED_RELATION.newColumn} column`})\n`
  )
  write(`${indent(table(columns, rows))}\n`)
  write(
    `${PRODUCTION_SCHEMA}.${NEW_MODEL} ${newModel[0].present ? 'exists' : 'does not exist'} in production.\n`
  )
  return columns
}

function table(columns: string[], rows: Record<string, unknown>[]): string {
  const cells = [columns, ...rows.map(row => columns.map(column => String(row[column] ?? 'null')))]
  const widths = columns.map((_, i) => Math.max(...cells.map(line => line[i].length)))
  const line = (values: string[]) =>
    values
      .map((value, i) => value.padEnd(widths[i]))
      .join(' │ ')
      .trimEnd()
  return [line(cells[0]), widths.map(w => '─'.repeat(w)).join('─┼─'), ...cells.slice(1).map(line)].join('\n')
}

const indent = (text: string) => text.replace(/^/gm, '  ')

function chapter(write: (text: string) => void, title: string): void {
  write(`\n━━━ ${title} ${'━'.repeat(Math.max(3, 100 - title.length))}\n`)
}
