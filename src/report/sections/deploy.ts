import { composite, fitList, fixedPart, type Part } from '../budget.js'
import { code, escapeProse } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { NAME_MAX } from '../markdown-context.js'
import { clip, formatCount, plural } from '../text.js'
import type { SchemaSwap } from '../types.js'
import { DEPLOY_WORDS, swapOutcomeTail } from '../wording.js'

const LEVEL_EMOJI = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const

/** Which schemas were swapped (or why not), what preflight found, and how to undo it. */
export function deployPart(context: MarkdownContext): Part | null {
  const { deploy, mode } = context.report
  if (!deploy) return null
  const relations = deploy.relations ?? []
  const byRelation = deploy.strategy === 'relation'
  const rollingBack = mode === 'rollback'
  const verb = rollingBack ? 'Swapped back' : 'Swapped'
  const what = byRelation
    ? `${plural(relations.length, 'relation')} (${plural(deploy.swaps.length, 'schema')})`
    : plural(deploy.swaps.length, 'schema')
  const serves = rollingBack ? 'the previous deploy' : 'what this run built'
  const unchanged = swapOutcomeTail(context.report)
  const outcome = !deploy.swapped
    ? '⛔ Not swapped: production is unchanged.'
    : deploy.statePublished === false
      ? `⚠️ Deployed, state not yet published: ${verb.toLowerCase()} ${what}, so production serves ${serves}, but the production state was not published. Re-run the run: it publishes the state without swapping again.`
      : `✅ ${verb} ${what}: production now serves ${serves}${unchanged ? `; ${unchanged}` : ''}.`
  const head = [`#### ${rollingBack ? 'Rollback' : 'Deploy'}`, '', outcome].join('\n')
  const name = (value: string): string => code(clip(value, NAME_MAX), true)
  const kept = (swap: SchemaSwap): string =>
    swap.previousKeptAs
      ? name(swap.previousKeptAs)
      : swap.hadProduction === false
        ? 'none: first deploy'
        : '(dropped)'
  const keptAs = `${rollingBack ? DEPLOY_WORDS.rolledBackKept : DEPLOY_WORDS.previousKept} as`
  // A rollback built nothing: it restores the previous production and keeps the rolled-back deploy.
  const table = byRelation
    ? {
        head: [`| Production relation | Change | ${keptAs} |`, '| --- | --- | --- |'],
        rows: relations.map(
          relation =>
            `| ${name(relation.relation)} | ${relation.change} | ${relation.previousKeptAs ? name(relation.previousKeptAs) : '—'} |`
        ),
        singular: 'relation'
      }
    : rollingBack
      ? {
          head: [`| Production schema | ${keptAs} |`, '| --- | --- |'],
          rows: deploy.swaps.map(swap => `| ${name(swap.production)} | ${kept(swap)} |`),
          singular: 'schema'
        }
      : {
          head: [`| Production schema | Built in | ${keptAs} |`, '| --- | --- | --- |'],
          rows: deploy.swaps.map(
            swap => `| ${name(swap.production)} | ${name(swap.green)} | ${kept(swap)} |`
          ),
          singular: 'schema'
        }
  const swaps: Part = {
    title: byRelation ? 'relation swaps' : 'schema swaps',
    weight: 2,
    render: budget =>
      fitList(
        {
          head: table.head,
          items: table.rows,
          more: n => context.more(n, table.singular),
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
    [
      ...((byRelation ? relations.length : deploy.swaps.length) ? [swaps] : []),
      ...(deploy.preflight.length ? [preflight] : []),
      ...rollback
    ],
    context.measure
  )
}
