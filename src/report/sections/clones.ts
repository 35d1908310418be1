import { fitList, type Part } from '../budget.js'
import { code } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { NAME_MAX } from '../markdown-context.js'
import { clip, formatBytes, plural } from '../text.js'
import { cloneVerb } from '../wording.js'

const METHOD_WORDS = { 'zero-copy': 'zero-copy clone', copy: 'copy', view: 'pointer view' } as const

/** Relations copied before building; pointer views of incremental models get a warning. */
export function clonesPart(context: MarkdownContext): Part | null {
  const clones = context.report.clones
  if (clones.length === 0) return null
  const pointerViews = clones.filter(
    clone => clone.purpose === 'incremental' && clone.method === 'view'
  ).length
  const items = clones.map(
    clone =>
      `| ${context.name(clone.uniqueId, true)} | ${clone.purpose === 'green' ? 'green schema' : 'incremental'} | ${code(clip(clone.from, NAME_MAX), true)} | ${code(clip(clone.to, NAME_MAX), true)} | ${METHOD_WORDS[clone.method]}${typeof clone.bytes === 'number' ? ` (${formatBytes(clone.bytes)})` : ''} |`
  )
  const sized = clones.flatMap(clone => (typeof clone.bytes === 'number' ? [clone.bytes] : []))
  const warning = pointerViews
    ? [
        '',
        `> [!NOTE]`,
        `> ${plural(pointerViews, 'incremental model')} got a pointer view, not a copy: the warehouse cannot clone, so their PR build rebuilds them in full.`
      ]
    : []
  return {
    title: 'cloned relations',
    weight: 5,
    render: budget =>
      fitList(
        {
          head: [
            `<details><summary>${plural(clones.length, 'relation')} ${cloneVerb(clones)} before building${sized.length ? ` (${formatBytes(sized.reduce((sum, bytes) => sum + bytes, 0))})` : ''}</summary>`,
            '',
            '| Node | For | From | To | How |',
            '| --- | --- | --- | --- | --- |'
          ],
          items,
          more: n => context.more(n, 'clone'),
          tail: [...warning, '', '</details>']
        },
        budget,
        context.measure
      )
  }
}
