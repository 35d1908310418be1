import { howToSet } from '../config/naming.js'
import { parseProject } from '../dbt/parse-project.js'
import { runRecorded } from '../dbt/run-recorded.js'
import type { RunResults } from '../dbt/run-results.js'
import type { ResolvedState } from '../environment.js'
import { UserError } from '../errors.js'
import type { FlowRun } from '../flow/runner.js'
import { relationsOf } from '../manifest/relations.js'
import type { Manifest } from '../manifest/types.js'
import { recordDryRun } from '../report/lifecycle.js'
import { rollbackInstructions } from '../report/wording.js'
import type { DeployReport, RelationSwap } from '../report/types.js'
import type { LedgerHeader, LedgerMove } from '../warehouse/ledger.js'
import type { RelationDeploys, RelationSwapPlan, SwapTarget, Warehouse } from '../warehouse/warehouse.js'
import { markGreen } from './green-marks.js'
import { assertSwapNamesFit, GREEN_SUFFIX, planSchemaSwap } from './plan.js'
import { ledgerManifestOf, producerOf, publishDeployState } from './publish.js'
import { reconcileLedger } from './reconcile-ledger.js'
import { isFullRefresh, planRelationDeploy, type RelationDeployPlan } from './relation-plan.js'
import { deploySelectionArgs, publishedSources, selectForDeploy } from './selection.js'

const PRODUCTION_ENV = { DBT_SLIM_CI_MODE: 'deploy' }

/** The relations a deploy plans to move, with what it knows about the project. */
interface PlannedDeploy {
  deployment: string
  state: ResolvedState
  current: Manifest
  greenEnv: Record<string, string>
  /** Every production schema paired with its green and previous schema. */
  pairs: SwapTarget[]
  plan: RelationDeployPlan
  selected: string[]
  full: boolean
}

/**
 * The relation-level deploy (Postgres): green holds only the relations this deploy rebuilds, built with --defer so
 * unselected parents are read in place in production; then one transaction moves each rebuilt relation's
 * production version into `<schema>__previous` and its green twin into production, and records it in the ledger.
 * Unchanged relations are never copied, moved or read by the deploy itself.
 */
export async function deployRelations(
  flow: FlowRun,
  warehouse: Warehouse,
  deploys: RelationDeploys,
  resolved: ResolvedState
): Promise<void> {
  const { env, report } = flow
  const planned = await planStep(flow, warehouse, deploys, resolved)
  const { plan, greenEnv } = planned
  const deploy: DeployReport = {
    strategy: 'relation',
    swaps: [],
    relations: [],
    swapped: false,
    preflight: deletedRelationNotes(planned),
    rollbackInstructions: null
  }
  report.deploy = deploy
  if (planned.selected.length === 0) {
    // A deploy killed after its swap committed left green behind; the run that repairs its state clears it too.
    await flow.step('clear leftover green', () =>
      clearLeftoverGreen(flow, warehouse, deploys, planned.pairs, { foreign: 'ignore' })
    )
    env.log.info('Nothing differs from production state: no green, no build, no swap.')
    await refreshState(flow, warehouse, deploys, planned, null)
    report.statusReason =
      'Nothing to deploy: no node differs from production; the production state was republished.'
    return
  }
  await flow.step('clear leftover green', () =>
    clearLeftoverGreen(flow, warehouse, deploys, planned.pairs, { foreign: 'refuse' })
  )
  if (plan.moves.length > 0) {
    await flow.step('prepare green', () => prepareGreen(flow, warehouse, deploys, planned))
  }
  const results = await flow.step('build', () =>
    runRecorded(env, report, buildArgs(flow, planned), greenEnv, {
      phase: 'dbt build',
      message: 'dbt build in green failed; production was not touched'
    })
  )
  if (report.status === 'failure') return abandonGreen(flow, deploys, plan.targets)
  if (plan.moves.length === 0) {
    env.log.info('The selection rebuilds no relation (only tests ran, against production): nothing to swap.')
    await refreshState(flow, warehouse, deploys, planned, results)
    report.statusReason =
      'Nothing to swap: the selection holds no relation; the production state was republished.'
    return
  }
  const swapPlan: RelationSwapPlan = {
    deployment: planned.deployment,
    targets: plan.targets,
    moves: plan.moves
  }
  const blocked = await flow.step('preflight', () => preflight(flow, deploys, swapPlan))
  if (blocked) return abandonGreen(flow, deploys, plan.targets)
  const keepPrevious = env.settings.deploy.keepPrevious
  const header: LedgerHeader = {
    deployment: planned.deployment,
    kind: 'deploy',
    manifest: await ledgerManifestOf(planned.current.path),
    previousManifest:
      keepPrevious && planned.state.manifest ? await ledgerManifestOf(planned.state.manifest.path) : null,
    commitSha: env.run.commitSha,
    runId: env.run.runId,
    runUrl: env.run.runUrl
  }
  const record = await flow.step('swap', () =>
    env.log.group('Swap the rebuilt relations into production', () => {
      flow.pointOfNoReturn('the swap is changing production; stopping now would leave its state unpublished.')
      return deploys.swap(swapPlan, header)
    })
  )
  if (env.settings.dryRun) return dryRun(flow, warehouse)
  Object.assign(deploy, swapReport(record.moves, plan.targets, keepPrevious, env.settings.front))
  deploy.statePublished = false
  await flow.step('drop green', () => dropGreen(flow, deploys, plan.targets))
  if (!keepPrevious) {
    await flow.step('drop previous', () =>
      deploys.dropSchemas(
        plan.targets.map(target => target.previous),
        'previous schema'
      )
    )
  }
  const location = await flow.step('publish state', () =>
    publishDeployState(env, {
      manifestPath: planned.current.path,
      runResultsPath: results?.file ?? null,
      sourcesPath: publishedSources(flow.report),
      previousManifestPath: keepPrevious ? (planned.state.manifest?.path ?? null) : null,
      producer: producerOf(flow.env),
      dbtVersion: planned.current.metadata.dbtVersion,
      schemas: plan.targets.map(target => target.production),
      details: { kind: 'deploy', warehouse: warehouse.kind, strategy: 'relation' }
    })
  )
  deploy.statePublished = true
  env.log.info(`Published the new production state to ${location}.`)
}

async function planStep(
  flow: FlowRun,
  warehouse: Warehouse,
  deploys: RelationDeploys,
  resolved: ResolvedState
): Promise<PlannedDeploy> {
  const { env, report } = flow
  const deployment = await flow.step('name production', () => env.productionSchema())
  const { state } = await flow.step('check the ledger', () =>
    reconcileLedger(env, deploys, deployment, resolved, warehouse.kind)
  )
  report.state = state.provenance
  const current = await flow.step('parse with production naming', () =>
    env.log.group('Parse the project with production naming', () => parseProject(env, PRODUCTION_ENV))
  )
  const greenEnv = { ...PRODUCTION_ENV, DBT_SLIM_CI_SCHEMA: `${deployment}${GREEN_SUFFIX}` }
  const green = await flow.step('parse with green naming', () =>
    env.log.group('Parse the project with green naming', () => parseProject(env, greenEnv))
  )
  return flow.step('plan', async () => {
    const pairs = planSchemaSwap(current, green)
    assertSwapNamesFit(pairs, current.metadata.adapterType)
    const { full, selected } = await selectForDeploy(env, report, current, state, greenEnv)
    const production = await deploys.relationsIn(pairs.map(pair => pair.production))
    const deleted = state.manifest
      ? relationsOf(state.manifest).filter(relation => !current.nodes.has(relation.uniqueId))
      : []
    const plan = planRelationDeploy({
      current,
      green,
      targets: pairs,
      selected: new Set(selected),
      production,
      fullRefresh: isFullRefresh(env.settings.dbt.args),
      deleted,
      deletedRelations: env.settings.deploy.deletedRelations
    })
    env.log.info(
      `Deploy plan: ${plan.moves.length} relation(s) to swap, ${plan.copies.length} production table(s) to copy into green first` +
        (plan.alsoBuild.length
          ? `; also building ${plan.alsoBuild.join(', ')} (missing from production${plan.sourceProducers.length ? ', or read by a source that follows target.schema' : ''})`
          : '') +
        '; every other production relation stays in place.'
    )
    return { deployment, state, current, greenEnv, pairs, plan, selected, full }
  })
}

function buildArgs(flow: FlowRun, { state, plan, full }: PlannedDeploy): string[] {
  const { settings } = flow.env
  if (full || !state.dir) return ['build', ...settings.dbt.args]
  return [
    'build',
    ...deploySelectionArgs(flow.env, plan.alsoBuild),
    // Unselected parents are read in place in production, even where green holds a relation of the same name.
    ...['--defer', '--state', state.dir, '--favor-state'],
    ...settings.dbt.args
  ]
}

/**
 * A green schema that exists before this deploy builds is what a failed earlier deploy left: it is dropped (all
 * together, so green views reading other green schemas do not block it), unless it is not dbt-slim-ci's: then a
 * deploy that builds there refuses, and one that builds nothing leaves it alone.
 */
async function clearLeftoverGreen(
  flow: FlowRun,
  warehouse: Warehouse,
  deploys: RelationDeploys,
  pairs: readonly SwapTarget[],
  options: { foreign: 'refuse' | 'ignore' }
): Promise<void> {
  const leftovers: string[] = []
  for (const pair of pairs) {
    const container = { level: pair.level, database: pair.database, name: pair.green }
    if (!(await warehouse.containerExists(container))) continue
    const mark = await warehouse.readMark(container)
    if (mark?.role !== 'deploy' && options.foreign === 'ignore') continue
    if (mark?.role !== 'deploy') {
      throw new UserError(
        `Schema "${pair.green}", where this deploy builds green for "${pair.production}", already exists and was not made by a dbt-slim-ci deploy (it has no deploy ownership mark).`,
        { hint: `Drop or rename "${pair.green}" if nothing needs it, then deploy again.` }
      )
    }
    leftovers.push(pair.green)
  }
  if (leftovers.length === 0) return
  const dropped = await deploys.dropSchemas(leftovers, 'leftover green schema')
  flow.env.log.info(`Dropped green left by an earlier deploy that did not finish: ${dropped.join(', ')}.`)
}

async function prepareGreen(
  flow: FlowRun,
  warehouse: Warehouse,
  deploys: RelationDeploys,
  { plan }: PlannedDeploy
): Promise<void> {
  const { env, report } = flow
  await markGreen(env, warehouse, plan.targets)
  const sizes = await deploys.relationSizes(plan.copies.map(copy => copy.from))
  await env.log.group('Copy the production tables of selected incremental models and snapshots', () =>
    deploys.prepareGreen(plan.targets, plan.copies)
  )
  // A dry run copied nothing: the statements that would copy are in its list.
  for (const copy of env.settings.dryRun ? [] : plan.copies) {
    report.clones.push({
      uniqueId: copy.uniqueId,
      purpose: 'green',
      from: `${copy.from.schema}.${copy.from.name}`,
      to: `${copy.to.schema}.${copy.to.name}`,
      method: 'copy',
      bytes: sizes.get(`${copy.from.schema}.${copy.from.name}`) ?? null
    })
  }
}

/** Runs preflight into the report; true when a finding stops the deploy (`preflight: fail`). */
async function preflight(flow: FlowRun, deploys: RelationDeploys, plan: RelationSwapPlan): Promise<boolean> {
  const { env, report } = flow
  const findings = await deploys.preflight(plan)
  report.deploy?.preflight.push(
    ...findings.map(f => ({ level: f.severity, message: `${f.detail} Fix: ${f.fix}`, relation: f.object }))
  )
  const blocking = findings.filter(f => f.severity === 'error')
  if (blocking.length === 0) {
    for (const finding of findings)
      env.log.warning(`${finding.object}: ${finding.detail} Fix: ${finding.fix}`)
    return false
  }
  const warnable = blocking.every(f => f.code !== 'missing_privilege' && f.code !== 'other')
  throw new UserError(
    `Preflight found ${blocking.length} problem(s) that the swap would cause:\n${blocking.map(f => `${f.object}: ${f.detail}`).join('\n')}`,
    {
      hint: warnable
        ? `Fix them, or set ${howToSet('preflight', 'warn', env.settings.front)} to swap anyway. Production was not touched.`
        : 'Fix them, then deploy again. Production was not touched.'
    }
  )
}

/** After a failure before the swap: production is untouched; green is kept for investigation or dropped. */
async function abandonGreen(
  flow: FlowRun,
  deploys: RelationDeploys,
  targets: readonly SwapTarget[]
): Promise<void> {
  const { env, report } = flow
  if (env.settings.dryRun) return
  if (env.settings.deploy.keepGreenOnFailure) {
    env.log.info(
      `Production was not touched. Green kept for investigation until the next deploy: ${targets.map(t => t.green).join(', ')}.`
    )
    return
  }
  await deploys.dropSchemas(
    targets.map(target => target.green),
    'green schema'
  )
  report.statusReason = `${report.statusReason ?? 'Deploy failed.'} Production was not touched; green was dropped.`
}

/** Green is empty after the swap (or holds only what dbt wrote besides, e.g. stored test failures). */
async function dropGreen(
  flow: FlowRun,
  deploys: RelationDeploys,
  targets: readonly SwapTarget[]
): Promise<void> {
  try {
    await deploys.dropSchemas(
      targets.map(target => target.green),
      'green schema'
    )
  } catch (error) {
    flow.env.log.warning(
      `Could not drop the green schemas after the swap (the next deploy clears them): ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

/**
 * A deploy that swaps nothing still moves production state to this commit: the ledger records that production
 * holds this manifest (previous is unchanged), then the state is published.
 */
async function refreshState(
  flow: FlowRun,
  warehouse: Warehouse,
  deploys: RelationDeploys,
  planned: PlannedDeploy,
  results: RunResults | null
): Promise<void> {
  const { env } = flow
  if (env.settings.dryRun) {
    flow.report.statusReason = 'Dry run: nothing to swap; the production state would be republished.'
    return
  }
  const [last] = await deploys.ledger(planned.deployment, 1)
  await flow.step('record in the ledger', async () =>
    deploys.record({
      deployment: planned.deployment,
      kind: 'refresh',
      manifest: await ledgerManifestOf(planned.current.path),
      previousManifest: last?.previousManifest ?? null,
      commitSha: env.run.commitSha,
      runId: env.run.runId,
      runUrl: env.run.runUrl,
      moves: last?.moves ?? ([] as LedgerMove[])
    })
  )
  const location = await flow.step('publish state', () =>
    publishDeployState(env, {
      manifestPath: planned.current.path,
      runResultsPath: results?.file ?? null,
      sourcesPath: publishedSources(flow.report),
      previousManifestPath: planned.state.previousManifestPath,
      producer: producerOf(flow.env),
      dbtVersion: planned.current.metadata.dbtVersion,
      schemas: [],
      details: { kind: 'refresh', warehouse: warehouse.kind, strategy: 'relation' }
    })
  )
  env.log.info(`Published the production state to ${location}.`)
}

function dryRun(flow: FlowRun, warehouse: Warehouse): void {
  const statements = warehouse.statements.filter(s => s.skipped).map(s => s.sql)
  recordDryRun(flow.report, { sql: statements })
  flow.report.statusReason = `Dry run: nothing was built, copied or swapped; ${statements.length} statements printed.`
  flow.env.log.info(`Dry run: the warehouse would run:\n${statements.map(s => `${s};`).join('\n')}`)
}

function swapReport(
  moves: readonly LedgerMove[],
  targets: readonly SwapTarget[],
  keepPrevious: boolean,
  front: 'action' | 'cli'
): Pick<DeployReport, 'swapped' | 'swaps' | 'relations' | 'rollbackInstructions'> {
  const relations = moves.map((move): RelationSwap => ({
    uniqueId: move.uniqueId,
    relation: `${move.production.schema}.${move.production.name}`,
    change: move.inProduction ? (move.inPrevious ? 'replaced' : 'created') : 'removed',
    previousKeptAs: keepPrevious && move.inPrevious ? `${move.previous.schema}.${move.previous.name}` : null
  }))
  return {
    swapped: true,
    swaps: targets.map(target => {
      const hadProduction = moves.some(
        move => move.production.schema === target.production && move.inPrevious
      )
      return {
        production: target.production,
        green: target.green,
        previousKeptAs: keepPrevious && hadProduction ? target.previous : null,
        hadProduction
      }
    }),
    relations,
    // A first deploy kept no previous version: there is nothing to roll back to.
    rollbackInstructions:
      keepPrevious && moves.some(move => move.inPrevious) ? rollbackInstructions(front) : null
  }
}

function deletedRelationNotes({ plan }: PlannedDeploy): DeployReport['preflight'] {
  const removed = plan.moves.filter(move => move.green === null)
  return [
    ...plan.kept.map(relation => ({
      level: 'info' as const,
      message: `${relation.uniqueId} was deleted from the project; its relation stays in production (\`deleted-relations: drop\` removes it).`,
      relation: `${relation.schema}.${relation.alias}`
    })),
    ...removed.map(move => ({
      level: 'info' as const,
      message: `${move.uniqueId} was deleted from the project: the deploy moves its relation out of production (into ${move.previous.schema}, for rollback).`,
      relation: `${move.production.schema}.${move.production.name}`
    }))
  ]
}
