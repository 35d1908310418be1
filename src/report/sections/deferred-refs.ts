import { fitList, type Part } from '../budget.js'
import { code } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { NAME_MAX } from '../markdown-context.js'
import { clip, plural } from '../text.js'

/** Refs of built nodes that read production instead of the PR schema: what this PR's data is built on. */
export function deferredRefsPart(context: MarkdownContext): Part | null {
  const refs = context.report.deferredRefs
  if (refs.length === 0) return null
  const items = refs.map(
    ref =>
      `| ${context.name(ref.node, true)} | ${context.name(ref.upstream, true)} | ${code(clip(ref.productionRelation, NAME_MAX), true)} |`
  )
  return {
    title: 'deferred refs',
    weight: 5,
    render: budget =>
      fitList(
        {
          head: [
            `<details><summary>${plural(refs.length, 'ref')} read production (deferred)</summary>`,
            '',
            '| Built node | Refers to | Production relation |',
            '| --- | --- | --- |'
          ],
          items,
          more: n => context.more(n, 'deferred ref'),
          tail: ['', '</details>']
        },
        budget,
        context.measure
      )
  }
}
