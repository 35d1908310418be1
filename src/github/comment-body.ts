/** GitHub rejects issue comments longer than this (counted in UTF-16 code units, i.e. JS `length`). */
export const MAX_COMMENT_LENGTH = 65_536

export const DEFAULT_COMMENT_ID = 'comment'

const FENCE_CLOSE = '\n```'
const TRUNCATION_NOTE = '\n\n… *(comment truncated: the full report is in the job summary)*'

/** The hidden first line that identifies our comment; distinct ids let two jobs keep two comments on one PR. */
export function commentMarker(id: string = DEFAULT_COMMENT_ID): string {
  return `<!-- dbt-slim-ci:${id} -->`
}

export function startsWithMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false
  const newline = body.indexOf('\n')
  return (newline === -1 ? body : body.slice(0, newline)).trim() === marker
}

/**
 * The comment body: the marker first (so truncation can never remove it), then the markdown, cut to GitHub's
 * limit at a line break with a note when it is too long.
 */
export function commentBody(markdown: string, marker: string): string {
  const head = `${marker}\n`
  const full = head + markdown
  if (full.length <= MAX_COMMENT_LENGTH) return full
  let cut = markdown.slice(0, MAX_COMMENT_LENGTH - head.length - TRUNCATION_NOTE.length - FENCE_CLOSE.length)
  const lastLine = cut.lastIndexOf('\n')
  if (lastLine > cut.length / 2) cut = cut.slice(0, lastLine)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return head + closeOpenFence(cut) + TRUNCATION_NOTE
}

/** A cut inside a ``` block would swallow the note into the code block. */
function closeOpenFence(markdown: string): string {
  const fences = markdown.match(/^```/gm)?.length ?? 0
  return fences % 2 === 1 ? markdown + FENCE_CLOSE : markdown
}
