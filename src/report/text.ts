/** Length-safe text helpers: everything the report shortens is cut between graphemes, never inside one. */

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })
/** Graphemes are found in a window around the cut: segmenting a whole long message costs O(length) each time. */
const WINDOW = 64

/**
 * At most `max` UTF-16 code units of `text` (GitHub counts a comment's length that way), ending with `…` when
 * shortened. Cuts between grapheme clusters, so no emoji, accented letter or surrogate pair is split.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  if (max < 1) return ''
  const limit = max - 1
  const start = Math.max(0, limit - WINDOW)
  let cut = start
  for (const { index } of graphemes.segment(text.slice(start, limit + WINDOW))) {
    if (start + index > limit) break
    cut = start + index
  }
  // A cluster longer than the window (stacked combining marks) may still be split; a surrogate pair never is.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--
  return `${text.slice(0, cut)}…`
}

/** The first line of `text`, clipped, with a marker when lines were dropped. */
export function firstLine(text: string, max: number): string {
  const lines = text.trim().split(/\r?\n/)
  const line = lines[0] ?? ''
  return clip(lines.length > 1 ? `${line} …` : line, max)
}

/** `1,234` — fixed locale, so output does not depend on the runner's. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US')
}

/** `1 model` / `3 models`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`
}

/** `850 ms`, `12.3 s`, `4m 05s`, `2h 03m`. */
export function formatDuration(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const total = Math.round(seconds)
  const pad = (n: number): string => String(n).padStart(2, '0')
  if (total < 3600) return `${Math.floor(total / 60)}m ${pad(total % 60)}s`
  return `${Math.floor(total / 3600)}h ${pad(Math.floor((total % 3600) / 60))}m`
}

/** `45 minutes`, `3 hours`, `9 days`: how old something is, rounded down. */
export function formatAge(seconds: number): string {
  if (seconds < 3600) return plural(Math.max(0, Math.floor(seconds / 60)), 'minute')
  if (seconds < 2 * 86400) return plural(Math.floor(seconds / 3600), 'hour')
  return plural(Math.floor(seconds / 86400), 'day')
}

/** `2026-11-25 08:00 UTC` from an ISO-8601 timestamp; the input itself when it does not parse. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7)
}

/** Bytes in the largest unit that keeps the number at least 1 (`1.2 MB`, `640 kB`), as storage is quoted. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}
