import { composite, fitList, type Part } from '../budget.js'
import { code, escapeProse } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { NAME_MAX } from '../markdown-context.js'
import { clip, formatCount, plural } from '../text.js'

/** Which PR schemas were dropped, and which were kept and why. */
export function cleanupPart(context: MarkdownContext): Part | null {
  const { cleanup } = context.report
  if (!cleanup) return null
  const head = `#### Cleanup\n\n${context.report.dryRun ? 'Would drop' : 'Dropped'} ${plural(cleanup.droppedSchemas.length, 'schema')}.`
  const dropped: Part = {
    title: 'dropped schemas',
    weight: 1,
    render: budget =>
      fitList(
        {
          head: [],
          items: cleanup.droppedSchemas.map(schema => `- ${code(clip(schema, NAME_MAX))}`),
          more: n => context.more(n, 'schema'),
          tail: []
        },
        budget,
        context.measure
      )
  }
  const kept: Part = {
    title: 'kept schemas',
    weight: 1,
    render: budget =>
      fitList(
        {
          head: [`**Kept (${formatCount(cleanup.keptSchemas.length)})**`, ''],
          items: cleanup.keptSchemas.map(
            entry => `- ${code(clip(entry.schema, NAME_MAX))}: ${escapeProse(clip(entry.reason, 500))}`
          ),
          more: n => context.more(n, 'schema'),
          tail: []
        },
        budget,
        context.measure
      )
  }
  return composite(
    'cleanup',
    10,
    head,
    [...(cleanup.droppedSchemas.length ? [dropped] : []), ...(cleanup.keptSchemas.length ? [kept] : [])],
    context.measure
  )
}
