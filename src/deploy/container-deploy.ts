import { howToSet } from '../config/naming.js'
import { parseProject } from '../dbt/parse-project.js'
import { runRecorded } from '../dbt/run-recorded.js'
import type { RunResults } from '../dbt/run-results.js'
import type { Environment, ResolvedState } from '../environment.js'
import { UserError } from '../errors.js'
import type { FlowRun } from '../flow/runner.js'
import { relationOf, relationsOf, type NodeRelation } from '../manifest/relations.js'
import type { Manifest } from '../manifest/types.js'
import { recordDryRun } from '../report/lifecycle.js'
import type { Report } from '../report/types.js'
import type { Container, ContainerDeploys, Relation, SwapTarget, Warehouse } from '../warehouse/warehouse.js'
import { deployDetails } from './deploy-record.js'
import { markGreen } from './green-marks.js'
import { assertSwapNamesFit } from './plan.js'
import { swapTargets } from './swap-targets.js'
import { producerOf, publishDeployState } from './publish.js'
import { deploySelectionArgs, publishedSources, selectForDeploy } from './selection.js'

const schemaOf = (target: SwapTarget, side: 'production' | 'green'): Container => ({
  level: target.level,
  database: target.database,
  name: target[side]
})

/**
 * The container deploy (Snowflake): zero-copy clone every production container into green, build and test the
 * selection there, and only if everything passes swap the containers atomically, keeping the previous production
 * for rollback. A clone keeps every incremental model's and snapshot's history, so nothing is rebuilt from scratch.
 */
export async function deployContainers(
  flow: FlowRun,
  warehouse: Warehouse,
  deploys: ContainerDeploys,
  state: ResolvedState
): Promise<void> {
  const { env, report } = flow
  const { settings, log } = env
  const production = state.manifest
  const productionSchema = await flow.step('name production', () => env.productionSchema())
  const current = await flow.step('parse with production naming', () =>
    log.group('Parse the project with production naming', () =>
      parseProject(env, { DBT_SLIM_CI_MODE: 'deploy' })
    )
  )
  const { targets, greenEnv } = await flow.step('parse with green naming', () =>
    log.group('Parse the project with green naming', () =>
      swapTargets(env, warehouse, current, productionSchema)
    )
  )
  assertSwapNamesFit(targets, current.metadata.adapterType)
  log.info(
    `Swap plan: ${targets.map(t => `${t.production} ⇄ ${t.green} (previous kept as ${t.previous})`).join(', ')}`
  )
  const { full, selected } = await flow.step('plan', () =>
    selectForDeploy(env, report, current, state, greenEnv)
  )
  report.deploy = {
    strategy: 'container',
    swaps: [],
    swapped: false,
    preflight: [],
    rollbackInstructions: null
  }

  const deleted = production ? relationsOf(production).filter(r => !current.nodes.has(r.uniqueId)) : []
  const extraSelect = await flow.step('clone into green', () =>
    log.group('Clone production into green', () =>
      cloneIntoGreen(env, warehouse, deploys, report, current, targets, new Set(selected), deleted)
    )
  )
  const buildArgs =
    full || !state.dir
      ? ['build', ...settings.dbt.args]
      : ['build', ...deploySelectionArgs(env, extraSelect), '--state', state.dir, ...settings.dbt.args]
  await flow.step('mark green', () => markGreen(env, warehouse, targets))
  if (settings.dryRun) return dryRun(env, warehouse, deploys, report, targets, buildArgs)
  const results = await flow.step('build', () =>
    runRecorded(env, report, buildArgs, greenEnv, {
      phase: 'dbt build',
      message: 'dbt build in green failed; production was not touched'
    })
  )
  if (report.status === 'failure') return abandonGreen(env, warehouse, targets, report)

  const findings = await flow.step('preflight', () => deploys.preflight(targets))
  report.deploy.preflight.push(
    ...findings.map(f => ({ level: f.severity, message: `${f.detail} Fix: ${f.fix}`, relation: f.object }))
  )
  const blocking = findings.filter(f => f.severity === 'error')
  if (blocking.length > 0 && settings.deploy.preflight === 'fail') {
    await abandonGreen(env, warehouse, targets, report)
    throw new UserError(
      `Preflight found ${blocking.length} problem(s) that the swap would cause:\n${blocking.map(f => `${f.object}: ${f.detail}`).join('\n')}`,
      {
        hint: `Fix them, or set ${howToSet('preflight', 'warn', settings.front)} to swap anyway. Production was not touched.`
      }
    )
  }
  for (const finding of findings) log.warning(`${finding.object}: ${finding.detail} Fix: ${finding.fix}`)

  const existing = await flow.step('copy grants', () => copyProductionGrants(warehouse, deploys, targets))
  await flow.step('swap', () =>
    log.group('Swap green and production', () => {
      flow.pointOfNoReturn('the swap is changing production; stopping now would leave its state unpublished.')
      return deploys.swap(targets)
    })
  )
  report.deploy.swapped = true
  report.deploy.statePublished = false
  report.deploy.swaps = targets.map(t => ({
    production: t.production,
    green: t.green,
    previousKeptAs: settings.deploy.keepPrevious && existing.has(t.production) ? t.previous : null,
    hadProduction: existing.has(t.production)
  }))
  // A first deploy kept no previous production: there is nothing to roll back to.
  report.deploy.rollbackInstructions =
    settings.deploy.keepPrevious && existing.size > 0
      ? settings.front === 'cli'
        ? 'Run `dbt-slim-ci rollback` with the same `--state` to swap the previous production back in.'
        : 'Run the deploy workflow with `mode: rollback` to swap the previous production back in.'
      : null
  if (!settings.deploy.keepPrevious) {
    await flow.step('drop previous', async () => {
      for (const target of targets.filter(t => existing.has(t.production))) {
        await warehouse.drop({ level: target.level, database: target.database, name: target.previous })
      }
    })
  }
  const location = await flow.step('publish state', () =>
    publishState(
      env,
      current,
      production?.path ?? null,
      results,
      publishedSources(report),
      targets,
      warehouse.kind
    )
  )
  report.deploy.statePublished = true
  log.info(`Published the new production state to ${location}.`)
}

/** Re-applies production's grants to green; returns the production containers that exist (not a first deploy). */
async function copyProductionGrants(
  warehouse: Warehouse,
  deploys: ContainerDeploys,
  targets: SwapTarget[]
): Promise<Set<string>> {
  const existing = new Set<string>()
  for (const target of targets) {
    if (!(await warehouse.containerExists(schemaOf(target, 'production')))) continue
    existing.add(target.production)
    await deploys.copyGrants(schemaOf(target, 'production'), schemaOf(target, 'green'))
  }
  return existing
}

/**
 * A dry run stops before dbt builds anything: the warehouse records the clone, grant and swap statements as
 * skipped instead of running them, and the run prints them.
 */
async function dryRun(
  env: Environment,
  warehouse: Warehouse,
  deploys: ContainerDeploys,
  report: Report,
  targets: SwapTarget[],
  buildArgs: string[]
): Promise<void> {
  await copyProductionGrants(warehouse, deploys, targets)
  await deploys.swap(targets)
  const statements = warehouse.statements.filter(s => s.skipped).map(s => `${s.sql};`)
  recordDryRun(report, { dbt: [buildArgs], sql: statements })
  // Nothing was cloned: the statements that would clone are in the dry-run list.
  report.clones = []
  env.log.info(
    `Dry run: dbt would run \`dbt ${buildArgs.join(' ')}\` in green, and the warehouse would run:\n${statements.join('\n')}`
  )
  report.statusReason = `Dry run: nothing was built, cloned or swapped; ${statements.length} statements printed.`
}

/**
 * Gives green every production relation that this deploy does not rebuild. Zero-copy warehouses clone whole
 * containers; others copy tables, and views are rebuilt by dbt (they are bound to the objects they read).
 * Returns what dbt must build in addition to the selection: views, and unselected nodes production lacks.
 */
async function cloneIntoGreen(
  env: Environment,
  warehouse: Warehouse,
  deploys: ContainerDeploys,
  report: Report,
  current: Manifest,
  targets: SwapTarget[],
  selected: ReadonlySet<string>,
  deleted: NodeRelation[]
): Promise<string[]> {
  const drop = env.settings.deploy.deletedRelations === 'drop'
  const key = (schema: string, name: string): string => `${schema}.${name}`.toLowerCase()
  const owners = new Map(relationsOf(current).map(r => [key(r.schema, r.alias), r.uniqueId]))
  const rebuilt = new Set(
    [...selected].flatMap(id => {
      const node = current.nodes.get(id)
      const relation = node ? relationOf(node) : null
      return relation ? [key(relation.schema, relation.alias)] : []
    })
  )
  const dropped = new Set(drop ? deleted.map(r => key(r.schema, r.alias)) : [])
  // Keyed by each relation's own schema, so database-level containers (several schemas) are covered too.
  const inProduction = new Set<string>()
  for (const target of targets) {
    const productionContainer = schemaOf(target, 'production')
    if (!(await warehouse.containerExists(productionContainer))) continue
    const relations = await deploys.listRelations(productionContainer)
    relations.forEach(r => inProduction.add(key(r.schema, r.name)))
    const copy = warehouse.capabilities.zeroCopyClone
      ? undefined
      : relations
          .filter(
            r =>
              r.kind === 'table' && !rebuilt.has(key(r.schema, r.name)) && !dropped.has(key(r.schema, r.name))
          )
          .map(r => r.name)
    const result = await deploys.clone(
      productionContainer,
      schemaOf(target, 'green'),
      copy ? { relations: copy } : {}
    )
    const place = (container: string, relation: Relation): string =>
      [container, ...(target.level === 'database' ? [relation.schema] : []), relation.name].join('.')
    for (const relation of result.cloned) {
      const productionSchema = target.level === 'database' ? relation.schema : target.production
      report.clones.push({
        uniqueId: owners.get(key(productionSchema, relation.name)) ?? relation.name,
        purpose: 'green',
        from: place(target.production, relation),
        to: place(target.green, relation),
        method: result.method
      })
    }
  }
  const extra = new Set<string>()
  for (const node of current.nodes.values()) {
    const relation = relationOf(node)
    if (!relation || selected.has(node.uniqueId)) continue
    const rebuildView =
      !warehouse.capabilities.zeroCopyClone &&
      relation.materialized !== 'table' &&
      relation.materialized !== 'incremental' &&
      relation.resourceType === 'model'
    if (!inProduction.has(key(relation.schema, relation.alias)) || rebuildView) extra.add(node.name)
  }
  for (const relation of deleted) {
    const name = `${relation.schema}.${relation.alias}`
    const kept = !drop || warehouse.capabilities.zeroCopyClone
    report.deploy?.preflight.push({
      level: kept && drop ? 'warning' : 'info',
      message: kept
        ? drop
          ? `${relation.uniqueId} was deleted from the project, but a zero-copy clone keeps its relation: drop ${name} by hand.`
          : `${relation.uniqueId} was deleted from the project; its relation stays in production (\`deleted-relations: drop\` removes it).`
        : `${relation.uniqueId} was deleted from the project: its relation is not carried into the new production (it stays in the previous one).`,
      relation: name
    })
  }
  if (extra.size > 0)
    env.log.info(
      `Also building in green: ${[...extra].sort().join(', ')} (views bound to green tables, or missing from production).`
    )
  return [...extra].sort()
}

/** After a failure before the swap: production is untouched; green is kept for investigation or dropped. */
async function abandonGreen(
  env: Environment,
  warehouse: Warehouse,
  targets: SwapTarget[],
  report: Report
): Promise<void> {
  if (env.settings.deploy.keepGreenOnFailure) {
    env.log.info(
      `Production was not touched. Green kept for investigation: ${targets.map(t => t.green).join(', ')}.`
    )
    return
  }
  for (const target of targets) {
    if (await warehouse.containerExists(schemaOf(target, 'green')))
      await warehouse.drop(schemaOf(target, 'green'))
  }
  report.statusReason = `${report.statusReason ?? 'Deploy failed'} Production was not touched; green was dropped.`
}

function publishState(
  env: Environment,
  current: Manifest,
  previousManifestPath: string | null,
  results: RunResults | null,
  sourcesPath: string | null,
  targets: SwapTarget[],
  warehouse: string
): Promise<string> {
  return publishDeployState(env, {
    manifestPath: current.path,
    runResultsPath: results?.file ?? null,
    sourcesPath,
    previousManifestPath,
    producer: producerOf(env),
    dbtVersion: current.metadata.dbtVersion,
    schemas: targets.map(target => target.production),
    details: deployDetails({ kind: 'deploy', warehouse, targets })
  })
}
