import { formatCount, formatDuration } from './text.js'
import { rowsCell } from './sections/data-diff.js'
import type { Report } from './types.js'

/** The data diff for the terminal: one line per model, what was compared and what changed. */
export function dataDiffLines(report: Report): string[] {
  const diff = report.dataDiff
  if (!diff) return []
  if (diff.error) return [`Data diff: could not run: ${diff.error}`]
  const lines = [`Data diff against production (${formatDuration(diff.durationSeconds)}):`]
  for (const model of diff.models) {
    const name = report.nodes[model.uniqueId]?.name ?? model.uniqueId
    const parts: string[] = [model.status]
    if (model.rows) parts.push(`rows ${rowsCell(model.rows)}`)
    const schema = model.schema
    if (schema) {
      const changes = [
        ...schema.added.map(c => `+${c.name}`),
        ...schema.removed.map(c => `-${c.name}`),
        ...schema.retyped.map(c => `${c.name} ${c.production} -> ${c.pr}`)
      ]
      if (changes.length > 0) parts.push(`columns ${changes.join(', ')}`)
    }
    const key = model.key
    if (key) {
      parts.push(
        `by key ${key.columns.join(', ')}: ${formatCount(key.onlyInProduction)} only in production, ${formatCount(key.onlyInPr)} only in PR, ${formatCount(key.changed)} of ${formatCount(key.matched)} changed`
      )
    } else if (model.profile) parts.push('column profile (no usable key)')
    if (model.reason) parts.push(model.reason)
    lines.push(`  ${name}: ${parts.join('; ')}`, ...model.notes.map(note => `    ${note}`))
  }
  return lines
}

/** Build times for the terminal: markedly slower models, and how many were compared. */
export function costDiffLines(report: Report): string[] {
  const cost = report.costDiff
  if (!cost) return []
  const slower = cost.models.filter(model => model.slower)
  const timed = cost.models.filter(model => model.productionSeconds !== null).length
  const lines = [
    `Build time against production: ${formatCount(timed)} of ${formatCount(cost.models.length)} built models have a production time; ${formatCount(slower.length)} markedly slower (at least ${cost.slowerRatio}x and 1 s more).`
  ]
  for (const model of slower) {
    const name = report.nodes[model.uniqueId]?.name ?? model.uniqueId
    lines.push(
      `  ${name}: ${formatDuration(model.prSeconds)} against ${formatDuration(model.productionSeconds ?? 0)} (${(model.ratio ?? 0).toFixed(1)}x)`
    )
  }
  if (cost.warehouse && !cost.warehouse.available) lines.push(`  ${cost.warehouse.note}`)
  return lines
}
