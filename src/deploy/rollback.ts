import path from 'node:path'
import type { Environment, ResolvedState } from '../environment.js'
import { UserError } from '../errors.js'
import { runFlow, type FlowRun } from '../flow/runner.js'
import { loadManifest } from '../manifest/load.js'
import { recordDryRun } from '../report/lifecycle.js'
import { DEPLOY_WORDS } from '../report/wording.js'
import type { Report, SchemaSwap } from '../report/types.js'
import type { LedgerEntry } from '../warehouse/ledger.js'
import type { ContainerDeploys, RelationDeploys, Warehouse } from '../warehouse/warehouse.js'
import { deployDetails, recordedTargets } from './deploy-record.js'
import { deployLockKey } from './flow.js'
import { describeEntry, previousCommitOf } from './ledger-check.js'
import { producerOf, publishDeployState, writeLedgerManifests } from './publish.js'
import { reconcileLedger } from './reconcile-ledger.js'

/** Why a rollback runs to its end once its swap started, even when cancelled. */
const UNPUBLISHED = 'the rollback is changing production; stopping now would leave its state unpublished.'

/**
 * Puts the previous production back, atomically, and republishes the state that matches it (so the next PR
 * defers to what production now is). A second rollback re-applies the deploy that was rolled back.
 */
export function runRollback(env: Environment): Promise<Report> {
  return runFlow('rollback', env, async flow => {
    const warehouse = await flow.step('connect to the warehouse', () => env.connectWarehouse())
    flow.onExit(() => warehouse.close())
    const lock = await flow.step('take the deploy lock', async () =>
      warehouse.acquireDeployLock(
        deployLockKey(await env.productionSchema()),
        env.settings.deploy.lockTimeoutSeconds * 1000,
        { onWaiting: message => env.log.info(message), cancellation: env.cancellation }
      )
    )
    flow.onExit(() => lock.release())
    const state = await flow.step('resolve production state', () => env.resolveState())
    flow.report.state = state.provenance
    const { relationDeploys, containerDeploys } = warehouse
    if (warehouse.capabilities.deployStrategy === 'relation' && relationDeploys) {
      return rollBackRelations(flow, warehouse, relationDeploys, state)
    }
    if (warehouse.capabilities.deployStrategy === 'container' && containerDeploys) {
      return rollBackContainers(flow, warehouse, containerDeploys, state)
    }
    throw new Error(
      `The ${warehouse.kind} warehouse offers no ${warehouse.capabilities.deployStrategy} rollbacks.`
    )
  })
}

/**
 * Acts on what the deploy ledger says the previous schemas hold, never on a state file alone: the relations of
 * the newest ledger entry move back (production ⇄ previous) in one transaction that records the rollback.
 */
async function rollBackRelations(
  flow: FlowRun,
  warehouse: Warehouse,
  deploys: RelationDeploys,
  resolved: ResolvedState
): Promise<void> {
  const { env, report } = flow
  const deployment = await flow.step('name production', () => env.productionSchema())
  const { state, entries, verdict } = await flow.step('check the ledger', () =>
    reconcileLedger(env, deploys, deployment, resolved, warehouse.kind)
  )
  report.state = state.provenance
  if (verdict.kind === 'behind' && verdict.entry.kind === 'rollback') {
    return finishEarlierRollback(flow, verdict.entry)
  }
  const [last] = entries
  if (!last?.previousManifest) {
    throw new UserError(
      last
        ? `Nothing to roll back to: ${describeEntry(last)} kept no previous production (keep-previous was off, or it was the first deploy).`
        : `Nothing to roll back to: the deploy ledger has no deploy of "${deployment}" yet.`
    )
  }
  const previousManifest = last.previousManifest
  // Production goes back to what an earlier commit built; the run stays this one (run order follows runs).
  const producer = { ...producerOf(env), commitSha: previousCommitOf(entries) }
  const record = await flow.step('swap back', () =>
    env.log.group('Move the previous versions back into production', () => {
      flow.pointOfNoReturn(UNPUBLISHED)
      return deploys.rollback(last, {
        deployment,
        kind: 'rollback',
        manifest: previousManifest,
        previousManifest: last.manifest,
        ...producer
      })
    })
  )
  if (env.settings.dryRun) return recordDryRunOf(flow, warehouse)
  report.deploy = {
    strategy: 'relation',
    swapped: true,
    statePublished: false,
    swaps: swappedBack(record.targets),
    relations: record.moves.map(move => ({
      uniqueId: move.uniqueId,
      relation: `${move.production.schema}.${move.production.name}`,
      change: move.inProduction ? (move.inPrevious ? 'replaced' : 'created') : 'removed',
      previousKeptAs: move.inPrevious ? `${move.previous.schema}.${move.previous.name}` : null
    })),
    preflight: [],
    rollbackInstructions: DEPLOY_WORDS.reapply
  }
  const files = await writeLedgerManifests(path.join(env.workDir, 'rollback-state'), {
    manifest: previousManifest,
    previousManifest: last.manifest
  })
  const manifest = await loadManifest(files.manifestPath)
  const location = await flow.step('publish state', () =>
    publishDeployState(env, {
      ...files,
      runResultsPath: null,
      producer,
      dbtVersion: manifest.metadata.dbtVersion,
      schemas: record.targets.map(t => t.production),
      details: { kind: 'rollback', warehouse: warehouse.kind, strategy: 'relation' }
    })
  )
  report.deploy.statePublished = true
  env.log.info(
    `Rolled back ${record.moves.length} relation(s) in ${record.targets.map(t => t.production).join(', ')}; republished the matching state to ${location}.`
  )
}

/**
 * The newest ledger entry is a rollback whose state was never published (it was killed, or publishing failed,
 * after its swap committed): a rollback run again finishes that one, publishing its state, and moves nothing, so
 * a retried rollback never re-applies the deploy it rolled back. Running rollback once more does that.
 */
function finishEarlierRollback(flow: FlowRun, entry: LedgerEntry): void {
  const { env, report } = flow
  report.deploy = {
    strategy: 'relation',
    swapped: false,
    statePublished: !env.settings.dryRun,
    swaps: [],
    relations: [],
    preflight: [],
    rollbackInstructions: 'Run rollback again to re-apply the deploy that was rolled back.'
  }
  report.statusReason = env.settings.dryRun
    ? `Dry run: production already holds what ${describeEntry(entry)} moved back; its state would be published and nothing moved.`
    : `Production already holds what ${describeEntry(entry)} moved back; its state was published now and nothing was moved.`
  env.log.info(report.statusReason)
}

/** Swaps the retained previous containers back in, as the state record of the last deploy names them. */
async function rollBackContainers(
  flow: FlowRun,
  warehouse: Warehouse,
  deploys: ContainerDeploys,
  state: ResolvedState
): Promise<void> {
  const { env, report } = flow
  const targets = recordedTargets(state.record, state.provenance.location ?? 'no state found')
  if (!state.manifest || !state.previousManifestPath) {
    throw new UserError(
      'Nothing to roll back to: the production state holds no previous manifest, so the deploy that published it had no previous production.'
    )
  }
  const record = await flow.step('swap back', () => {
    flow.pointOfNoReturn(UNPUBLISHED)
    return deploys.rollback(targets)
  })
  if (env.settings.dryRun) return recordDryRunOf(flow, warehouse)
  report.deploy = {
    strategy: 'container',
    swapped: true,
    statePublished: false,
    swaps: swappedBack(record.targets),
    preflight: [],
    rollbackInstructions: DEPLOY_WORDS.reapply
  }
  const manifest = state.manifest
  const previousManifestPath = state.previousManifestPath
  const location = await flow.step('publish state', () =>
    publishDeployState(env, {
      manifestPath: previousManifestPath,
      runResultsPath: null,
      previousManifestPath: manifest.path,
      producer: producerOf(env),
      dbtVersion: manifest.metadata.dbtVersion,
      schemas: targets.map(t => t.production),
      details: deployDetails({ kind: 'rollback', warehouse: warehouse.kind, targets })
    })
  )
  report.deploy.statePublished = true
  env.log.info(
    `Rolled back ${targets.map(t => t.production).join(', ')}; republished the matching state to ${location}.`
  )
}

/** A dry run's warehouse recorded the statements instead of running them; the state stays as it is. */
function recordDryRunOf(flow: FlowRun, warehouse: Warehouse): void {
  const sql = warehouse.statements.filter(s => s.skipped).map(s => s.sql)
  recordDryRun(flow.report, { sql })
  flow.report.statusReason = `Dry run: nothing was moved and no state was published; ${sql.length} statements printed.`
}

/** After a rollback each production holds what its previous held, and what it held is kept as previous in turn. */
function swappedBack(targets: readonly { production: string; previous: string }[]): SchemaSwap[] {
  return targets.map(t => ({ production: t.production, green: t.previous, previousKeptAs: t.previous }))
}
