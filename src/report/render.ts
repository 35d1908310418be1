import { fitParts, measureChars, measureUtf8Bytes, type Part } from './budget.js'
import { link } from './escape.js'
import { markdownContext } from './markdown-context.js'
import { changeOriginsPart } from './sections/change-origins.js'
import { changesPart } from './sections/changes.js'
import { cleanupPart } from './sections/cleanup.js'
import { clonesPart } from './sections/clones.js'
import { costDiffPart } from './sections/cost-diff.js'
import { dataDiffPart } from './sections/data-diff.js'
import { deferredRefsPart } from './sections/deferred-refs.js'
import { deployPart } from './sections/deploy.js'
import { dryRunPart } from './sections/dry-run.js'
import { errorsPart } from './sections/errors.js'
import { gcPart } from './sections/gc.js'
import { lineagePart } from './sections/lineage.js'
import { mergePreviewPart } from './sections/merge-preview.js'
import { provenancePart } from './sections/provenance.js'
import { resultsPart } from './sections/results.js'
import { selfCheckPart } from './sections/self-check.js'
import { freshnessPart } from './sections/freshness.js'
import { statusPart } from './sections/status.js'
import type { Report } from './types.js'

/** GitHub rejects longer comment bodies ("Body is too long (maximum is 65536 characters)"), counted in UTF-16 units. */
export const COMMENT_LIMIT = 65_536
/** The runner drops a step summary over 1 MiB (1,048,576 bytes) whole; this keeps a margin below it. */
export const SUMMARY_LIMIT = 1_000_000
/** Below this there is no room for the status line, the marker and the footer together. */
export const MINIMUM_BUDGET = 2_000

export interface MarkdownOptions {
  /** Upper bound on the output: characters for a comment, UTF-8 bytes for a summary; capped at the limits above. */
  budget: number
  target: 'comment' | 'summary'
  /** The hidden HTML comment the sticky comment is found by (`commentMarker` of src/github/comment-body.ts). */
  marker?: string
  /** Overrides `report.fullReportUrl`. */
  fullReportUrl?: string
}

/** One line that opens and closes one HTML comment: anything else would show, or hide the report. */
function checkedMarker(marker: string): string {
  if (!/^<!--(?:(?!-->)[^\n])*-->$/.test(marker)) {
    throw new RangeError(`The comment marker ${JSON.stringify(marker)} must be one HTML comment on one line.`)
  }
  return marker
}

function footer(fullReportUrl: string | null, omitted: string[]): string {
  const notes = [
    ...(fullReportUrl ? [link('Full report', fullReportUrl)] : []),
    ...(omitted.length ? [`Left out for size: ${omitted.join(', ')}`] : []),
    'dbt-slim-ci'
  ]
  return `---\n<sub>${notes.join(' · ')}</sub>`
}

/**
 * The report as GitHub Markdown, never longer than the budget: sections share the space by weight, long lists
 * end with how many items were left out, and the marker is always the first line.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const comment = options.target === 'comment'
  const measure = comment ? measureChars : measureUtf8Bytes
  const budget = Math.min(options.budget, comment ? COMMENT_LIMIT : SUMMARY_LIMIT)
  if (!(budget >= MINIMUM_BUDGET))
    throw new RangeError(`A report budget of ${options.budget} is too small: use at least ${MINIMUM_BUDGET}.`)
  const fullReportUrl = options.fullReportUrl ?? report.fullReportUrl
  const context = markdownContext(report, measure, fullReportUrl)
  const parts = [
    statusPart(context),
    errorsPart(context),
    dryRunPart(context),
    provenancePart(context),
    selfCheckPart(context),
    freshnessPart(context),
    changeOriginsPart(context),
    changesPart(context),
    resultsPart(context),
    dataDiffPart(context),
    costDiffPart(context),
    mergePreviewPart(context),
    deployPart(context),
    cleanupPart(context),
    gcPart(context),
    clonesPart(context),
    deferredRefsPart(context),
    lineagePart(context)
  ].filter((part): part is Part => part !== null)

  const head = options.marker === undefined ? '' : `${checkedMarker(options.marker)}\n`
  const widestFooter = footer(
    fullReportUrl,
    parts.map(part => part.title)
  )
  const available = budget - measure(head) - measure(`\n\n${widestFooter}`)
  const body = fitParts(parts, available, measure)
  return `${head}${body.text}\n\n${footer(fullReportUrl, body.omitted)}`
}
