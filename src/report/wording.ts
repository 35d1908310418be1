import { distinctEntries } from '../state/describe.js'
import type { Json, ResourceType } from '../manifest/types.js'
import type { ChangeReason, ValueChange } from '../state/types.js'
import type { RunResultStatus } from '../dbt/run-results.js'
import type { ClonedRelation, MergePreview, Report } from './types.js'
import { clip, plural } from './text.js'

/**
 * How user-controlled values are shown: Markdown escapes them into code spans, the terminal prints them as
 * they are. The wording itself is shared, so the PR comment and the CLI say the same thing.
 */
export interface Inline {
  /** A name, value or identifier. */
  code(text: string): string
  /** Free text that came from outside (messages). */
  text(text: string): string
}

export const plainInline: Inline = { code: text => text, text: text => text }

const VALUE_MAX = 80

function formatValue(value: Json | undefined, inline: Inline): string {
  if (value === undefined) return '(unset)'
  return inline.code(
    clip(typeof value === 'string' ? value : JSON.stringify(distinctEntries(value)), VALUE_MAX)
  )
}

function formatChanges(changes: ValueChange[], inline: Inline): string {
  return changes
    .map(
      change =>
        `${inline.code(change.key)} ${formatValue(change.old, inline)} → ${formatValue(change.new, inline)}`
    )
    .join(', ')
}

function formatList(names: string[], inline: Inline): string {
  return names.map(name => inline.code(name)).join(', ')
}

/** One reason in words: what differs from production, with old → new values where there are any. */
export function describeReason(reason: ChangeReason, inline: Inline): string {
  switch (reason.code) {
    case 'new':
      return 'new: not in production state'
    case 'removed':
      return 'removed: in production state, gone from this branch'
    case 'body_changed':
      return 'SQL body changed'
    case 'generic_test_body_changed':
      return `test definition changed (only ${inline.code('state:modified.body')} selects this)`
    case 'seed_checksum_changed': {
      const contents = `seed contents changed (checksum ${inline.code(clip(reason.oldHash.checksum, 12))} → ${inline.code(clip(reason.newHash.checksum, 12))})`
      return reason.warning ? `${contents}; ${inline.text(reason.warning)}` : contents
    }
    case 'config_changed':
      return `config changed: ${formatChanges(reason.changes, inline)}`
    case 'relation_changed':
      return `relation changed: ${formatChanges(reason.changes, inline)}`
    case 'generic_test_relation_changed':
      return `test relation config changed: ${formatChanges(reason.changes, inline)} (only ${inline.code('state:modified.relation')} selects this)`
    case 'description_changed': {
      const where = [
        ...(reason.relation ? ['model description'] : []),
        ...(reason.columns.length ? [`columns ${formatList(reason.columns, inline)}`] : [])
      ]
      return `persisted description changed${where.length ? `: ${where.join('; ')}` : ''}`
    }
    case 'fqn_changed':
      return `moved: ${inline.code(reason.old.join('.'))} → ${inline.code(reason.new.join('.'))}`
    case 'contract_changed': {
      if (reason.breaking.length === 0)
        return 'contract changed (not breaking: nothing consumers rely on was removed)'
      const details = reason.breaking.map(change => inline.text(change.detail)).join('; ')
      const fatal = reason.fatal ? ' — dbt refuses to build it: versioned models need a new version' : ''
      return `breaking contract change: ${details}${fatal}`
    }
    case 'ref_representation_changed':
      return `a ref now resolves differently: ${formatChanges(reason.changes, inline)}`
    case 'macro_changed':
      return `macro ${inline.code(reason.chain[reason.chain.length - 1] ?? '?')} ${reason.macroChange}${
        reason.chain.length > 1
          ? `, used via ${reason.chain.map(macro => inline.code(macro)).join(' → ')}`
          : ''
      }`
    case 'field_changed':
      return `changed: ${formatChanges(reason.changes, inline)}`
  }
}

export const MODE_TITLES: Record<Report['mode'], string> = {
  defer: 'dbt Slim CI',
  deploy: 'Blue/green deploy',
  rollback: 'Rollback',
  cleanup: 'PR schema cleanup',
  gc: 'Schema garbage collection'
}

/** What every dry run holds to, in the report's words. */
export const DRY_RUN_PROMISE =
  'Nothing was changed: no dbt build, no warehouse statement, no state published, no comment posted.'

const STATUS_WORDS = { failure: 'failed', skipped: 'skipped', cancelled: 'cancelled' } as const

/** "dbt Slim CI passed", "Blue/green deploy succeeded", "PR schema cleanup dry run finished". */
export function statusWord(report: Report): string {
  if (report.dryRun) {
    if (report.status === 'success') return 'dry run finished'
    return `dry run ${STATUS_WORDS[report.status]}`
  }
  if (report.status === 'success') return report.mode === 'defer' ? 'passed' : 'succeeded'
  return STATUS_WORDS[report.status]
}

/** Why a plan has no change counts: nothing to compare with, or a run that builds everything anyway. */
export function notComparedReason(report: Report): string {
  return report.state.source === 'none'
    ? 'there is no production state yet, so every node is built as new'
    : 'this run builds every node'
}

/** Cleanup and rollback do not read production state; saying "none found" there would only confuse. */
export function stateMatters(report: Report): boolean {
  return report.mode === 'defer' || report.mode === 'deploy' || report.state.source !== 'none'
}

/**
 * How a result counts in totals; `reused` is dbt reusing an up-to-date relation, `no-op` a node with nothing to
 * run (exposures, saved queries).
 */
export type ResultOutcome = 'failed' | 'warned' | 'passed' | 'skipped' | 'reused' | 'no-op'

export function outcomeOf(status: RunResultStatus): ResultOutcome {
  switch (status) {
    case 'error':
    case 'fail':
    case 'runtime error':
    case 'partial success':
      return 'failed'
    case 'warn':
      return 'warned'
    case 'success':
    case 'pass':
      return 'passed'
    case 'skipped':
      return 'skipped'
    case 'no-op':
      return 'no-op'
    case 'reused':
      return 'reused'
  }
}

export const OUTCOME_EMOJI: Record<ResultOutcome, string> = {
  failed: '❌',
  warned: '⚠️',
  passed: '✅',
  skipped: '⏭️',
  reused: '♻️',
  'no-op': '➖'
}

/** Most severe first: the order result tables and totals use. */
export const OUTCOME_ORDER: ResultOutcome[] = ['failed', 'warned', 'skipped', 'passed', 'reused', 'no-op']

const RESOURCE_TYPE_PLURALS: Record<ResourceType, string> = {
  model: 'models',
  seed: 'seeds',
  snapshot: 'snapshots',
  test: 'data tests',
  unit_test: 'unit tests',
  analysis: 'analyses',
  operation: 'operations',
  sql_operation: 'SQL operations',
  source: 'sources',
  exposure: 'exposures',
  metric: 'metrics',
  semantic_model: 'semantic models',
  saved_query: 'saved queries',
  function: 'functions'
}

const RESOURCE_TYPE_SINGULARS: Record<ResourceType, string> = {
  model: 'model',
  seed: 'seed',
  snapshot: 'snapshot',
  test: 'data test',
  unit_test: 'unit test',
  analysis: 'analysis',
  operation: 'operation',
  sql_operation: 'SQL operation',
  source: 'source',
  exposure: 'exposure',
  metric: 'metric',
  semantic_model: 'semantic model',
  saved_query: 'saved query',
  function: 'function'
}

/** Display order of resource-type groups: what users edit most first. */
export const RESOURCE_TYPE_ORDER: ResourceType[] = [
  'model',
  'seed',
  'snapshot',
  'source',
  'test',
  'unit_test',
  'function',
  'semantic_model',
  'metric',
  'saved_query',
  'exposure',
  'analysis',
  'operation',
  'sql_operation'
]

export function resourceTypeWord(type: ResourceType): string {
  return RESOURCE_TYPE_SINGULARS[type]
}

/**
 * A node's display name: the report's, or one read off its unique_id the way dbt builds ids
 * (`test.shop.not_null_x.1a2b` → `not_null_x`, `unit_test.shop.orders.t` → `orders::t`), never the raw id.
 */
export function nodeName(report: Pick<Report, 'nodes'>, uniqueId: string): string {
  const known = report.nodes[uniqueId]?.name
  if (known !== undefined) return known
  const [type, , ...rest] = uniqueId.split('.')
  if (rest.length === 0) return uniqueId
  if (type === 'unit_test') return rest.join('::')
  // Generic tests end in a hash of their arguments; singular tests have none.
  if (type === 'test' && rest.length > 1) return rest.slice(0, -1).join('.')
  return rest.join('.')
}

/** What a node is, in words (`model`, `data test`), from the report or its unique_id; null when unknown. */
export function nodeTypeWord(report: Pick<Report, 'nodes'>, uniqueId: string): string | null {
  const type = report.nodes[uniqueId]?.resourceType ?? uniqueId.split('.')[0]
  return type in RESOURCE_TYPE_SINGULARS ? RESOURCE_TYPE_SINGULARS[type as ResourceType] : null
}

/** `model customers`, `source raw.customers`: a name with what it is, for lists that mix resource types. */
export function typedNodeName(report: Pick<Report, 'nodes'>, uniqueId: string): string {
  const word = nodeTypeWord(report, uniqueId)
  return `${word ? `${word} ` : ''}${nodeName(report, uniqueId)}`
}

export function resourceTypePlural(type: ResourceType): string {
  return RESOURCE_TYPE_PLURALS[type]
}

/**
 * The words deploys share in previews and reports, whatever the warehouse: green is where the deploy builds; a
 * relation deploy *copies* a table into green, a container deploy *clones* it zero-copy; the swap puts green into
 * production and production's old version is *kept* as previous, for rollback.
 */
export const DEPLOY_WORDS = {
  copy: { verb: 'copied', rest: 'nothing else is copied' },
  'zero-copy': {
    verb: 'cloned zero-copy',
    rest: 'the clone shares their storage until green rewrites them, and every other table is cloned too'
  },
  previousKept: 'Previous version kept',
  rolledBackKept: 'Rolled-back version kept',
  reapply: 'Run rollback again to re-apply the deploy that was rolled back.'
} as const

/** How relations reached where they were built from: `copied`, `cloned zero-copy`, or `cloned` when mixed. */
export function cloneVerb(clones: readonly ClonedRelation[]): string {
  if (clones.every(clone => clone.method === 'copy')) return DEPLOY_WORDS.copy.verb
  if (clones.every(clone => clone.method === 'zero-copy')) return DEPLOY_WORDS['zero-copy'].verb
  return 'cloned'
}

/** What a swap left as it was, after the outcome of a deploy; null when there is nothing to add. */
export function swapOutcomeTail(report: Pick<Report, 'deploy' | 'mode' | 'clones'>): string | null {
  if (!report.deploy || report.mode === 'rollback') return null
  if (report.deploy.strategy === 'relation') return 'every other production relation stayed in place'
  const green = report.clones.filter(clone => clone.purpose === 'green')
  return green.length > 0 && green.every(clone => clone.method === 'zero-copy')
    ? 'green started as a zero-copy clone of production: every table this run did not rebuild is production’s as of the clone, history included'
    : null
}

/** How to undo a deploy that kept its previous version, by front (`dbt-slim-ci rollback` or the workflow). */
export function rollbackInstructions(front: 'action' | 'cli'): string {
  return front === 'cli'
    ? 'Run `dbt-slim-ci rollback` with the same `--state` to swap the previous versions back into production.'
    : 'Run the deploy workflow with `mode: rollback` to swap the previous versions back into production.'
}

/** How the merge preview's production tables reach green, by the warehouse's deploy strategy. */
export function greenStartWords(preview: MergePreview): (typeof DEPLOY_WORDS)['copy' | 'zero-copy'] {
  const zeroCopy =
    preview.strategy === 'container' || preview.copies?.some(copy => copy.method === 'zero-copy')
  return DEPLOY_WORDS[zeroCopy ? 'zero-copy' : 'copy']
}

/**
 * What the deploy on merge will do, in one sentence that follows the warehouse's deploy strategy; `strong` marks
 * the count (bold in Markdown).
 */
export function mergePlanSentence(
  preview: MergePreview,
  inline: Inline,
  strong: (text: string) => string = text => text
): string {
  if (preview.rebuild.length === 0)
    return 'Nothing to rebuild: the deploy will only refresh production state.'
  const nodes = strong(plural(preview.rebuild.length, 'node'))
  return preview.strategy === 'container'
    ? `The deploy will clone production zero-copy into green, rebuild ${nodes} there, test them, then swap green with production in one ${inline.code('SWAP WITH')}, keeping the previous production for rollback.`
    : `The deploy will rebuild ${nodes} into a green schema, test them, then swap.`
}

/** Why relations of removed nodes stay in production on merge; null when the deploy drops them. */
export function dropsKept(preview: MergePreview, inline: Inline): string | null {
  if (preview.deletedRelations === 'report')
    return `with ${inline.code('deleted-relations: report')} they stay in production (${inline.code('drop')} removes them)`
  if (preview.strategy === 'container')
    return `the zero-copy clone carries them into the new production even with ${inline.code('deleted-relations: drop')}: drop them by hand`
  return null
}
