import type { ResourceType } from '../../manifest/types.js'
import type { NodeComparison } from '../../state/types.js'
import { composite, fitList, fixedPart, type Part } from '../budget.js'
import { code } from '../escape.js'
import { nodeDetails, type MarkdownContext } from '../markdown-context.js'
import { clip, formatCount, plural } from '../text.js'
import {
  describeReason,
  notComparedReason,
  RESOURCE_TYPE_ORDER,
  resourceTypePlural,
  resourceTypeWord
} from '../wording.js'

/** Longest single reason line; a config change can list many keys. */
const REASON_MAX = 1000

function byResourceType(changes: NodeComparison[]): [ResourceType, NodeComparison[]][] {
  return RESOURCE_TYPE_ORDER.map(
    type => [type, changes.filter(change => change.resourceType === type)] as [ResourceType, NodeComparison[]]
  ).filter(([, group]) => group.length > 0)
}

function nodeLine(context: MarkdownContext, uniqueId: string): string {
  const details = nodeDetails(context, uniqueId)
  return `- ${context.name(uniqueId)}${details ? ` (${details})` : ''}`
}

function modifiedItem(context: MarkdownContext, change: NodeComparison): string {
  const reasons = change.reasons.map(
    reason => `  - ${clip(describeReason(reason, context.inline), REASON_MAX)}`
  )
  return [nodeLine(context, change.uniqueId), ...reasons].join('\n')
}

function listPart(
  context: MarkdownContext,
  weight: number,
  title: string,
  heading: string,
  items: string[],
  singular: string,
  pluralForm?: string
): Part {
  return {
    title,
    weight,
    render: budget =>
      fitList(
        { head: [heading, ''], items, more: n => context.more(n, singular, pluralForm), tail: [] },
        budget,
        context.measure
      )
  }
}

function downstreamPart(context: MarkdownContext): Part | null {
  const downstream = context.report.plan?.downstream ?? []
  if (downstream.length === 0) return null
  const items = downstream.map(
    node =>
      `- ${context.typedName(node.uniqueId)} ← ${node.becauseOf.map(parent => context.typedName(parent)).join(', ')}`
  )
  return {
    title: 'downstream nodes',
    weight: 1,
    render: budget =>
      fitList(
        {
          head: [
            `<details><summary>${plural(downstream.length, 'downstream node')} selected because an upstream node changed</summary>`,
            ''
          ],
          items,
          more: n => context.more(n, 'downstream node'),
          tail: ['', '</details>']
        },
        budget,
        context.measure
      )
  }
}

/** New, modified and removed nodes with why, grouped by resource type; then what they pulled in downstream. */
export function changesPart(context: MarkdownContext): Part | null {
  const plan = context.report.plan
  if (!plan) return null
  const count = (status: NodeComparison['status']): NodeComparison[] =>
    plan.changes.filter(change => change.status === status)
  const modified = count('modified')
  const added = count('new')
  const removed = count('removed')
  if (plan.compared === false) {
    const text = `#### Changes compared with production\n\nNot compared: ${notComparedReason(context.report)}; ${formatCount(plan.selected.length)} selected by ${code(clip(plan.selector, 300))}.`
    return fixedPart('changes', 30, text, context.measure)
  }
  const summary = [
    `**${formatCount(modified.length)} modified**`,
    `**${formatCount(added.length)} new**`,
    `**${formatCount(removed.length)} removed**`,
    `${formatCount(plan.downstream.length)} downstream`,
    `${formatCount(plan.selected.length)} selected by ${code(clip(plan.selector, 300))}`
  ].join(' · ')
  const head = `#### Changes compared with production\n\n${summary}`
  if (plan.changes.length === 0) {
    return fixedPart('changes', 30, head, context.measure)
  }
  const children: Part[] = [
    ...byResourceType(modified).map(([type, group]) =>
      listPart(
        context,
        3,
        `modified ${resourceTypePlural(type)}`,
        `**Modified ${resourceTypePlural(type)} (${formatCount(group.length)})**`,
        group.map(change => modifiedItem(context, change)),
        `modified ${resourceTypeWord(type)}`,
        `modified ${resourceTypePlural(type)}`
      )
    ),
    ...(added.length
      ? [
          listPart(
            context,
            2,
            'new nodes',
            `**New (${formatCount(added.length)})**`,
            added.map(change => nodeLine(context, change.uniqueId)),
            'new node'
          )
        ]
      : []),
    ...(removed.length
      ? [
          listPart(
            context,
            2,
            'removed nodes',
            `**Removed (${formatCount(removed.length)})**`,
            removed.map(change => nodeLine(context, change.uniqueId)),
            'removed node'
          )
        ]
      : []),
    ...[downstreamPart(context)].filter((part): part is Part => part !== null)
  ]
  return composite('changes', 30, head, children, context.measure)
}
