/**
 * Escaping for every user-controlled string (node names, messages, config values, relation names) that the
 * Markdown report shows: none of them may open HTML, links, tables, code fences or Mermaid syntax.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * For plain Markdown text, in paragraphs, lists and table cells alike: one line, literal. `@name` and `#123` get
 * a zero-width space after the sign: GitHub links references in the rendered text, escapes or not, so a node
 * name or dbt message must not notify people or point at issues.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[&<>]/g, char => HTML_ENTITIES[char])
    .replace(/[\\`*_[\]|~#!]/g, char => `\\${char}`)
    .replace(/@(?=[\p{L}\p{N}_-])|#(?=\d)/gu, '$&\u200B')
}

/**
 * A code span that shows `text` literally. `inTable` escapes `|`, which GitHub's table parser splits cells
 * on even inside code spans (and then unescapes); outside tables that backslash would show.
 */
export function code(text: string, inTable = false): string {
  const oneLine = text.replace(/\r?\n/g, ' ')
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const padded = /^[`\s]|[`\s]$/.test(oneLine) ? ` ${oneLine} ` : oneLine
  return `${fence}${inTable ? padded.replace(/\|/g, '\\|') : padded}${fence}`
}

/**
 * Prose the action wrote around user-controlled values, where `backticked` parts are meant as code
 * ("column `id` was removed"): the backticked parts become code spans, the rest is escaped text.
 */
export function escapeProse(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .split(/(`[^`]+`)/)
    .map((piece, index) => (index % 2 === 1 ? code(piece.slice(1, -1)) : escapeMarkdown(piece)))
    .join('')
}

/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function codeBlock(text: string, language = '', indent = ''): string {
  const longestRun = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  const body = text.replace(/\r\n/g, '\n').replace(/\n+$/, '')
  return [`${fence}${language}`, ...body.split('\n'), fence].map(line => indent + line).join('\n')
}

/** A `[text](url)` link; the url must be one the action built (run URLs, artifact URLs). */
export function link(text: string, url: string): string {
  const safeUrl = url.replace(
    /[()<>\s]/g,
    char => ({ '(': '%28', ')': '%29', '<': '%3C', '>': '%3E' })[char] ?? encodeURIComponent(char)
  )
  return `[${escapeMarkdown(text)}](${safeUrl})`
}

/**
 * A Mermaid label body, to be put between double quotes: every character that Mermaid or the HTML it renders
 * gives meaning to becomes a `#code;` entity, which Mermaid decodes back for display.
 */
export function mermaidLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[^\p{L}\p{N} ._\-:/@$+=,]/gu, char => `#${char.codePointAt(0)};`)
}
