import type { ModelCost } from '../../costdiff/types.js'
import { composite, fitList, type Part } from '../budget.js'
import { escapeProse } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { formatCount, formatDuration, formatTimestamp, plural } from '../text.js'

/** `1.5 GB`, `320 kB`: decimal units, as Snowflake reports bytes scanned. */
function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`
}

function rowsCell(model: ModelCost): string {
  if (model.prRows === null) return ''
  if (model.productionRows === null || model.productionRows === model.prRows) return formatCount(model.prRows)
  return `${formatCount(model.productionRows)} → ${formatCount(model.prRows)}`
}

/**
 * Build time of each model the PR built against production's last run (from the state's run_results.json),
 * markedly slower ones first and flagged; on Snowflake also what its queries scanned.
 */
export function costDiffPart(context: MarkdownContext): Part | null {
  const cost = context.report.costDiff
  if (!cost) return null
  const slower = cost.models.filter(model => model.slower)
  const scanned = new Map((cost.warehouse?.models ?? []).map(model => [model.uniqueId, model]))
  const withScan = cost.warehouse?.available === true
  const rule = `at least ${cost.slowerRatio}× production's last run and 1 s more`
  const source = cost.production
    ? `Production's last run: ${cost.production.command ? `\`dbt ${cost.production.command}\`` : 'dbt'}${cost.production.generatedAt ? ` of ${formatTimestamp(cost.production.generatedAt)}` : ''}; models it did not build have no production time.`
    : 'The production state carries no run_results.json: there are no production times to compare with.'
  const head = [
    '#### Build time against production',
    '',
    slower.length > 0
      ? `🐢 ${plural(slower.length, 'model')} got markedly slower (${rule}).`
      : `No model got markedly slower (${rule}).`,
    '',
    escapeProse(source),
    ...(cost.warehouse && !cost.warehouse.available
      ? ['', `⚠️ ${escapeProse(cost.warehouse.note ?? '')}`]
      : [])
  ].join('\n')
  const ordered = [...slower, ...cost.models.filter(model => !model.slower)]
  const items = ordered.map(model => {
    const scan = scanned.get(model.uniqueId)
    const cells = [
      `${model.slower ? '🐢 ' : ''}${context.name(model.uniqueId, true)}`,
      formatDuration(model.prSeconds),
      model.productionSeconds === null ? '—' : formatDuration(model.productionSeconds),
      model.ratio === null ? '' : `${model.ratio.toFixed(1)}×`,
      rowsCell(model),
      ...(withScan
        ? [scan ? `${formatBytes(scan.bytesScanned)} in ${plural(scan.queries, 'query', 'queries')}` : '']
        : [])
    ]
    return `| ${cells.join(' | ')} |`
  })
  const table: Part = {
    title: 'build times',
    weight: 1,
    render: budget =>
      fitList(
        {
          head: [
            `| Model | PR | Production | Ratio | Rows |${withScan ? ' Scanned |' : ''}`,
            `| --- | ---: | ---: | ---: | ---: |${withScan ? ' ---: |' : ''}`
          ],
          items,
          more: n => context.more(n, 'model'),
          tail: withScan ? ['', `Scanned: ${escapeProse(cost.warehouse?.source ?? '')}.`] : []
        },
        budget,
        context.measure
      )
  }
  return composite('build times', 10, head, [table], context.measure)
}
