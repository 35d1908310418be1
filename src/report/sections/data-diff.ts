import type { KeyDiff, ModelDiff, Sample, SchemaDiff } from '../../datadiff/types.js'
import { composite, fitList, type Part } from '../budget.js'
import { code, escapeProse } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { clip, formatCount, formatDuration, plural } from '../text.js'

/** Longest example key or profile value shown. */
const VALUE_MAX = 60

const STATUS_EMOJI: Record<ModelDiff['status'], string> = {
  compared: '🔍',
  partial: '⏱️',
  skipped: '⏭️',
  failed: '⚠️'
}

/** `1,000 → 950 (−50)`, or `1,000 (same)`. */
export function rowsCell(rows: ModelDiff['rows']): string {
  if (rows === null) return ''
  const change = rows.pr - rows.production
  if (change === 0) return `${formatCount(rows.pr)} (same)`
  const sign = change > 0 ? '+' : '−'
  return `${formatCount(rows.production)} → ${formatCount(rows.pr)} (${sign}${formatCount(Math.abs(change))})`
}

function schemaCell(schema: SchemaDiff | null): string {
  if (schema === null) return ''
  const changes = [
    ...schema.added.map(column => `+${code(column.name, true)}`),
    ...schema.removed.map(column => `−${code(column.name, true)}`),
    ...schema.retyped.map(
      column => `${code(column.name, true)} ${code(column.production, true)} → ${code(column.pr, true)}`
    )
  ]
  return changes.length > 0 ? changes.join('<br>') : 'same columns'
}

function sampleWords(sample: Sample | null): string {
  if (sample === null) return ''
  const percent = sample.perMillion / 10_000
  const shown =
    percent >= 10 ? percent.toFixed(0) : percent >= 1 ? percent.toFixed(1) : percent.toPrecision(1)
  return `, hash sample of ~${shown}% of ${sample.by === 'key' ? 'keys' : 'rows'}`
}

function comparedCell(model: ModelDiff): string {
  if (model.key) {
    return `by key ${model.key.columns.map(c => code(c, true)).join(', ')}${sampleWords(model.key.sample)}`
  }
  if (model.profile) return `column profile (no usable key)${sampleWords(model.profile.sample)}`
  if (model.status === 'skipped') return 'not compared'
  return model.rows ? 'row counts only' : 'not compared'
}

function keyFigures(key: KeyDiff): string {
  const figures = [
    ...(key.onlyInProduction > 0 ? [`${formatCount(key.onlyInProduction)} only in production`] : []),
    ...(key.onlyInPr > 0 ? [`${formatCount(key.onlyInPr)} only in PR`] : []),
    `${formatCount(key.changed)} of ${formatCount(key.matched)} changed`
  ]
  const byColumn = key.changedByColumn
    .filter(column => column.count > 0)
    .map(column => `${code(column.column, true)} ${formatCount(column.count)}`)
  return figures.join(' · ') + (byColumn.length > 0 ? ` (${byColumn.join(', ')})` : '')
}

function changesCell(model: ModelDiff): string {
  if (model.reason !== null) return escapeProse(model.reason).replace(/\|/g, '\\|')
  if (model.key) return keyFigures(model.key)
  if (model.profile) {
    const differing = model.profile.columns.filter(
      column => JSON.stringify(column.pr) !== JSON.stringify(column.production)
    ).length
    return differing === 0 ? 'profiles match' : `${plural(differing, 'column')} profile differently`
  }
  return model.status === 'partial' ? 'stopped early: see the details' : ''
}

function row(context: MarkdownContext, model: ModelDiff): string {
  const cells = [
    `${STATUS_EMOJI[model.status]} ${context.name(model.uniqueId, true)}`,
    rowsCell(model.rows),
    schemaCell(model.schema),
    comparedCell(model),
    changesCell(model)
  ]
  return `| ${cells.join(' | ')} |`
}

function keyList(keys: string[]): string {
  return keys.map(key => code(clip(key, VALUE_MAX))).join(', ')
}

function profileValue(value: string | null, pii: boolean): string {
  if (pii) return 'PII'
  return value === null ? '' : code(clip(value, VALUE_MAX), true)
}

/** The collapsed details of one compared model: notes, changes by column, example keys, the profile. */
function details(context: MarkdownContext, model: ModelDiff): string | null {
  const lines: string[] = []
  for (const note of model.notes) lines.push(`- ${escapeProse(note)}`)
  const key = model.key
  if (key) {
    const changed = key.changedByColumn.filter(column => column.count > 0)
    if (changed.length > 0) {
      lines.push('', '| Column | Matched rows that differ |', '| --- | ---: |')
      for (const column of changed)
        lines.push(`| ${code(column.column, true)} | ${formatCount(column.count)} |`)
    }
    if (key.examples) {
      const examples: [string, string[]][] = [
        ['Only in production', key.examples.onlyInProduction],
        ['Only in the PR', key.examples.onlyInPr],
        ['Changed', key.examples.changed]
      ]
      lines.push('', 'Example keys:')
      for (const [label, keys] of examples) if (keys.length > 0) lines.push(`- ${label}: ${keyList(keys)}`)
    }
    if (key.examplesHidden) lines.push('', escapeProse(key.examplesHidden))
  }
  const profile = model.profile
  if (profile) {
    lines.push(
      '',
      `Profile of ${formatCount(profile.rows.production)} production and ${formatCount(profile.rows.pr)} PR rows (production → PR):`,
      '',
      '| Column | Nulls | Distinct | Min | Max |',
      '| --- | ---: | ---: | --- | --- |'
    )
    for (const column of profile.columns) {
      const pair = (pick: (p: NonNullable<typeof column.pr>) => string) =>
        column.production && column.pr
          ? pick(column.production) === pick(column.pr)
            ? pick(column.pr)
            : `${pick(column.production)} → ${pick(column.pr)}`
          : column.pr
            ? `(new) ${pick(column.pr)}`
            : `${pick(column.production as NonNullable<typeof column.production>)} (dropped)`
      lines.push(
        `| ${code(column.column, true)} | ${pair(p => formatCount(p.nulls))} | ${pair(p => formatCount(p.distinct))} | ${pair(p => profileValue(p.min, column.pii))} | ${pair(p => profileValue(p.max, column.pii))} |`
      )
    }
  }
  while (lines[0] === '') lines.shift()
  if (lines.length === 0) return null
  const summary = `${context.name(model.uniqueId)}: ${model.key ? 'changes by column and example keys' : model.profile ? 'column profile' : 'notes'} (${formatDuration(model.durationSeconds)})`
  return [`<details><summary>${summary}</summary>`, '', ...lines, '', '</details>'].join('\n')
}

/**
 * What the PR did to the data of its modified models: one table row per model (rows, schema changes, what was
 * compared and what changed, or why it was not compared), then collapsed details per model.
 */
export function dataDiffPart(context: MarkdownContext): Part | null {
  const diff = context.report.dataDiff
  if (!diff) return null
  const compared = diff.models.filter(model => model.status === 'compared' || model.status === 'partial')
  const limits = `row limit ${formatCount(diff.limits.rowLimit)} · ${diff.limits.modelTimeoutSeconds} s per model · ${diff.limits.timeBudgetSeconds} s in all`
  const head = [
    '#### Data diff against production',
    '',
    diff.error
      ? `⚠️ The data diff could not run: ${escapeProse(diff.error)}`
      : `Compared ${plural(compared.length, 'modified model')} with production in ${formatDuration(diff.durationSeconds)} (${limits}). Values of PII columns are never shown: ${escapeProse(diff.piiRule)}.`
  ].join('\n')
  if (diff.models.length === 0) return composite('data diff', 25, head, [], context.measure)
  const table: Part = {
    title: 'data diff table',
    weight: 3,
    render: budget =>
      fitList(
        {
          head: [
            '| Model | Rows (production → PR) | Schema | Compared | Changed rows |',
            '| --- | --- | --- | --- | --- |'
          ],
          items: diff.models.map(model => row(context, model)),
          more: n => context.more(n, 'model'),
          tail: []
        },
        budget,
        context.measure
      )
  }
  const blocks = diff.models
    .flatMap(model => details(context, model) ?? [])
    .map((block, index) => (index === 0 ? block : `\n${block}`))
  const children: Part[] = [table]
  if (blocks.length > 0) {
    children.push({
      title: 'data diff details',
      weight: 1,
      render: budget =>
        fitList(
          { head: [], items: blocks, more: n => context.more(n, 'model detail'), tail: [] },
          budget,
          context.measure
        )
    })
  }
  return composite('data diff', 25, head, children, context.measure)
}
