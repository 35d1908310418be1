import { composite, fitList, fixedPart, type Part } from '../budget.js'
import { code, escapeProse } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { NAME_MAX } from '../markdown-context.js'
import { clip, formatCount, plural } from '../text.js'
import type { SchemaSwap } from '../types.js'

const LEVEL_EMOJI = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const

/** Which schemas were swapped (or why not), what preflight found, and how to undo it. */
export function deployPart(context: MarkdownContext): Part | null {
  const { deploy, mode } = context.report
  if (!deploy) return null
  const verb = mode === 'rollback' ? 'Swapped back' : 'Swapped'
  const outcome = deploy.swapped
    ? `✅ ${verb} ${plural(deploy.swaps.length, 'schema')}: production now serves ${mode === 'rollback' ? 'the previous deploy' : 'what this run built'}.`
    : '⛔ Not swapped: production is unchanged.'
  const head = [`#### ${mode === 'rollback' ? 'Rollback' : 'Deploy'}`, '', outcome].join('\n')
  const name = (value: string): string => code(clip(value, NAME_MAX), true)
  const kept = (swap: SchemaSwap): string =>
    swap.previousKeptAs
      ? name(swap.previousKeptAs)
      : swap.hadProduction === false
        ? 'none: first deploy'
        : '(dropped)'
  // A rollback built nothing: it restores the previous production and keeps the rolled-back deploy.
  const table =
    mode === 'rollback'
      ? {
          head: ['| Production schema | Rolled-back deploy kept as |', '| --- | --- |'],
          row: (swap: SchemaSwap) => `| ${name(swap.production)} | ${kept(swap)} |`
        }
      : {
          head: ['| Production schema | Built in | Previous production kept as |', '| --- | --- | --- |'],
          row: (swap: SchemaSwap) => `| ${name(swap.production)} | ${name(swap.green)} | ${kept(swap)} |`
        }
  const swaps: Part = {
    title: 'schema swaps',
    weight: 2,
    render: budget =>
      fitList(
        {
          head: table.head,
          items: deploy.swaps.map(table.row),
          more: n => context.more(n, 'schema'),
          tail: []
        },
        budget,
        context.measure
      )
  }
  const preflight: Part = {
    title: 'preflight findings',
    weight: 1,
    render: budget =>
      fitList(
        {
          head: [`**Preflight (${formatCount(deploy.preflight.length)})**`, ''],
          items: deploy.preflight.map(
            finding =>
              `- ${LEVEL_EMOJI[finding.level]} ${escapeProse(clip(finding.message, 1000))}${finding.relation ? ` (${code(clip(finding.relation, NAME_MAX))})` : ''}`
          ),
          more: n => context.more(n, 'finding'),
          tail: []
        },
        budget,
        context.measure
      )
  }
  const rollback = deploy.rollbackInstructions
    ? [
        fixedPart(
          'rollback instructions',
          3,
          `**To roll back:** ${escapeProse(clip(deploy.rollbackInstructions, 1000))}`,
          context.measure
        )
      ]
    : []
  return composite(
    'deploy',
    20,
    head,
    [...(deploy.swaps.length ? [swaps] : []), ...(deploy.preflight.length ? [preflight] : []), ...rollback],
    context.measure
  )
}
