import type { OwnershipMark } from '../warehouse/ownership-mark.js'
import type { Container } from '../warehouse/warehouse.js'

/** What GitHub says of a pull request; `unknown` when it could not be asked (no token, an error) and why. */
export type PullRequestStatus = { state: 'open' } | { state: 'closed' } | { state: 'unknown'; why: string }

/**
 * A container garbage collection may drop: a schema carrying a pull request's mark, or the green or previous
 * container of a production one (read by name from the swap plan, so it carries a deploy's mark or none).
 */
export interface GcCandidate {
  container: Container
  kind: 'pr' | 'green' | 'previous'
  mark: OwnershipMark | null
}

export interface GcInput {
  /** The repository whose marks this run may act on (`owner/name`, `local` in the CLI). */
  repository: string
  candidates: readonly GcCandidate[]
  /** Lower-cased names of every container production state or production naming uses: never dropped. */
  protectedNames: ReadonlySet<string>
  /** The state of each pull request a candidate's mark names; null when GitHub is not asked at all. */
  pullRequests: ReadonlyMap<number, PullRequestStatus> | null
  now: Date
  ttlHours: number
  /**
   * When the current production state was published: a previous container stopped being production then, so
   * its age counts from there rather than from the older deploy that built it.
   */
  productionSince: string | null
}

export interface GcDecision {
  container: Container
  kind: GcCandidate['kind']
  action: 'drop' | 'keep'
  reason: string
}

/**
 * Decides, for every candidate, whether garbage collection drops it, with the reason the report shows. Pure:
 * the flow lists the marks and asks GitHub, this only reads what it is given.
 */
export function planGc(input: GcInput): GcDecision[] {
  return [...input.candidates]
    .sort(
      (a, b) =>
        a.container.name.localeCompare(b.container.name) ||
        (a.container.database ?? '').localeCompare(b.container.database ?? '')
    )
    .map(candidate => ({
      container: candidate.container,
      kind: candidate.kind,
      ...decide(candidate, input)
    }))
}

function decide(candidate: GcCandidate, input: GcInput): Pick<GcDecision, 'action' | 'reason'> {
  const { mark, kind } = candidate
  const keep = (reason: string) => ({ action: 'keep' as const, reason })
  const drop = (reason: string) => ({ action: 'drop' as const, reason })
  if (input.protectedNames.has(candidate.container.name.toLowerCase())) return keep('production uses it')
  if (mark === null) {
    return keep('it has no ownership mark, so nothing says dbt-slim-ci built it')
  }
  if (mark.repository !== input.repository) return keep(`its mark belongs to ${mark.repository}`)
  if (kind === 'pr' ? mark.role !== 'pr' : mark.role !== 'deploy') {
    return keep(
      `its mark says a ${mark.role === 'pr' ? 'pull request' : 'deploy'} built it, not a ${kind === 'pr' ? 'pull request' : 'deploy'}`
    )
  }
  const since = kind === 'previous' ? latest(mark.updatedAt, input.productionSince) : mark.updatedAt
  const hours = (input.now.getTime() - Date.parse(since)) / 3_600_000
  const age = `${formatHours(hours)} ${kind === 'previous' ? 'since it stopped being production' : 'since it was last built'}`
  const expired = hours > input.ttlHours
  const ttl = `the TTL of ${input.ttlHours} hours`
  if (kind !== 'pr') {
    const what =
      kind === 'green'
        ? 'a green leftover of a deploy that did not swap'
        : 'the previous production (rollback)'
    return expired ? drop(`${what}, ${age}: older than ${ttl}`) : keep(`${what}, ${age}: within ${ttl}`)
  }
  const pullRequest = `pull request #${mark.pullRequest}`
  const status = input.pullRequests?.get(mark.pullRequest ?? 0)
  if (status?.state === 'closed') return drop(`${pullRequest} is closed`)
  const known =
    status === undefined
      ? `${pullRequest}'s state was not asked (TTL only)`
      : status.state === 'open'
        ? `${pullRequest} is open`
        : `${pullRequest}'s state is unknown (${status.why})`
  return expired ? drop(`${known}, ${age}: older than ${ttl}`) : keep(`${known}, ${age}: within ${ttl}`)
}

function latest(a: string, b: string | null): string {
  return b !== null && Date.parse(b) > Date.parse(a) ? b : a
}

function formatHours(hours: number): string {
  if (hours < 1) return 'less than an hour'
  if (hours < 48) return `${Math.floor(hours)} ${Math.floor(hours) === 1 ? 'hour' : 'hours'}`
  return `${Math.floor(hours / 24)} days`
}
