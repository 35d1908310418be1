import { fixedPart, type Part } from '../budget.js'
import { code, escapeProse, link } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { clip, formatDuration, shortSha } from '../text.js'
import { MODE_TITLES, statusWord } from '../wording.js'

const STATUS_EMOJI = { success: '✅', failure: '❌', skipped: '⏭️', cancelled: '🛑' } as const

/** Longest command line shown; selectors can be long, the comment has room for a few. */
export const COMMAND_MAX = 300

/** The first thing a reviewer reads: what ran, whether it passed, how long it took, where. */
export function statusPart(context: MarkdownContext): Part {
  const { report } = context
  const title = `### ${STATUS_EMOJI[report.status]} ${MODE_TITLES[report.mode]} ${statusWord(report)} in ${formatDuration(report.durationSeconds)}`
  const ran = report.invocations.map(
    invocation =>
      `${code(clip(invocation.commandLine, COMMAND_MAX))}${invocation.exitCode === 0 ? '' : ` (exit ${invocation.exitCode})`}`
  )
  const where = [
    ...(ran.length ? [`Ran ${ran.join(', then ')}`] : []),
    ...(report.context.runUrl ? [link('workflow run', report.context.runUrl)] : []),
    ...(report.context.pullRequest !== null ? [`PR #${report.context.pullRequest}`] : []),
    ...(report.context.commitSha ? [`commit ${code(shortSha(report.context.commitSha))}`] : [])
  ]
  const lines = [
    title,
    ...(report.statusReason ? [escapeProse(clip(report.statusReason, 500))] : []),
    ...(where.length ? [where.join(' · ')] : [])
  ]
  return fixedPart('status', 100, lines.join('\n\n'), context.measure)
}
