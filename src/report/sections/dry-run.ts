import { fitList, type Part } from '../budget.js'
import { codeBlock } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { clip } from '../text.js'
import { DRY_RUN_PROMISE } from '../wording.js'

/** Longest statement shown; one CREATE TABLE … AS can be long, the comment has room for many. */
const STATEMENT_MAX = 2000

/** What a dry run would have run: the dbt commands, then the warehouse statements, verbatim. */
export function dryRunPart(context: MarkdownContext): Part | null {
  const dryRun = context.report.dryRun
  if (!dryRun) return null
  const commands = dryRun.dbtCommands.map(line => codeBlock(clip(line, STATEMENT_MAX), 'sh'))
  const statements = dryRun.sql.map(sql => codeBlock(clip(sql, STATEMENT_MAX), 'sql'))
  const nothing = commands.length + statements.length === 0 ? ['It would run no dbt command and no SQL.'] : []
  return {
    title: 'dry run',
    weight: 15,
    render: budget =>
      fitList(
        {
          head: ['#### 🧪 Dry run', '', `${DRY_RUN_PROMISE} It would run, in order:`, '', ...nothing],
          items: [...commands, ...statements],
          more: n => context.more(n, 'command'),
          tail: []
        },
        budget,
        context.measure
      )
  }
}
