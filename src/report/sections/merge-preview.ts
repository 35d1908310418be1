import { composite, fitList, type Part } from '../budget.js'
import { code } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { clip, formatBytes, formatCount } from '../text.js'
import { NAME_MAX } from '../markdown-context.js'
import { dropsKept, greenStartWords, mergePlanSentence } from '../wording.js'

function listPart(
  context: MarkdownContext,
  title: string,
  head: string[],
  items: string[],
  tail: string[],
  singular: string
): Part {
  return {
    title,
    weight: 1,
    render: budget =>
      fitList({ head, items, more: n => context.more(n, singular), tail }, budget, context.measure)
  }
}

/** What the deploy on merge will do: rebuilds, full refreshes, breaking contracts, drops. */
export function mergePreviewPart(context: MarkdownContext): Part | null {
  const preview = context.report.mergePreview
  if (!preview) return null
  const { rebuild, fullRefresh, breakingContracts, drops } = preview
  const head = [
    '#### What happens on merge',
    '',
    mergePlanSentence(preview, context.inline, text => `**${text}**`)
  ].join('\n')
  const children: Part[] = []
  if (fullRefresh.length) {
    children.push(
      listPart(
        context,
        'full refreshes needed',
        [
          `**⚠️ Full refresh needed (${formatCount(fullRefresh.length)})** — incremental models the merge build cannot bring up to date incrementally:`,
          ''
        ],
        fullRefresh.map(need => `- ${context.name(need.uniqueId)}: ${context.inline.text(need.reason)}`),
        [],
        'incremental model'
      )
    )
  }
  if (breakingContracts.length) {
    children.push(
      listPart(
        context,
        'breaking contract changes',
        [
          `**💥 Breaking contract changes (${formatCount(breakingContracts.length)})** — consumers of these models will break:`,
          ''
        ],
        breakingContracts.map(
          entry =>
            `- ${context.name(entry.uniqueId)}: ${entry.changes.map(change => context.inline.text(change.detail)).join('; ')}`
        ),
        [],
        'model'
      )
    )
  }
  if (drops.length) {
    const kept = dropsKept(preview, context.inline)
    children.push(
      listPart(
        context,
        'relations of removed nodes',
        [
          kept
            ? `**Relations the deploy keeps (${formatCount(drops.length)})** — their nodes were removed; ${kept}:`
            : `**🗑️ Relations the deploy will drop (${formatCount(drops.length)})** — their nodes were removed:`,
          ''
        ],
        drops.map(drop => `- ${code(clip(drop.relation, NAME_MAX))} (${context.name(drop.uniqueId)})`),
        [],
        'relation'
      )
    )
  }
  if (preview.copies?.length) {
    const copies = preview.copies
    const total = copies.reduce((sum, copy) => sum + (copy.bytes ?? 0), 0)
    const words = greenStartWords(preview)
    children.push(
      listPart(
        context,
        'tables green starts from',
        [
          `**Production tables ${words.verb} into green first (${formatCount(copies.length)}, ${formatBytes(total)})** — so these incremental models and snapshots keep their history; ${words.rest}:`,
          ''
        ],
        copies.map(
          copy =>
            `- ${code(clip(copy.relation, NAME_MAX))} (${context.name(copy.uniqueId)}${copy.bytes === null ? '' : `, ${formatBytes(copy.bytes)}`})`
        ),
        [],
        'table'
      )
    )
  }
  if (rebuild.length) {
    children.push(
      listPart(
        context,
        'nodes to rebuild',
        [`<details><summary>Nodes the deploy will rebuild (${formatCount(rebuild.length)})</summary>`, ''],
        rebuild.map(uniqueId => `- ${context.name(uniqueId)}`),
        ['', '</details>'],
        'node'
      )
    )
  }
  return composite('merge preview', 15, head, children, context.measure)
}
