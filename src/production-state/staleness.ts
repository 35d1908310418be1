import type { StateWarning } from '../report/types.js'

/** Seconds from `earlier` (ISO 8601) to `now`; null when unknown. */
export function secondsSince(earlier: string | null, now: Date): number | null {
  if (earlier === null) return null
  const time = Date.parse(earlier)
  if (Number.isNaN(time)) return null
  return Math.max(0, Math.round((now.getTime() - time) / 1000))
}

/** The warning for state older than `state-max-age-hours`; 0 turns the check off, the limit itself is not stale. */
export function staleWarning(ageSeconds: number | null, maxAgeHours: number): StateWarning | null {
  if (maxAgeHours <= 0 || ageSeconds === null || ageSeconds <= maxAgeHours * 3600) return null
  return {
    code: 'stale',
    message:
      `Production state is ${Math.floor(ageSeconds / 3600)} hours old, older than \`state-max-age-hours\` ` +
      `(${maxAgeHours}): changes deployed since may show up as modified.`
  }
}
