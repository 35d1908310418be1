import type { Environment, Log } from '../environment.js'
import { UserError } from '../errors.js'
import { relationOf } from '../manifest/relations.js'
import type { Manifest } from '../manifest/types.js'
import { renewedMark, type MarkedContainer } from '../warehouse/ownership-mark.js'
import type { Container, Warehouse } from '../warehouse/warehouse.js'

/** A schema the PR would build into is marked as someone else's. */
export class OwnershipConflictError extends UserError {
  override name = 'OwnershipConflictError'
}

/**
 * Connects and marks the schemas of the nodes this run executes. A warehouse that cannot carry marks (an adapter
 * without support, no COMMENT privilege) only costs the mark: cleanup then finds the schemas by name, as it says.
 */
export async function claimPrSchemas(
  env: Environment,
  manifest: Manifest,
  executed: Iterable<string>
): Promise<void> {
  const containers = prContainersOf(manifest, executed)
  if (containers.length === 0) return
  try {
    const warehouse = await env.connectWarehouse()
    try {
      await markPrSchemas(env, warehouse, containers)
    } finally {
      await warehouse.close()
    }
    env.log.info(
      `Marked ${containers.map(c => c.name).join(', ')} as schemas of pull request #${env.run.pullRequest}.`
    )
  } catch (error) {
    if (error instanceof OwnershipConflictError) throw error
    env.log.warning(
      `Could not write the ownership mark on ${containers.map(c => c.name).join(', ')}: ${(error as Error).message} Cleanup will find these schemas by name only.`
    )
  }
}

/** The schemas dbt will create for the nodes it executes: every one gets this PR's ownership mark. */
export function prContainersOf(manifest: Manifest, executed: Iterable<string>): Container[] {
  const seen = new Map<string, Container>()
  for (const id of executed) {
    const node = manifest.nodes.get(id)
    const relation = node ? relationOf(node) : null
    if (!relation) continue
    const container: Container = { level: 'schema', database: relation.database, name: relation.schema }
    seen.set(`${relation.database ?? ''}.${relation.schema}`, container)
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * Marks the PR's schemas before dbt builds into them, so a crash mid-build still leaves them findable. A schema
 * that already carries another owner's mark is refused: two names met (a truncated identifier, a naming macro
 * that ignores the PR number) and building would overwrite someone else's relations.
 */
export async function markPrSchemas(
  env: Environment,
  warehouse: Warehouse,
  containers: readonly Container[]
): Promise<void> {
  const owner = { role: 'pr' as const, repository: env.run.repository, pullRequest: env.run.pullRequest }
  for (const container of containers) {
    const existing = await warehouse.readMark(container)
    if (
      existing &&
      (existing.role !== 'pr' ||
        existing.repository !== owner.repository ||
        existing.pullRequest !== owner.pullRequest)
    ) {
      throw new OwnershipConflictError(
        `Schema \`${container.name}\` belongs to ${describeOwner(existing)} (its ownership mark), not to pull request #${owner.pullRequest}: building would overwrite its relations. Give each pull request its own schema (\`schema-prefix\`, or a generate_schema_name that keeps DBT_SLIM_CI_SCHEMA).`
      )
    }
    await warehouse.markContainer(container, renewedMark(owner, existing, env.now()))
  }
}

/** The schemas whose mark names this run's pull request and repository, in every database given. */
export async function markedPrSchemas(
  env: Environment,
  warehouse: Warehouse,
  databases: readonly (string | null)[]
): Promise<MarkedContainer[]> {
  return (await listMarks(env.log, warehouse, databases)).filter(
    ({ mark }) =>
      mark.role === 'pr' && mark.repository === env.run.repository && mark.pullRequest === env.run.pullRequest
  )
}

/**
 * Every marked schema in the default database and the databases given, once each. A database whose marks
 * cannot be listed (another database on Postgres, no privilege) is a warning: its schemas are just not found.
 */
export async function listMarks(
  log: Pick<Log, 'warning'>,
  warehouse: Warehouse,
  databases: readonly (string | null)[]
): Promise<MarkedContainer[]> {
  const found = new Map<string, MarkedContainer>()
  for (const database of new Set([null, ...databases])) {
    const listed = await warehouse.listMarkedContainers(database).catch((error: Error) => {
      log.warning(
        `Could not list the ownership marks in ${database ?? 'the default database'}: ${error.message}`
      )
      return []
    })
    for (const marked of listed)
      found.set(`${marked.container.database ?? ''}.${marked.container.name}`, marked)
  }
  return [...found.values()]
}

export function describeOwner(mark: MarkedContainer['mark']): string {
  return mark.role === 'pr'
    ? `pull request #${mark.pullRequest} of ${mark.repository}`
    : `a deploy of ${mark.repository}`
}
