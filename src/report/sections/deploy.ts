import { composite, fitList, fixedPart, type Part } from '../budget.js'
import { code, escapeProse } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { NAME_MAX } from '../markdown-context.js'
import { clip, formatCount, plural } from '../text.js'

const LEVEL_EMOJI = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const

/** Which schemas were swapped (or why not), what preflight found, and how to undo it. */
export function deployPart(context: MarkdownContext): Part | null {
  const { deploy, mode } = context.report
  if (!deploy) return null
  const relations = deploy.relations ?? []
  const byRelation = deploy.strategy === 'relation'
  const verb =
    mode === 'rollback' ? (byRelation ? 'Moved back' : 'Swapped back') : byRelation ? 'Moved' : 'Swapped'
  const what = byRelation
    ? `${plural(relations.length, 'relation')} (${plural(deploy.swaps.length, 'schema')})`
    : plural(deploy.swaps.length, 'schema')
  const serves = mode === 'rollback' ? 'the previous deploy' : 'what this run built'
  const outcome = !deploy.swapped
    ? '⛔ Not swapped: production is unchanged.'
    : deploy.statePublished === false
      ? `⚠️ Deployed, state not yet published: ${verb.toLowerCase()} ${what}, so production serves ${serves}, but the production state was not published. Re-run the run: it publishes the state without swapping again.`
      : `✅ ${verb} ${what}: production now serves ${serves}${byRelation ? '; every other production relation stayed in place' : ''}.`
  const head = [`#### ${mode === 'rollback' ? 'Rollback' : 'Deploy'}`, '', outcome].join('\n')
  const cell = (name: string | null): string => (name ? code(clip(name, NAME_MAX), true) : '(dropped)')
  const swaps: Part = byRelation
    ? {
        title: 'relation swaps',
        weight: 2,
        render: budget =>
          fitList(
            {
              head: ['| Production relation | Change | Previous version kept as |', '| --- | --- | --- |'],
              items: relations.map(
                relation =>
                  `| ${cell(relation.relation)} | ${relation.change} | ${relation.previousKeptAs ? cell(relation.previousKeptAs) : '—'} |`
              ),
              more: n => context.more(n, 'relation'),
              tail: []
            },
            budget,
            context.measure
          )
      }
    : {
        title: 'schema swaps',
        weight: 2,
        render: budget =>
          fitList(
            {
              head: ['| Production schema | Built in | Previous production kept as |', '| --- | --- | --- |'],
              items: deploy.swaps.map(
                swap => `| ${cell(swap.production)} | ${cell(swap.green)} | ${cell(swap.previousKeptAs)} |`
              ),
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
    [
      ...((byRelation ? relations.length : deploy.swaps.length) ? [swaps] : []),
      ...(deploy.preflight.length ? [preflight] : []),
      ...rollback
    ],
    context.measure
  )
}
