import { fitList, type Part } from '../budget.js'
import { codeBlock, escapeProse } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { clip, plural } from '../text.js'

/** Longest error message shown in the comment; dbt compile errors can run to pages. */
const ERROR_MESSAGE_MAX = 4000

/** What went wrong, first: each error with its phase, message (verbatim, in a code block) and fix. */
export function errorsPart(context: MarkdownContext): Part | null {
  const { errors } = context.report
  if (errors.length === 0) return null
  const items = errors.map(error =>
    [
      `- **${escapeProse(error.phase)}**${error.hint ? `: ${escapeProse(clip(error.hint, 1000))}` : ''}`,
      '',
      codeBlock(clip(error.message, ERROR_MESSAGE_MAX), 'text', '  ')
    ].join('\n')
  )
  return {
    title: 'errors',
    weight: 20,
    render: budget =>
      fitList(
        {
          head: [`#### ⛔ ${plural(errors.length, 'error')}`, ''],
          items,
          more: n => context.more(n, 'error'),
          tail: []
        },
        budget,
        context.measure
      )
  }
}
