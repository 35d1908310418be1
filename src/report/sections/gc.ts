import { composite, fitList, type Part } from '../budget.js'
import { code, escapeProse } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { NAME_MAX } from '../markdown-context.js'
import { clip, formatCount, plural } from '../text.js'
import type { GcEntry } from '../types.js'

/** What garbage collection dropped and kept, each with why, and how it knew which pull requests are closed. */
export function gcPart(context: MarkdownContext): Part | null {
  const { gc } = context.report
  if (!gc) return null
  const verb = context.report.dryRun ? 'Would drop' : 'Dropped'
  const head = [
    '#### Garbage collection',
    '',
    `${verb} ${plural(gc.dropped.length, 'schema')}, kept ${formatCount(gc.kept.length)} · TTL ${formatCount(gc.ttlHours)} hours · pull request states ${gc.pullRequestStates === 'github' ? 'from GitHub' : 'not asked (TTL only)'}`,
    ...(gc.note ? ['', `> [!NOTE]\n> ${escapeProse(gc.note)}`] : [])
  ].join('\n')
  const list = (title: string, heading: string, entries: GcEntry[]): Part => ({
    title,
    weight: 1,
    render: budget =>
      fitList(
        {
          head: [heading, ''],
          items: entries.map(
            entry => `- ${code(clip(entry.name, NAME_MAX))}: ${escapeProse(clip(entry.reason, 500))}`
          ),
          more: n => context.more(n, 'schema'),
          tail: []
        },
        budget,
        context.measure
      )
  })
  return composite(
    'garbage collection',
    10,
    head,
    [
      ...(gc.dropped.length
        ? [list('dropped schemas', `**${verb} (${formatCount(gc.dropped.length)})**`, gc.dropped)]
        : []),
      ...(gc.kept.length ? [list('kept schemas', `**Kept (${formatCount(gc.kept.length)})**`, gc.kept)] : [])
    ],
    context.measure
  )
}
