import { dropAll } from '../defer/drop-schemas.js'
import { listMarks } from '../defer/pr-marks.js'
import { PREVIOUS_SUFFIX } from '../deploy/plan.js'
import type { Log } from '../environment.js'
import type { GcEntry, GcReport } from '../report/types.js'
import type { Container, SwapTarget, Warehouse } from '../warehouse/warehouse.js'
import { planGc, type GcCandidate, type GcDecision, type PullRequestStatus } from './plan.js'

/** How garbage collection learns which pull requests are closed: GitHub, or nothing (TTL only) and why. */
export type PullRequestLookup =
  | { ask: (numbers: readonly number[]) => Promise<ReadonlyMap<number, PullRequestStatus>> }
  | { ask: null; why: string }

export interface SweepInput {
  repository: string
  /** The swap plan of the current project: its green and previous containers are the leftovers looked for. */
  targets: readonly SwapTarget[]
  /** Every schema production state, production naming or the state record names: never dropped. */
  productionSchemas: readonly { database: string | null; schema: string }[]
  pullRequests: PullRequestLookup
  now: Date
  ttlHours: number
  productionSince: string | null
  dryRun: boolean
  log: Pick<Log, 'info' | 'warning'>
}

export interface SweepOutcome {
  gc: GcReport
  /** Why containers that should have gone could not be dropped. */
  failures: string[]
}

/** Finds the marked PR schemas and the green and previous leftovers, asks about their PRs, plans, and drops. */
export async function sweep(warehouse: Warehouse, input: SweepInput): Promise<SweepOutcome> {
  const { targets, productionSchemas, pullRequests, log } = input
  const protectedNames = new Set(
    [...productionSchemas.map(s => s.schema), ...targets.map(t => t.production)].map(n => n.toLowerCase())
  )
  const marks = await listMarks(log, warehouse, [...new Set(productionSchemas.map(s => s.database))])
  const candidates = [
    // Other repositories' pull requests share the warehouse but are theirs to collect: not even listed.
    ...marks
      .filter(({ mark }) => mark.role === 'pr' && mark.repository === input.repository)
      .map(({ container, mark }): GcCandidate => ({ container, kind: 'pr', mark })),
    ...(await leftovers(warehouse, targets, productionSchemas))
  ]
  const numbers = candidates.flatMap(({ kind, mark }) =>
    kind === 'pr' && mark?.pullRequest ? [mark.pullRequest] : []
  )
  const states = pullRequests.ask && numbers.length > 0 ? await pullRequests.ask(numbers) : null
  const decisions = planGc({
    repository: input.repository,
    candidates,
    protectedNames,
    pullRequests: states,
    now: input.now,
    ttlHours: input.ttlHours,
    productionSince: input.productionSince
  })
  const gc: GcReport = {
    ttlHours: input.ttlHours,
    pullRequestStates: pullRequests.ask ? 'github' : 'ttl-only',
    note: pullRequests.ask ? null : pullRequests.why,
    dropped: [],
    kept: decisions.filter(d => d.action === 'keep').map(entryOf)
  }
  if (gc.note) log.warning(gc.note)
  const doomed = new Map(decisions.filter(d => d.action === 'drop').map(d => [d.container, d]))
  const outcome = await dropAll(warehouse, [...doomed.keys()], container => {
    const decision = doomed.get(container)!
    gc.dropped.push(entryOf(decision))
    log.info(`${input.dryRun ? 'Dry run: would drop' : 'Dropped'} ${container.name}: ${decision.reason}.`)
  })
  for (const { container, error } of outcome.failed) {
    gc.kept.push({ ...entryOf(doomed.get(container)!), reason: `could not drop it: ${error.message}` })
  }
  return { gc, failures: outcome.failed.map(f => f.error.message) }
}

/**
 * The green and previous containers that exist: those of the current swap plan, and the `__previous` of schemas
 * only production state still names (a schema the project no longer builds).
 */
async function leftovers(
  warehouse: Warehouse,
  targets: readonly SwapTarget[],
  productionSchemas: SweepInput['productionSchemas']
): Promise<GcCandidate[]> {
  const wanted = new Map<string, { container: Container; kind: 'green' | 'previous' }>()
  // By name alone: a target's database is often null (the connection's) where the manifest names it.
  const add = (container: Container, kind: 'green' | 'previous') => {
    const key = container.name.toLowerCase()
    if (!wanted.has(key)) wanted.set(key, { container, kind })
  }
  for (const target of targets) {
    add({ level: target.level, database: target.database, name: target.green }, 'green')
    add({ level: target.level, database: target.database, name: target.previous }, 'previous')
  }
  if (targets.every(target => target.level === 'schema')) {
    for (const { database, schema } of productionSchemas) {
      add({ level: 'schema', database, name: `${schema}${PREVIOUS_SUFFIX}` }, 'previous')
    }
  }
  const found: GcCandidate[] = []
  for (const { container, kind } of wanted.values()) {
    if (!(await warehouse.containerExists(container))) continue
    found.push({ container, kind, mark: await warehouse.readMark(container) })
  }
  return found
}

function entryOf(decision: GcDecision): GcEntry {
  const { container, kind, reason } = decision
  return { name: container.name, database: container.database, kind, reason }
}
