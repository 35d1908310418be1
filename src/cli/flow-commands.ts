import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { getSettings } from '../action/inputs.js'
import { runCleanup } from '../defer/cleanup.js'
import { runDefer } from '../defer/flow.js'
import { runDeploy } from '../deploy/flow.js'
import { runRollback } from '../deploy/rollback.js'
import type { Environment } from '../environment.js'
import { renderMarkdown, SUMMARY_LIMIT } from '../report/render.js'
import { renderText } from '../report/render-text.js'
import type { Report } from '../report/types.js'
import { stringListOption, stringOption } from './args.js'
import { UsageError, type CliCommand, type CommandOptions, type ParsedCommandArgs } from './command.js'
import { localEnvironment } from './local-environment.js'

/** Options shared with the action's inputs, under the same names (`--state` is `state-path`). */
const COMMON_OPTIONS: CommandOptions = {
  'project-dir': { type: 'string' },
  'profiles-dir': { type: 'string' },
  target: { type: 'string' },
  'dbt-executable': { type: 'string' },
  'dbt-args': { type: 'string' },
  state: { type: 'string' },
  select: { type: 'string', multiple: true, short: 's' },
  exclude: { type: 'string', multiple: true },
  'indirect-selection': { type: 'string' },
  'dry-run': { type: 'boolean' },
  report: { type: 'string' }
}

const COMMON_USAGE = `  --project-dir <dir>    the dbt project (default .)
  --profiles-dir <dir>   where profiles.yml is (default as dbt finds it)
  --target <name>        dbt target (default the profile's)
  --dbt-executable <x>   dbt to run (default dbt)
  --dbt-args <args>      extra arguments for dbt build commands
  --state <dir|file>     production state: a folder with manifest.json (and state.json), or a manifest
  --select/--exclude <expr>, --indirect-selection <mode>   as for dbt (default state:modified+)
  --dry-run              print the warehouse SQL instead of running it
  --report <file>        also write the report as Markdown`

interface FlowSpec {
  name: string
  summary: string
  usage: string
  options: CommandOptions
  flow: (env: Environment) => Promise<Report>
  /** Maps this command's extra options to action inputs. */
  inputs?: (args: ParsedCommandArgs) => Record<string, string>
}

function flowCommand(spec: FlowSpec): CliCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    options: { ...COMMON_OPTIONS, ...spec.options },
    positionals: 0,
    async run(args, io) {
      const inputs: Record<string, string> = {
        'project-dir': stringOption(args, 'project-dir') ?? '.',
        'profiles-dir': stringOption(args, 'profiles-dir') ?? '',
        target: stringOption(args, 'target') ?? '',
        'dbt-executable': stringOption(args, 'dbt-executable') ?? '',
        'dbt-args': stringOption(args, 'dbt-args') ?? '',
        'state-path': stringOption(args, 'state') ?? '',
        select: stringListOption(args, 'select').join('\n'),
        exclude: stringListOption(args, 'exclude').join('\n'),
        'indirect-selection': stringOption(args, 'indirect-selection') ?? '',
        'dry-run': args.values['dry-run'] === true ? 'true' : '',
        ...spec.inputs?.(args)
      }
      const settings = getSettings(name => inputs[name] ?? '')
      const pr = stringOption(args, 'pr')
      const env = await localEnvironment({
        settings,
        run: { pullRequest: pr === undefined ? null : Number(pr) },
        publishDir:
          stringOption(args, 'publish-dir') ??
          settings.state.path ??
          path.join(settings.dbt.projectDir, 'production-state'),
        write: io.stdout
      })
      const report = await spec.flow(env).finally(() => rm(env.workDir, { recursive: true, force: true }))
      io.stdout(`\n${renderText(report)}\n`)
      const file = stringOption(args, 'report')
      if (file) await writeFile(file, renderMarkdown(report, { target: 'summary', budget: SUMMARY_LIMIT }))
      return report.status === 'failure' ? 1 : 0
    }
  }
}

function prOption(args: ParsedCommandArgs, command: string): Record<string, string> {
  const pr = stringOption(args, 'pr')
  if (!pr || !/^[1-9]\d*$/.test(pr))
    throw new UsageError(`${command}: --pr <number> is required (the pull request whose schema to use).`)
  return { 'schema-prefix': stringOption(args, 'schema-prefix') ?? '' }
}

const PR_OPTIONS: CommandOptions = { pr: { type: 'string' }, 'schema-prefix': { type: 'string' } }
const PUBLISH_OPTIONS: CommandOptions = { 'publish-dir': { type: 'string' } }

export const deferCommand = flowCommand({
  name: 'defer',
  summary: 'Slim CI for a pull request: build what changed in its schema, deferring to production',
  usage: `Usage: dbt-slim-ci defer --pr <number> --state <dir> [options]

${COMMON_USAGE}
  --pr <number>          the pull request: builds into <schema-prefix>_pr_<number>
  --schema-prefix <s>    default the production target schema
  --clone-incremental    first clone the modified incremental models from production (dbt clone)
`,
  options: { ...PR_OPTIONS, 'clone-incremental': { type: 'boolean' } },
  flow: runDefer,
  inputs: args => ({
    ...prOption(args, 'defer'),
    'clone-incremental': args.values['clone-incremental'] === true ? 'true' : ''
  })
})

export const cleanupCommand = flowCommand({
  name: 'cleanup',
  summary: "drop a pull request's schemas, never one production uses",
  usage: `Usage: dbt-slim-ci cleanup --pr <number> [--state <dir>] [options]

${COMMON_USAGE}
  --pr <number>          the pull request whose schemas to drop
  --schema-prefix <s>    default the production target schema
`,
  options: PR_OPTIONS,
  flow: runCleanup,
  inputs: args => prOption(args, 'cleanup')
})

export const deployCommand = flowCommand({
  name: 'deploy',
  summary: 'blue/green deploy: clone production into green, build and test there, swap atomically',
  usage: `Usage: dbt-slim-ci deploy [--state <dir>] [--publish-dir <dir>] [options]

${COMMON_USAGE}
  --publish-dir <dir>    where the new production state is written (default: the --state folder)
  --full                 build everything instead of state:modified+
`,
  options: { ...PUBLISH_OPTIONS, full: { type: 'boolean' } },
  flow: runDeploy,
  inputs: args => ({ 'deploy-selection': args.values.full === true ? 'full' : 'modified' })
})

export const rollbackCommand = flowCommand({
  name: 'rollback',
  summary: 'swap the previous production back in and republish its state',
  usage: `Usage: dbt-slim-ci rollback --state <dir> [--publish-dir <dir>] [options]

${COMMON_USAGE}
  --publish-dir <dir>    where the restored state is written (default: the --state folder)
`,
  options: PUBLISH_OPTIONS,
  flow: runRollback
})
