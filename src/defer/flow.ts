import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { settingMention } from '../config/naming.js'
import { parseProject } from '../dbt/parse-project.js'
import { prEnvironmentOf } from '../dbt/pr-environment.js'
import { runRecorded } from '../dbt/run-recorded.js'
import { targetFolder } from '../dbt/target-folder.js'
import type { Environment, ResolvedState } from '../environment.js'
import { UserError } from '../errors.js'
import { runFlow, type FlowRun } from '../flow/runner.js'
import { loadManifest } from '../manifest/load.js'
import type { Manifest } from '../manifest/types.js'
import { summarizePlan } from '../plan/build-plan.js'
import { previewMergeCopies } from '../deploy/merge-copies.js'
import type { Report } from '../report/types.js'
import { loadSelectionArtifacts } from '../selector/load-artifacts.js'
import { selectionMethods, selectNodes } from '../selector/select.js'
import { fresherSources } from '../selector/artifact-methods.js'
import { parseFreshness, type SelectionArtifacts } from '../selector/selection-artifacts.js'
import { runSourceFreshness } from '../dbt/source-freshness.js'
import { howToSet } from '../config/naming.js'
import { compareManifests } from '../state/compare.js'
import { historyOf, scopeChanges } from '../scope/apply.js'
import type { History } from '../scope/git-history.js'
import { behindWarning } from '../report/sections/change-origins.js'
import type { Settings } from '../config/settings.js'
import type { StateComparison } from '../state/types.js'
import { diffCost } from '../costdiff/step.js'
import { diffData } from '../datadiff/step.js'
import { deferArgs, describeSelection, INCREMENTAL_CLONE_SELECTOR, selectionArgs } from './dbt-args.js'
import { deferralsOf } from './deferrals.js'
import { incrementalClonesOf } from './incremental-clones.js'
import { claimPrSchemas } from './pr-marks.js'
import {
  assertBuildsInPrSchemas,
  assertBuildsOutsideProduction,
  assertPrNamesFit,
  productionNaming
} from './safety.js'
import { executableNodes, executedNodes, selfCheck } from './self-check.js'

interface PrBuild {
  state: ResolvedState
  current: Manifest
  schema: string
  dbtEnv: Record<string, string>
  /** The selection dbt runs: the settings', plus the excludes of `selection-scope: pr`. */
  selection: Settings['selection']
}

/**
 * Slim CI on a pull request: plan with dbt's state:modified semantics, build and test only that selection in the
 * PR's schema with --defer to production, and report what changed, what was deferred and how the build went.
 */
export function runDefer(env: Environment): Promise<Report> {
  return runFlow('defer', env, async flow => {
    env.dbt.warmUp()
    const state = await flow.step('resolve production state', () => env.resolveState())
    flow.report.state = state.provenance
    const pr = await flow.step('name the PR schema', () => prEnvironmentOf(env))
    const current = await flow.step('parse', () =>
      env.log.group('Parse the pull request’s project', () => parseProject(env, pr.dbtEnv))
    )
    const build: PrBuild = {
      state,
      current,
      schema: pr.schema,
      dbtEnv: pr.dbtEnv,
      selection: env.settings.selection
    }
    await flow.step('check the PR schemas', async () => {
      assertPrNamesFit(current, pr.schema, settingMention('schema-prefix', env.settings.front))
      assertBuildsOutsideProduction(current, await productionNaming(env, state.manifest), pr.schema)
    })
    const history = await flow.step('read git history', () => historyOf(env, state))
    const { selected, planned, comparison } = await flow.step('plan', () => plan(flow, build, history))
    const copies = await flow.step('size what the merge copies', () =>
      previewMergeCopies(env, current, state.manifest, selected)
    )
    if (copies.length > 0 && flow.report.mergePreview) flow.report.mergePreview.copies = copies
    await flow.step('check where the PR builds', () => assertBuildsInPrSchemas(current, planned, pr.schema))
    if (planned.size === 0 && flow.report.changeOrigins?.leftOut.length) {
      env.log.info(
        'Only main changed nodes since the last deploy, and selection-scope is pr: nothing to build.'
      )
      return flow.skip(
        'This pull request changes no node; the nodes that differ from production changed on main since the last deploy (selection-scope: pr).'
      )
    }
    if (planned.size === 0) {
      env.log.info('Nothing differs from production state: no dbt build needed.')
      return flow.skip('No node differs from production state: nothing to build.')
    }
    env.log.info(`${selected.length} nodes selected (${planned.size} to execute) into schema ${pr.schema}.`)
    await flow.step('mark the PR schemas', () => claimPrSchemas(env, current, planned))
    if (env.settings.cloneIncremental && state.dir) {
      await flow.step('clone incremental models', () => cloneIncremental(flow, build, state.dir as string))
    }
    const executed = await flow.step('build', () => runBuild(flow, build))
    if (env.settings.dryRun) {
      flow.report.statusReason = `Dry run: would build ${planned.size} nodes into schema ${pr.schema}; nothing was built.`
      return
    }
    await flow.step('read deferrals', () => readDeferrals(flow, build, executed))
    await flow.step('self-check', () => checkExecuted(flow, build, planned))
    if (state.manifest) {
      const production = state.manifest
      await flow.step('data diff', () => diffData(flow, { current, production, comparison }))
    }
    await flow.step('cost diff', () => diffCost(flow, state.dir, current.metadata.adapterType))
  })
}

/**
 * What the PR changed and what to build, selected as `dbt build` selects (with the state's run_results.json
 * and sources.json, this run's sources.json and selectors.yml); a breaking contract change on a versioned model
 * stops here.
 */
async function plan(
  flow: FlowRun,
  build: PrBuild,
  history: History | null
): Promise<{ selected: string[]; planned: Set<string>; comparison: StateComparison | null }> {
  const { settings, log } = flow.env
  const { state, current } = build
  const production = state.manifest
  const comparison = production ? compareManifests(current, production) : null
  for (const warning of comparison?.warnings ?? []) log.warning(`${warning.uniqueId}: ${warning.message}`)
  let artifacts = await loadSelectionArtifacts({
    stateDir: state.dir,
    projectDir: settings.dbt.projectDir,
    currentTargetDir: targetFolder(flow.env.workDir, build.dbtEnv),
    indirectSelection: settings.selection.indirectSelection
  })
  if (production && selectionMethods(build.selection, artifacts.selectors).has('source_status'))
    artifacts = await checkFreshness(flow, build, artifacts)
  const choose = (selection: Settings['selection']) => {
    const selected = production
      ? selectNodes({
          current,
          state: production,
          comparison,
          select: selection.select,
          exclude: selection.exclude,
          selector: selection.selector,
          indirectSelection: selection.indirectSelection,
          artifacts,
          command: 'build'
        }).selected
      : [...current.nodes.keys()].sort()
    const selector = production ? describeSelection(selection) : 'everything (no production state)'
    return { selected, summary: summarizePlan(current, production, comparison, selector, selected) }
  }
  let { selected, summary } = choose(build.selection)
  if (history && production) {
    const scoped = scopeChanges(
      settings.selection.scope,
      current,
      production,
      summary.plan.changes,
      selected,
      summary.plan.downstream.map(d => d.uniqueId),
      history
    )
    flow.report.changeOrigins = scoped.report
    if (scoped.report.behindBy > 0) log.warning(behindWarning(scoped.report))
    if (scoped.excludes.length > 0) {
      build.selection = { ...build.selection, exclude: [...build.selection.exclude, ...scoped.excludes] }
      const everything = summary.nodes
      ;({ selected, summary } = choose(build.selection))
      // The nodes left out still need their names in the report.
      summary.nodes = { ...everything, ...summary.nodes }
    }
  }
  const mergePreview = { ...summary.mergePreview, deletedRelations: settings.deploy.deletedRelations }
  Object.assign(flow.report, { plan: summary.plan, nodes: summary.nodes, mergePreview })
  const fatal = summary.plan.changes.flatMap(c =>
    c.reasons.filter(r => r.code === 'contract_changed' && r.fatal).map(r => `${c.uniqueId}: ${r.message}`)
  )
  if (fatal.length > 0) {
    throw new UserError(
      `Breaking contract change on a versioned model, which dbt refuses:\n${fatal.join('\n')}`,
      { hint: 'Add a new model version instead of changing the contract of an existing one.' }
    )
  }
  const commands = settings.dbt.commands.map(c => c[0])
  return { selected, planned: executableNodes(current, selected, commands), comparison }
}

/**
 * `source_status:` compares production state's sources.json (published by a deploy with `source-freshness`) with
 * this run's: `dbt source freshness` runs first, with the PR's naming, into the folder the build reads it from.
 */
async function checkFreshness(
  flow: FlowRun,
  build: PrBuild,
  artifacts: SelectionArtifacts
): Promise<SelectionArtifacts> {
  const { env } = flow
  const stateSources = artifacts.stateSources
  if (stateSources === null) {
    throw new UserError(
      `The selection uses \`source_status:\`, which compares sources with production's freshness, but the production state has no sources.json.`,
      {
        hint:
          (env.settings.front === 'cli'
            ? 'Deploy with `dbt-slim-ci deploy --source-freshness`'
            : `Set ${howToSet('source-freshness', 'true', 'action')} in the deploy workflow`) +
          ': its next run publishes sources.json with the state. Until then, select without `source_status:`.'
      }
    )
  }
  const freshness = await runSourceFreshness(env, build.dbtEnv, false)
  flow.report.freshness = freshness
  if (freshness.file === null) {
    throw new UserError(
      `The selection uses \`source_status:\`, but \`${freshness.commandLine}\` wrote no sources.json (exit ${freshness.exitCode}), so which sources are fresher than production cannot be computed.`,
      {
        hint: 'Fix what the log of that dbt command shows (the sources need a `loaded_at_field` and a `freshness` config), or select without `source_status:`.'
      }
    )
  }
  const currentSources = parseFreshness(await readFile(freshness.file, 'utf8'), freshness.file)
  freshness.fresher = [...fresherSources(stateSources, currentSources)].sort()
  return { ...artifacts, currentSources }
}

async function cloneIncremental(flow: FlowRun, build: PrBuild, stateDir: string): Promise<void> {
  const clone = await runRecorded(
    flow.env,
    flow.report,
    ['clone', '--select', INCREMENTAL_CLONE_SELECTOR, '--state', stateDir],
    build.dbtEnv,
    { phase: 'dbt clone', message: 'dbt clone failed' }
  )
  const production = build.state.manifest
  if (production)
    flow.report.clones.push(...incrementalClonesOf(clone?.results ?? [], build.current, production))
}

/** Runs the dbt commands in order with --defer; stops at the first that fails. Returns the nodes dbt executed. */
async function runBuild(flow: FlowRun, { state, dbtEnv, selection }: PrBuild): Promise<Set<string>> {
  const { env, report } = flow
  const { settings } = env
  const executed = new Set<string>()
  for (const command of report.status === 'failure' ? [] : settings.dbt.commands) {
    const args = [
      ...command,
      ...(state.manifest ? selectionArgs(selection) : []),
      ...(state.dir ? deferArgs(state.dir, settings.favorState) : []),
      ...settings.dbt.args
    ]
    const results = await runRecorded(env, report, args, dbtEnv, {
      phase: `dbt ${command[0]}`,
      message: `dbt ${command[0]} failed`
    })
    results?.results.forEach(r => r.status !== 'skipped' && executed.add(r.uniqueId))
    if (report.status === 'failure') break
  }
  return executed
}

/** Which refs of the built nodes dbt resolved to production, read from the compiled code of the run. */
async function readDeferrals(
  flow: FlowRun,
  { state, dbtEnv }: PrBuild,
  executed: Set<string>
): Promise<void> {
  const runManifest = await loadManifest(path.join(targetFolder(flow.env.workDir, dbtEnv), 'manifest.json'), {
    keepCompiledCode: true
  }).catch(() => null)
  if (runManifest) flow.report.deferredRefs = deferralsOf(runManifest, state.manifest, executed)
}

function checkExecuted(flow: FlowRun, { current }: PrBuild, planned: Set<string>): void {
  const { report, env } = flow
  const commands = env.settings.dbt.commands.map(c => c[0])
  const reported = report.invocations
    .filter(i => !i.commandLine.startsWith('dbt clone'))
    .flatMap(i => (i.results ?? []).map(r => r.uniqueId))
  const check = selfCheck(planned, executedNodes(current, reported, commands))
  report.selfCheck = check
  if (check.plannedNotExecuted.length > 0 || check.executedNotPlanned.length > 0) {
    env.log.warning(
      `dbt executed a different set of nodes than planned: planned but not executed ${check.plannedNotExecuted.join(', ') || 'none'}; executed but not planned ${check.executedNotPlanned.join(', ') || 'none'}.`
    )
  }
}
