import { composite, fitList, fixedPart, type Part } from '../budget.js'
import type { MarkdownContext } from '../markdown-context.js'
import { formatCount } from '../text.js'

/** Whether dbt executed exactly what was planned; differences mean the selection logic and dbt disagree. */
export function selfCheckPart(context: MarkdownContext): Part | null {
  const check = context.report.selfCheck
  if (!check) return null
  if (check.plannedNotExecuted.length === 0 && check.executedNotPlanned.length === 0) {
    const text = '✅ Self-check: dbt executed exactly the planned nodes.'
    return fixedPart('self-check', 5, text, context.measure)
  }
  const list = (title: string, heading: string, ids: string[]): Part => ({
    title,
    weight: 1,
    render: budget =>
      fitList(
        {
          head: [heading, ''],
          items: ids.map(id => `- ${context.name(id)}`),
          more: n => context.more(n, 'node'),
          tail: []
        },
        budget,
        context.measure
      )
  })
  const head = '#### ⚠️ Self-check: dbt did not execute exactly the plan'
  return composite(
    'self-check',
    5,
    head,
    [
      ...(check.plannedNotExecuted.length
        ? [
            list(
              'planned but not executed',
              `**Planned but not executed (${formatCount(check.plannedNotExecuted.length)})**`,
              check.plannedNotExecuted
            )
          ]
        : []),
      ...(check.executedNotPlanned.length
        ? [
            list(
              'executed but not planned',
              `**Executed but not planned (${formatCount(check.executedNotPlanned.length)})**`,
              check.executedNotPlanned
            )
          ]
        : [])
    ],
    context.measure
  )
}
