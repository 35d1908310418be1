import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SettingName } from '../config/options.js'
import { pullRequestNumber } from '../config/values.js'
import { runCleanup } from '../defer/cleanup.js'
import { runDefer } from '../defer/flow.js'
import { runDeploy } from '../deploy/flow.js'
import { runRollback } from '../deploy/rollback.js'
import type { Environment } from '../environment.js'
import { renderMarkdown, SUMMARY_LIMIT } from '../report/render.js'
import { renderText } from '../report/render-text.js'
import type { Report } from '../report/types.js'
import { stringOption } from './args.js'
import { UsageError, type CliCommand, type CommandOptions, type ParsedCommandArgs } from './command.js'
import { localEnvironment } from './local-environment.js'
import { settingFlags, settingsFromFlags, settingsUsage, usageLines } from './setting-flags.js'

/** Settings every flow reads: where the project and its profile are, production state, the warehouse. */
const CONNECTION_SETTINGS: readonly SettingName[] = [
  'project-dir',
  'profiles-dir',
  'target',
  'state-path',
  'state-max-age-hours',
  'connection',
  'query-tag',
  'dry-run'
]
const DBT_SETTINGS: readonly SettingName[] = ['dbt-executable', 'dbt-args']
const SELECTION_SETTINGS: readonly SettingName[] = ['select', 'exclude', 'selector', 'indirect-selection']
const LOCK_SETTINGS: readonly SettingName[] = [
  'deploy-lock-timeout-seconds',
  'swap-lock-timeout-seconds',
  'snowflake-lock-database'
]

interface ExtraOption {
  option: CommandOptions[string]
  usage: [string, string]
}

const REPORT_OPTION: Record<string, ExtraOption> = {
  report: { option: { type: 'string' }, usage: ['--report <file>', 'also write the report as Markdown'] },
  'work-dir': {
    option: { type: 'string' },
    usage: [
      '--work-dir <dir>',
      "where dbt's artifacts of this run are kept: compiled SQL, run_results.json, logs (default .work/<command>)"
    ]
  }
}
const PR_OPTION: Record<string, ExtraOption> = {
  pr: { option: { type: 'string' }, usage: ['--pr <number>', 'the pull request (required)'] }
}
const PUBLISH_OPTION: Record<string, ExtraOption> = {
  'publish-dir': {
    option: { type: 'string' },
    usage: ['--publish-dir <dir>', 'where the new production state is written (default: the --state folder)']
  }
}

interface FlowSpec {
  name: string
  summary: string
  /** The first usage line after the command name, e.g. `--pr <number> --state <dir> [options]`. */
  synopsis: string
  description: string
  /** The settings this command reads, in the order its help lists them. */
  settings: readonly SettingName[]
  /** Options of the CLI only (not settings of the action). */
  extra: Record<string, ExtraOption>
  flow: (env: Environment) => Promise<Report>
}

function flowCommand(spec: FlowSpec): CliCommand {
  const extra = { ...spec.extra, ...REPORT_OPTION }
  return {
    name: spec.name,
    summary: spec.summary,
    usage: `Usage: dbt-slim-ci ${spec.name} ${spec.synopsis}

${spec.description}

${usageLines(Object.values(extra).map(e => e.usage))}
${settingsUsage(spec.settings)}
`,
    options: {
      ...settingFlags(spec.settings),
      ...Object.fromEntries(Object.entries(extra).map(([name, e]) => [name, e.option]))
    },
    positionals: 0,
    async run(args, io) {
      const settings = settingsFromFlags(args, spec.settings)
      const pullRequest = 'pr' in spec.extra ? prFlag(args, spec.name) : null
      const workDir = path.resolve(
        stringOption(args, 'work-dir') ??
          path.join('.work', pullRequest === null ? spec.name : `${spec.name}-pr-${pullRequest}`)
      )
      const env = await localEnvironment({
        settings,
        workDir,
        run: { pullRequest },
        publishDir:
          stringOption(args, 'publish-dir') ??
          settings.state.path ??
          path.join(settings.dbt.projectDir, 'production-state'),
        write: io.stdout
      })
      const report = await spec.flow(env)
      io.stdout(`\n${renderText(report)}\n`)
      io.stdout(`dbt's files of this run (compiled SQL, run_results.json, logs): ${workDir}\n`)
      const file = stringOption(args, 'report')
      if (file) await writeFile(file, renderMarkdown(report, { target: 'summary', budget: SUMMARY_LIMIT }))
      return exitStatusOf(report)
    }
  }
}

/** 3 when production changed but its state was not published (a re-run publishes it), else 1 for a failure. */
function exitStatusOf(report: Report): number {
  if (report.deploy?.swapped && report.deploy.statePublished === false) return 3
  return report.status === 'failure' ? 1 : 0
}

function prFlag(args: ParsedCommandArgs, command: string): number {
  const text = stringOption(args, 'pr')
  if (text === undefined)
    throw new UsageError(`${command}: --pr <number> is required (the pull request whose schema to use).`)
  return pullRequestNumber('`--pr`', text)
}

export const deferCommand = flowCommand({
  name: 'defer',
  summary: 'Slim CI for a pull request: build what changed in its schema, deferring to production',
  synopsis: '--pr <number> --state <dir> [options]',
  description:
    'Builds and tests the nodes that differ from production state in <schema-prefix>_pr_<number>, with --defer.',
  settings: [
    ...CONNECTION_SETTINGS,
    ...DBT_SETTINGS,
    'dbt-command',
    ...SELECTION_SETTINGS,
    'favor-state',
    'clone-incremental',
    'schema-prefix'
  ],
  extra: PR_OPTION,
  flow: runDefer
})

export const cleanupCommand = flowCommand({
  name: 'cleanup',
  summary: "drop a pull request's schemas, never one production uses",
  synopsis: '--pr <number> [--state <dir>] [options]',
  description: 'Drops the schemas the pull request built into; never one that production uses.',
  settings: [...CONNECTION_SETTINGS, ...DBT_SETTINGS, 'schema-prefix'],
  extra: PR_OPTION,
  flow: runCleanup
})

export const deployCommand = flowCommand({
  name: 'deploy',
  summary: 'blue/green deploy: clone production into green, build and test there, swap atomically',
  synopsis: '[--state <dir>] [--publish-dir <dir>] [options]',
  description:
    'Clones production into green, builds and tests there, swaps atomically and publishes the new state.',
  settings: [
    ...CONNECTION_SETTINGS,
    ...DBT_SETTINGS,
    ...SELECTION_SETTINGS,
    'deploy-selection',
    'keep-green-on-failure',
    'keep-previous',
    'deleted-relations',
    'preflight',
    ...LOCK_SETTINGS
  ],
  extra: PUBLISH_OPTION,
  flow: runDeploy
})

export const rollbackCommand = flowCommand({
  name: 'rollback',
  summary: 'swap the previous production back in and republish its state',
  synopsis: '--state <dir> [--publish-dir <dir>] [options]',
  description: 'Swaps the previous production back in, atomically, and republishes its state.',
  settings: [...CONNECTION_SETTINGS, ...LOCK_SETTINGS],
  extra: PUBLISH_OPTION,
  flow: runRollback
})
