import type { NodeRunResult } from '../../dbt/run-results.js'
import { composite, fitList, fixedPart, type Part } from '../budget.js'
import { code, codeBlock, escapeMarkdown } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { clip, firstLine, formatCount, formatDuration, plural } from '../text.js'
import type { DbtInvocationReport } from '../types.js'
import { countOutcomes, slowest, sortResults } from '../result-stats.js'
import { OUTCOME_EMOJI, OUTCOME_ORDER, outcomeOf, resourceTypeWord } from '../wording.js'
import { COMMAND_MAX } from './status.js'

/** Longest failure message shown; the whole message is in the full report. */
const FAILURE_MESSAGE_MAX = 4000

/** Rows a model or seed wrote, or rows a test found failing; a test's own `rows_affected` is its count query's. */
function volume(result: NodeRunResult): string {
  if (result.failures !== null) return result.failures > 0 ? plural(result.failures, 'failing row') : ''
  return result.rowsAffected !== null ? formatCount(result.rowsAffected) : ''
}

function row(context: MarkdownContext, result: NodeRunResult): string {
  const outcome = outcomeOf(result.status)
  const display = context.report.nodes[result.uniqueId]
  const message =
    result.message && (outcome === 'failed' || outcome === 'warned')
      ? escapeMarkdown(firstLine(result.message, 120))
      : ''
  const cells = [
    `${OUTCOME_EMOJI[outcome]} ${result.status}`,
    context.name(result.uniqueId, true),
    display ? resourceTypeWord(display.resourceType) : '',
    formatDuration(result.executionTime),
    volume(result),
    message
  ]
  return `| ${cells.join(' | ')} |`
}

function invocationPart(context: MarkdownContext, invocation: DbtInvocationReport, index: number): Part {
  const heading = `**${code(clip(invocation.commandLine, COMMAND_MAX))}** — exit ${invocation.exitCode}, ${formatDuration(invocation.durationSeconds)}`
  if (invocation.results === null || invocation.results.length === 0) {
    const why =
      invocation.results === null
        ? 'dbt wrote no run_results.json: it stopped before running any node (see the errors above and the job log).'
        : 'No node matched: dbt ran nothing.'
    const text = `${heading}\n\n${why}`
    return fixedPart(`results of invocation ${index + 1}`, 1, text, context.measure)
  }
  const rows = sortResults(invocation.results).map(result => row(context, result))
  return {
    title: `results of invocation ${index + 1}`,
    weight: 2,
    render: budget =>
      fitList(
        {
          head: [
            heading,
            '',
            '| Status | Node | Type | Time | Rows | Message |',
            '| --- | --- | --- | ---: | ---: | --- |'
          ],
          items: rows,
          more: n => context.more(n, 'result'),
          tail: []
        },
        budget,
        context.measure
      )
  }
}

function failuresPart(context: MarkdownContext, results: NodeRunResult[]): Part | null {
  const failing = sortResults(results).filter(result => {
    const outcome = outcomeOf(result.status)
    return result.message && (outcome === 'failed' || outcome === 'warned')
  })
  if (failing.length === 0) return null
  const items = failing.map(result =>
    [
      '',
      `${context.name(result.uniqueId)} (${result.status}):`,
      '',
      codeBlock(clip(result.message ?? '', FAILURE_MESSAGE_MAX), 'text')
    ].join('\n')
  )
  return {
    title: 'failure messages',
    weight: 1,
    render: budget =>
      fitList(
        {
          head: [`<details><summary>Failure and warning messages (${formatCount(failing.length)})</summary>`],
          items,
          more: n => context.more(n, 'message'),
          tail: ['', '</details>']
        },
        budget,
        context.measure
      )
  }
}

/** Totals, one table per dbt invocation (failures first), the slowest nodes, and failure messages collapsed. */
export function resultsPart(context: MarkdownContext): Part | null {
  const { invocations } = context.report
  if (invocations.length === 0) return null
  const all = invocations.flatMap(invocation => invocation.results ?? [])
  const counts = countOutcomes(all)
  const totals = OUTCOME_ORDER.filter(outcome => counts.has(outcome))
    .map(outcome => `${OUTCOME_EMOJI[outcome]} ${formatCount(counts.get(outcome) ?? 0)} ${outcome}`)
    .join(' · ')
  const slow = slowest(all)
    .map(result => `${context.name(result.uniqueId)} ${formatDuration(result.executionTime)}`)
    .join(', ')
  const head = [
    '#### Build and test results',
    ...(totals ? ['', totals] : []),
    ...(slow ? ['', `Slowest: ${slow}`] : [])
  ].join('\n')
  const children = [
    ...invocations.map((invocation, index) => invocationPart(context, invocation, index)),
    ...[failuresPart(context, all)].filter((part): part is Part => part !== null)
  ]
  return composite('results', 30, head, children, context.measure)
}
