import path from 'node:path'
import { runRecorded } from '../dbt/run-recorded.js'
import type { Environment } from '../environment.js'
import { UserError } from '../errors.js'
import { loadManifest } from '../manifest/load.js'
import { relationsOf, schemasOf } from '../manifest/relations.js'
import type { Manifest } from '../manifest/types.js'
import { summarizePlan } from '../plan/build-plan.js'
import { failReport, finishReport, newReport, skipReport } from '../report/lifecycle.js'
import type { Report } from '../report/types.js'
import { selectNodes } from '../selector/select.js'
import { compareManifests } from '../state/compare.js'
import { deferArgs, INCREMENTAL_CLONE_SELECTOR, selectionArgs } from './dbt-args.js'
import { deferralsOf } from './deferrals.js'
import { incrementalClonesOf } from './incremental-clones.js'
import { claimPrSchemas } from './pr-marks.js'
import { prSchemaName } from './pr-schema.js'
import { executableNodes, executedNodes, selfCheck } from './self-check.js'

/** The environment variables through which the project's profile and macros see a PR build. */
export function prDbtEnv(prSchema: string, pullRequest: number): Record<string, string> {
  return { DBT_SLIM_CI_SCHEMA: prSchema, DBT_SLIM_CI_MODE: 'defer', DBT_SLIM_CI_PR: String(pullRequest) }
}

/** The PR schema of this run: the `schema-prefix` input, else the production target schema, plus `_pr_<number>`. */
export async function prSchemaOf(env: Environment): Promise<string> {
  const pullRequest = env.run.pullRequest
  if (pullRequest === null) {
    throw new UserError(
      'Defer and cleanup modes need a pull request number: run them on pull_request events, or pass --pr to the CLI.'
    )
  }
  return prSchemaName(env.settings.schemaPrefix ?? (await env.productionSchema()), pullRequest)
}

/**
 * Slim CI on a pull request: plan with dbt's state:modified semantics, build and test only that selection in the
 * PR's schema with --defer to production, and report what changed, what was deferred and how the build went.
 */
export async function runDefer(env: Environment): Promise<Report> {
  const report = newReport('defer', env)
  const { settings, log } = env
  const state = await env.resolveState()
  report.state = state.provenance
  const prSchema = await prSchemaOf(env)
  const dbtEnv = prDbtEnv(prSchema, env.run.pullRequest as number)

  const current = await log.group('Parse the pull request’s project', () =>
    parseProject(env, 'pr-parse', dbtEnv)
  )
  const production = state.manifest
  assertBuildsOutsideProduction(current, await productionNaming(env, production), prSchema)

  const selection = settings.selection
  const comparison = production ? compareManifests(current, production) : null
  for (const warning of comparison?.warnings ?? []) log.warning(`${warning.uniqueId}: ${warning.message}`)
  const selected = production
    ? selectNodes({
        current,
        state: production,
        comparison,
        select: selection.select,
        exclude: selection.exclude,
        indirectSelection: selection.indirectSelection
      }).selected
    : [...current.nodes.keys()].sort()
  const selector = production
    ? [...selection.select, ...selection.exclude.map(e => `--exclude ${e}`)].join(' ')
    : 'everything (no production state)'
  const summary = summarizePlan(current, production, comparison, selector, selected)
  Object.assign(report, { plan: summary.plan, nodes: summary.nodes, mergePreview: summary.mergePreview })
  const fatal = summary.plan.changes.flatMap(c =>
    c.reasons.filter(r => r.code === 'contract_changed' && r.fatal).map(r => `${c.uniqueId}: ${r.message}`)
  )
  if (fatal.length > 0) {
    const message = `Breaking contract change on a versioned model, which dbt refuses:\n${fatal.join('\n')}`
    return finishReport(
      failReport(
        report,
        'plan',
        message,
        'Add a new model version instead of changing the contract of an existing one.'
      ),
      env.now()
    )
  }

  const commands = settings.dbt.commands.map(c => c[0])
  const planned = executableNodes(current, selected, commands)
  if (planned.size === 0) {
    log.info('Nothing differs from production state: no dbt build needed.')
    return finishReport(
      skipReport(report, 'No node differs from production state: nothing to build.'),
      env.now()
    )
  }
  log.info(`${selected.length} nodes selected (${planned.size} to execute) into schema ${prSchema}.`)
  await claimPrSchemas(env, current, planned)

  const stateDir = state.dir
  if (settings.cloneIncremental && stateDir) {
    const clone = await runRecorded(
      env,
      report,
      ['clone', '--select', INCREMENTAL_CLONE_SELECTOR, '--state', stateDir],
      dbtEnv,
      { phase: 'dbt clone', message: 'dbt clone failed' }
    )
    if (production) report.clones.push(...incrementalClonesOf(clone?.results ?? [], current, production))
  }

  const executed = new Set<string>()
  for (const command of report.status === 'failure' ? [] : settings.dbt.commands) {
    const args = [
      ...command,
      ...(production ? selectionArgs(selection) : []),
      ...(stateDir ? deferArgs(stateDir, settings.favorState) : []),
      ...settings.dbt.args
    ]
    const results = await runRecorded(env, report, args, dbtEnv, {
      phase: `dbt ${command[0]}`,
      message: `dbt ${command[0]} failed`
    })
    results?.results.forEach(r => r.status !== 'skipped' && executed.add(r.uniqueId))
    if (report.status === 'failure') break
  }

  const runManifest = await loadManifest(path.join(env.workDir, 'dbt-target', 'manifest.json'), {
    keepCompiledCode: true
  }).catch(() => null)
  if (runManifest) report.deferredRefs = deferralsOf(runManifest, production, executed)
  const reported = report.invocations
    .filter(i => !i.commandLine.startsWith('dbt clone'))
    .flatMap(i => (i.results ?? []).map(r => r.uniqueId))
  const check = selfCheck(planned, executedNodes(current, reported, commands))
  report.selfCheck = check
  if (check.plannedNotExecuted.length > 0 || check.executedNotPlanned.length > 0) {
    log.warning(
      `dbt executed a different set of nodes than planned: planned but not executed ${check.plannedNotExecuted.join(', ') || 'none'}; executed but not planned ${check.executedNotPlanned.join(', ') || 'none'}.`
    )
  }
  return finishReport(report, env.now())
}

/** Runs `dbt parse` with the given environment into its own target folder and loads the manifest. */
export async function parseProject(
  env: Environment,
  folder: string,
  dbtEnv: Record<string, string>
): Promise<Manifest> {
  const targetPath = path.join(env.workDir, folder)
  const invocation = await env.dbt.run(['parse', ...env.settings.dbt.args.filter(isParseArg)], {
    targetPath,
    env: dbtEnv
  })
  if (invocation.exitCode !== 0) {
    throw new UserError(
      `dbt parse failed (exit ${invocation.exitCode}):\n${invocation.tail.slice(-15).join('\n')}`
    )
  }
  return loadManifest(path.join(targetPath, 'manifest.json'))
}

/** `--vars` changes what dbt parses; other build flags do not apply to `dbt parse`. */
function isParseArg(_arg: string, index: number, args: string[]): boolean {
  return args[index] === '--vars' || args[index - 1] === '--vars'
}

/**
 * The manifest that names production's schemas: the production state, or without one, the project parsed with
 * production naming (DBT_SLIM_CI_SCHEMA unset), so a profile that ignores the PR schema is caught either way.
 */
export async function productionNaming(env: Environment, production: Manifest | null): Promise<Manifest> {
  return production ?? parseProject(env, 'prod-parse', {})
}

/**
 * Refuses to build when a PR relation would land in a production schema: the profile or generate_schema_name
 * does not follow DBT_SLIM_CI_SCHEMA, and building would overwrite production.
 */
export function assertBuildsOutsideProduction(
  current: Manifest,
  production: Manifest,
  prSchema: string
): void {
  const productionSchemas = new Set(
    schemasOf(production).map(s => `${s.database ?? ''}.${s.schema}`.toLowerCase())
  )
  const clash = relationsOf(current).find(r =>
    productionSchemas.has(`${r.database ?? ''}.${r.schema}`.toLowerCase())
  )
  if (clash) {
    throw new UserError(
      `${clash.uniqueId} would be built in production schema \`${clash.schema}\`. Builds of this PR must go to \`${prSchema}\` or schemas derived from it: make the profile target's schema \`{{ env_var('DBT_SLIM_CI_SCHEMA', '<production schema>') }}\` and let generate_schema_name derive custom schemas from target.schema (README, "How dbt sees the schema").`
    )
  }
}
