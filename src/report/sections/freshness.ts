import { fixedPart, type Part } from '../budget.js'
import { code } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { formatCount, plural } from '../text.js'
import type { SourceFreshnessReport } from '../types.js'

const LISTED = 10

/**
 * What `dbt source freshness` found and what it was for, in sentences both renderers use: the statuses, the
 * sources `source_status:fresher` picked (the selection used them), and whether the deploy publishes the file.
 */
export function freshnessSentences(
  freshness: SourceFreshnessReport,
  quote: (text: string) => string
): string[] {
  const list = (ids: readonly string[]) =>
    ids.slice(0, LISTED).map(quote).join(', ') +
    (ids.length > LISTED ? `, … (${ids.length - LISTED} more)` : '')
  if (freshness.file === null)
    return [`${quote(freshness.commandLine)} wrote no sources.json (exit ${freshness.exitCode}).`]
  const counts = new Map<string, number>()
  for (const source of freshness.sources) counts.set(source.status, (counts.get(source.status) ?? 0) + 1)
  const stale = freshness.sources.filter(source => source.status !== 'pass').map(source => source.uniqueId)
  const sentences = [
    `${quote(freshness.commandLine)} checked ${plural(freshness.sources.length, 'source')}: ` +
      [...counts].map(([status, count]) => `${formatCount(count)} ${status}`).join(', ') +
      (stale.length > 0 ? ` (${list(stale)})` : '') +
      (freshness.exitCode !== 0 ? `; dbt exited ${freshness.exitCode}, which does not fail this run` : '') +
      '.'
  ]
  if (freshness.fresher !== null)
    sentences.push(
      freshness.fresher.length > 0
        ? `The selection used ${quote('source_status:')}: ${plural(freshness.fresher.length, 'source')} loaded newer data than production state's sources.json: ${list(freshness.fresher)}.`
        : `The selection used ${quote('source_status:')}: no source loaded newer data than production state's sources.json.`
    )
  if (freshness.published) sentences.push('The deploy publishes this sources.json with the production state.')
  return sentences
}

export function freshnessPart(context: MarkdownContext): Part | null {
  const freshness = context.report.freshness
  if (!freshness) return null
  const text = `**Source freshness:** ${freshnessSentences(freshness, text => code(text)).join(' ')}`
  return fixedPart('source freshness', 4, text, context.measure)
}
