import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SettingName } from '../config/options.js'
import { pullRequestNumber } from '../config/values.js'
import { runCleanup } from '../defer/cleanup.js'
import { runDefer } from '../defer/flow.js'
import { runDeploy } from '../deploy/flow.js'
import { runGc, type PullRequestLookup } from '../gc/flow.js'
import { pullRequestStates } from '../github/pull-request-states.js'
import { runRollback } from '../deploy/rollback.js'
import type { Environment } from '../environment.js'
import { signalExitCode } from '../flow/cancellation.js'
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
const DATA_DIFF_SETTINGS: readonly SettingName[] = [
  'data-diff',
  'data-diff-select',
  'data-diff-row-limit',
  'data-diff-model-timeout-seconds',
  'data-diff-time-budget-seconds',
  'data-diff-pii-columns',
  'data-diff-pii-tags',
  'cost-diff-slower-ratio'
]
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
const BASE_OPTION: Record<string, ExtraOption> = {
  base: {
    option: { type: 'string' },
    usage: [
      '--base <ref>',
      "the PR's base branch (default main): its merge base splits this PR's changes from main's"
    ]
  }
}
const PUBLISH_OPTION: Record<string, ExtraOption> = {
  'publish-dir': {
    option: { type: 'string' },
    usage: ['--publish-dir <dir>', 'where the new production state is written (default: the --state folder)']
  }
}

const REPOSITORY_OPTION: Record<string, ExtraOption> = {
  repository: {
    option: { type: 'string' },
    usage: [
      '--repository <owner/name>',
      "act on the marks of this repository (default local: the CLI's own); with GITHUB_TOKEN set, closed pull requests are asked of GitHub"
    ]
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
  /** A missing or empty `--state` folder is a first deploy's: no production state yet, rather than an error. */
  startsFromNothing?: boolean
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
        run: {
          pullRequest,
          ...('base' in spec.extra ? { baseRef: stringOption(args, 'base') ?? null } : {}),
          ...('repository' in spec.extra ? { repository: repositoryFlag(args) } : {})
        },
        ...publishFolder(args, settings.state.path, settings.dbt.projectDir),
        checkPublish: 'publish-dir' in spec.extra,
        emptyStateMeansNone: spec.startsFromNothing,
        write: io.stdout,
        cancellation: io.cancellation
      })
      const report = await spec.flow(env)
      io.stdout(`\n${renderText(report)}\n`)
      io.stdout(`dbt's files of this run (compiled SQL, run_results.json, logs): ${workDir}\n`)
      const file = stringOption(args, 'report')
      if (file) await writeFile(file, renderMarkdown(report, { target: 'summary', budget: SUMMARY_LIMIT }))
      if (report.status === 'cancelled')
        return signalExitCode(env.cancellation.requested?.signal ?? 'SIGTERM')
      return exitStatusOf(report)
    }
  }
}

/** 3 when production changed but its state was not published (a re-run publishes it), else 1 for a failure. */
function exitStatusOf(report: Report): number {
  if (report.deploy?.swapped && report.deploy.statePublished === false) return 3
  return report.status === 'failure' ? 1 : 0
}

/** `--publish-dir`, else the `--state` folder, else `production-state` in the project; named by its flag. */
function publishFolder(
  args: ParsedCommandArgs,
  statePath: string | null,
  projectDir: string
): { publishDir: string; publishLabel: string } {
  const flag = stringOption(args, 'publish-dir')
  if (flag !== undefined) return { publishDir: flag, publishLabel: '`--publish-dir`' }
  if (statePath !== null) return { publishDir: statePath, publishLabel: '`--state`' }
  return { publishDir: path.join(projectDir, 'production-state'), publishLabel: 'The default publish folder' }
}

function repositoryFlag(args: ParsedCommandArgs): string {
  const text = stringOption(args, 'repository') ?? 'local'
  if (text !== 'local' && !/^[\w.-]+\/[\w.-]+$/.test(text))
    throw new UsageError(
      `gc: --repository is \`${text}\`: give owner/name, e.g. --repository acme/analytics.`
    )
  return text
}

/** GitHub is asked only with a token and a real repository; otherwise the TTL alone decides, as the report says. */
function cliPullRequestLookup(env: Environment): PullRequestLookup {
  const token = process.env.GITHUB_TOKEN ?? ''
  if (env.run.repository === 'local')
    return {
      ask: null,
      why: 'No repository given (--repository): pull request schemas are dropped by the TTL only.'
    }
  if (token === '')
    return {
      ask: null,
      why: `GITHUB_TOKEN is not set: pull request states of ${env.run.repository} were not asked, so their schemas are dropped by the TTL only.`
    }
  const [owner, repo] = env.run.repository.split('/')
  return { ask: numbers => pullRequestStates({ token, owner, repo }, numbers) }
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
    'selection-scope',
    'favor-state',
    'clone-incremental',
    'schema-prefix',
    ...DATA_DIFF_SETTINGS
  ],
  extra: { ...PR_OPTION, ...BASE_OPTION },
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
    'source-freshness',
    'keep-green-on-failure',
    'keep-previous',
    'deleted-relations',
    'preflight',
    ...LOCK_SETTINGS
  ],
  extra: PUBLISH_OPTION,
  startsFromNothing: true,
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

export const gcCommand = flowCommand({
  name: 'gc',
  summary: 'drop the schemas of closed or idle pull requests and old green/previous leftovers, found by mark',
  synopsis: '[--state <dir>] [--gc-ttl-hours <n>] [--repository <owner/name>] [options]',
  description:
    'Drops schemas whose ownership mark names a closed pull request (asked of GitHub with GITHUB_TOKEN and\n--repository) or whose last build is older than --gc-ttl-hours, and green and __previous leftovers older than\nit; never a schema production state or production naming uses. --dry-run lists them and changes nothing.',
  settings: [...CONNECTION_SETTINGS, ...DBT_SETTINGS, 'gc-ttl-hours'],
  extra: REPOSITORY_OPTION,
  flow: env => runGc(env, cliPullRequestLookup(env))
})
