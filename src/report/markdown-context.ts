import type { Measure } from './budget.js'
import { code, escapeProse, link } from './escape.js'
import { clip, plural } from './text.js'
import type { Report } from './types.js'
import { nodeName, nodeTypeWord, resourceTypeWord, type Inline } from './wording.js'

/** What every Markdown section needs besides the report: how to measure, name nodes and point to more. */
export interface MarkdownContext {
  report: Report
  measure: Measure
  /** A node's display name as a code span (read off its unique_id when the report has no display info). */
  name(uniqueId: string, inTable?: boolean): string
  /** `model `customers``: the resource type, then the name as a code span, for lists that mix types. */
  typedName(uniqueId: string): string
  /** "… and 9,950 more modified models — see the full report". */
  more(count: number, singular: string, pluralForm?: string): string
  inline: Inline
}

/** Longest node name or relation shown; longer ones are clipped between graphemes. */
export const NAME_MAX = 120

export function markdownContext(
  report: Report,
  measure: Measure,
  fullReportUrl: string | null
): MarkdownContext {
  const pointer = fullReportUrl ? ` — ${link('see the full report', fullReportUrl)}` : ' (left out for size)'
  return {
    report,
    measure,
    name: (uniqueId, inTable = false) => code(clip(nodeName(report, uniqueId), NAME_MAX), inTable),
    typedName: uniqueId => {
      const word = nodeTypeWord(report, uniqueId)
      return `${word ? `${word} ` : ''}${code(clip(nodeName(report, uniqueId), NAME_MAX))}`
    },
    more: (count, singular, pluralForm) =>
      `… and ${plural(count, `more ${singular}`, `more ${pluralForm ?? `${singular}s`}`)}${pointer}`,
    inline: { code: text => code(text), text: text => escapeProse(text) }
  }
}

/** `table · "db"."schema"."orders"` — what a node is and where it lives, for list items. */
export function nodeDetails(context: MarkdownContext, uniqueId: string): string {
  const display = context.report.nodes[uniqueId]
  if (!display) return ''
  const parts = [
    display.materialization ?? resourceTypeWord(display.resourceType),
    ...(display.relationName ? [code(clip(display.relationName, NAME_MAX))] : [])
  ]
  return parts.join(' · ')
}
