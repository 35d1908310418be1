import type { Container } from './warehouse.js'

/**
 * The comment dbt-slim-ci writes on every schema it creates, so clean-up and garbage collection find a pull
 * request's schemas by who made them, whatever the target, prefix or generate_schema_name produced the names.
 * Format: `dbt-slim-ci:` followed by one JSON object, short enough for any warehouse's comment limit.
 */
export const MARK_PREFIX = 'dbt-slim-ci:'

/**
 * `pr`: a pull request's build schema. `deploy`: built as a deploy's green, so after swaps it names production,
 * then the previous production; the creation time is when that deploy built it.
 */
export type MarkRole = 'pr' | 'deploy'

export interface OwnershipMark {
  role: MarkRole
  /** `owner/name`, or `local` for CLI runs without one. */
  repository: string
  /** The pull request, for `pr` marks. */
  pullRequest: number | null
  /** When the schema was first claimed (ISO-8601). */
  createdAt: string
  /** The last run that built into it: garbage collection measures age from here. */
  updatedAt: string
}

/** A schema (or Snowflake database) that carries a mark, as the warehouse stores its name. */
export interface MarkedContainer {
  container: Container
  mark: OwnershipMark
}

export function formatMark(mark: OwnershipMark): string {
  const body: Record<string, unknown> = { v: 1, role: mark.role, repo: mark.repository }
  if (mark.pullRequest !== null) body.pr = mark.pullRequest
  body.created = mark.createdAt
  body.updated = mark.updatedAt
  return `${MARK_PREFIX}${JSON.stringify(body)}`
}

/** The mark a comment holds; null for any other comment, including a malformed or foreign one. */
export function parseMark(comment: string | null | undefined): OwnershipMark | null {
  if (typeof comment !== 'string' || !comment.startsWith(MARK_PREFIX)) return null
  let body: unknown
  try {
    body = JSON.parse(comment.slice(MARK_PREFIX.length))
  } catch {
    return null
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null
  const { v, role, repo, pr, created, updated } = body as Record<string, unknown>
  if (v !== 1 || (role !== 'pr' && role !== 'deploy') || typeof repo !== 'string' || repo === '') return null
  if (!isTimestamp(created) || !isTimestamp(updated)) return null
  const pullRequest = pr === undefined ? null : pr
  if (pullRequest !== null && !(Number.isSafeInteger(pullRequest) && (pullRequest as number) > 0)) return null
  if (role === 'pr' && pullRequest === null) return null
  return {
    role,
    repository: repo,
    pullRequest: pullRequest as number | null,
    createdAt: created,
    updatedAt: updated
  }
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
}

/** The mark to write now: an existing mark of the same owner keeps its creation time. */
export function renewedMark(
  owner: Omit<OwnershipMark, 'createdAt' | 'updatedAt'>,
  existing: OwnershipMark | null,
  now: Date
): OwnershipMark {
  const sameOwner =
    existing !== null &&
    existing.role === owner.role &&
    existing.repository === owner.repository &&
    existing.pullRequest === owner.pullRequest
  const at = now.toISOString()
  return { ...owner, createdAt: sameOwner ? existing.createdAt : at, updatedAt: at }
}
