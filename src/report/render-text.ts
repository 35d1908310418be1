import type { NodeComparison } from '../state/types.js'
import { countOutcomes, slowest, sortResults } from './result-stats.js'
import {
  firstLine,
  formatAge,
  formatBytes,
  formatCount,
  formatDuration,
  formatTimestamp,
  plural,
  shortSha
} from './text.js'
import { behindWarning } from './sections/change-origins.js'
import type { Report } from './types.js'
import { costDiffLines, dataDiffLines } from './diffs-text.js'
import { freshnessSentences } from './sections/freshness.js'
import {
  describeReason,
  DRY_RUN_PROMISE,
  MODE_TITLES,
  nodeName,
  notComparedReason,
  OUTCOME_ORDER,
  outcomeOf,
  plainInline,
  RESOURCE_TYPE_ORDER,
  resourceTypePlural,
  resourceTypeWord,
  stateMatters,
  statusWord,
  typedNodeName
} from './wording.js'

const INDENT = '  '

const nameOf = nodeName

function describeNode(report: Report, uniqueId: string): string {
  const display = report.nodes[uniqueId]
  if (!display) return uniqueId
  const what = display.materialization ?? resourceTypeWord(display.resourceType)
  return `${display.name} (${what}${display.relationName ? `, ${display.relationName}` : ''})`
}

function statusLines(report: Report): string[] {
  const { context } = report
  const where = [
    ...(context.runUrl ? [context.runUrl] : []),
    ...(context.pullRequest !== null ? [`PR #${context.pullRequest}`] : []),
    ...(context.commitSha ? [`commit ${shortSha(context.commitSha)}`] : [])
  ]
  return [
    `${MODE_TITLES[report.mode]} ${statusWord(report)} in ${formatDuration(report.durationSeconds)}`,
    ...(report.statusReason ? [INDENT + report.statusReason] : []),
    ...report.invocations.map(
      invocation =>
        `${INDENT}ran: ${invocation.commandLine} (exit ${invocation.exitCode}, ${formatDuration(invocation.durationSeconds)})`
    ),
    ...(where.length ? [INDENT + where.join(' · ')] : [])
  ]
}

function stateLines(report: Report): string[] {
  const { state } = report
  if (!stateMatters(report)) return []
  const facts =
    state.source === 'none'
      ? ['none found: every node counts as new']
      : [
          `${state.source === 'artifact' ? 'artifact' : 'directory'} ${state.location ?? '?'}`,
          ...(state.runId !== null
            ? [`from run ${state.runId}${state.runUrl ? ` (${state.runUrl})` : ''}`]
            : []),
          ...(state.commitSha ? [`commit ${shortSha(state.commitSha)}`] : []),
          ...(state.producedAt
            ? [
                `produced ${formatTimestamp(state.producedAt)}${state.ageSeconds !== null ? ` (${formatAge(state.ageSeconds)} old)` : ''}`
              ]
            : []),
          ...(state.dbtVersion ? [`dbt ${state.dbtVersion}`] : [])
        ]
  return [
    `Production state: ${facts.join(', ')}`,
    ...state.warnings.map(warning => `${INDENT}warning: ${warning.message}`)
  ]
}

function dryRunLines(report: Report): string[] {
  const dryRun = report.dryRun
  if (!dryRun) return []
  const would = [...dryRun.dbtCommands, ...dryRun.sql]
  return [
    `Dry run: ${DRY_RUN_PROMISE}`,
    would.length ? `${INDENT}It would run, in order:` : `${INDENT}It would run no dbt command and no SQL.`,
    ...would.map(line => `${INDENT}${INDENT}${line.split('\n').join(`\n${INDENT}${INDENT}`)}`)
  ]
}

function errorLines(report: Report): string[] {
  if (report.errors.length === 0) return []
  return [
    plural(report.errors.length, 'error') + ':',
    ...report.errors.flatMap(error => [
      `${INDENT}${error.phase}: ${error.message.split('\n').join(`\n${INDENT}${INDENT}`)}`,
      ...(error.hint ? [`${INDENT}${INDENT}fix: ${error.hint}`] : [])
    ])
  ]
}

function changeLines(report: Report): string[] {
  const plan = report.plan
  if (!plan) return []
  const withStatus = (status: NodeComparison['status']): NodeComparison[] =>
    plan.changes.filter(change => change.status === status)
  const modified = withStatus('modified')
  const added = withStatus('new')
  const removed = withStatus('removed')
  if (plan.compared === false) {
    return [
      `Changes compared with production: not compared: ${notComparedReason(report)}; ${formatCount(plan.selected.length)} selected by ${plan.selector}`
    ]
  }
  const lines = [
    `Changes compared with production: ${formatCount(modified.length)} modified, ${formatCount(added.length)} new, ${formatCount(removed.length)} removed, ${formatCount(plan.downstream.length)} downstream; ${formatCount(plan.selected.length)} selected by ${plan.selector}`
  ]
  for (const type of RESOURCE_TYPE_ORDER) {
    const group = modified.filter(change => change.resourceType === type)
    if (group.length === 0) continue
    lines.push(`${INDENT}modified ${resourceTypePlural(type)}:`)
    for (const change of group) {
      lines.push(`${INDENT}${INDENT}${describeNode(report, change.uniqueId)}`)
      for (const reason of change.reasons)
        lines.push(`${INDENT}${INDENT}${INDENT}- ${describeReason(reason, plainInline)}`)
    }
  }
  if (added.length)
    lines.push(
      `${INDENT}new:`,
      ...added.map(change => `${INDENT}${INDENT}${describeNode(report, change.uniqueId)}`)
    )
  if (removed.length) {
    lines.push(
      `${INDENT}removed:`,
      ...removed.map(change => `${INDENT}${INDENT}${describeNode(report, change.uniqueId)}`)
    )
  }
  if (plan.downstream.length) {
    lines.push(
      `${INDENT}downstream:`,
      ...plan.downstream.map(
        node =>
          `${INDENT}${INDENT}${typedNodeName(report, node.uniqueId)} <- ${node.becauseOf.map(id => typedNodeName(report, id)).join(', ')}`
      )
    )
  }
  return lines
}

function resultLines(report: Report): string[] {
  if (report.invocations.length === 0) return []
  const all = report.invocations.flatMap(invocation => invocation.results ?? [])
  const counts = countOutcomes(all)
  const lines = [
    `Results: ${
      OUTCOME_ORDER.filter(outcome => counts.has(outcome))
        .map(outcome => `${formatCount(counts.get(outcome) ?? 0)} ${outcome}`)
        .join(', ') || 'none'
    }`
  ]
  const width = Math.max(0, ...all.map(result => result.status.length))
  for (const invocation of report.invocations) {
    lines.push(`${INDENT}${invocation.commandLine}`)
    if (invocation.results === null) {
      lines.push(`${INDENT}${INDENT}no run_results.json: dbt stopped before running any node`)
      continue
    }
    for (const result of sortResults(invocation.results)) {
      const outcome = outcomeOf(result.status)
      const message =
        result.message && (outcome === 'failed' || outcome === 'warned')
          ? `  ${firstLine(result.message, 200)}`
          : ''
      lines.push(
        `${INDENT}${INDENT}${result.status.padEnd(width)}  ${formatDuration(result.executionTime).padStart(8)}  ${nameOf(report, result.uniqueId)}${message}`
      )
    }
  }
  const slow = slowest(all)
  if (slow.length) {
    lines.push(
      `${INDENT}slowest: ${slow.map(result => `${nameOf(report, result.uniqueId)} ${formatDuration(result.executionTime)}`).join(', ')}`
    )
  }
  if (report.selfCheck) {
    const { plannedNotExecuted, executedNotPlanned } = report.selfCheck
    if (plannedNotExecuted.length === 0 && executedNotPlanned.length === 0) {
      lines.push(`${INDENT}self-check: dbt executed exactly the planned nodes`)
    }
    if (plannedNotExecuted.length) {
      lines.push(
        `${INDENT}self-check: planned but not executed: ${plannedNotExecuted.map(id => nameOf(report, id)).join(', ')}`
      )
    }
    if (executedNotPlanned.length) {
      lines.push(
        `${INDENT}self-check: executed but not planned: ${executedNotPlanned.map(id => nameOf(report, id)).join(', ')}`
      )
    }
  }
  return lines
}

function freshnessLines(report: Report): string[] {
  if (!report.freshness) return []
  return freshnessSentences(report.freshness, text => text).map(line => `source freshness: ${line}`)
}

function mergeLines(report: Report): string[] {
  const preview = report.mergePreview
  if (!preview) return []
  return [
    `On merge: the deploy will rebuild ${plural(preview.rebuild.length, 'node')}`,
    ...preview.fullRefresh.map(
      need => `${INDENT}full refresh needed: ${nameOf(report, need.uniqueId)}: ${need.reason}`
    ),
    ...preview.breakingContracts.map(
      entry =>
        `${INDENT}breaking contract: ${nameOf(report, entry.uniqueId)}: ${entry.changes.map(change => change.detail).join('; ')}`
    ),
    ...(preview.copies ?? []).map(
      copy =>
        `${INDENT}will copy into green first: ${copy.relation} (${nameOf(report, copy.uniqueId)}${copy.bytes === null ? '' : `, ${formatBytes(copy.bytes)}`})`
    ),
    ...preview.drops.map(
      drop =>
        `${INDENT}${preview.deletedRelations === 'report' ? 'will keep (deleted-relations: report)' : 'will drop'}: ${drop.relation} (${nameOf(report, drop.uniqueId)})`
    )
  ]
}

function deployLines(report: Report): string[] {
  const { deploy } = report
  if (!deploy) return []
  const what = report.mode === 'rollback' ? 'Rollback' : 'Deploy'
  const relations = deploy.relations ?? []
  const swapped =
    deploy.strategy === 'relation'
      ? `moved ${plural(relations.length, 'relation')} in ${plural(deploy.swaps.length, 'schema')}; every other production relation stayed in place`
      : `swapped ${plural(deploy.swaps.length, 'schema')}`
  return [
    `${what}: ${deploy.swapped ? swapped : 'not swapped, production is unchanged'}`,
    ...(deploy.swapped && deploy.statePublished === false
      ? [
          `${INDENT}deployed, state not yet published: re-run it to publish the state (it does not swap again)`
        ]
      : []),
    ...(deploy.strategy === 'relation'
      ? relations.map(
          relation =>
            `${INDENT}${relation.change} ${relation.relation}${relation.previousKeptAs ? `, ${report.mode === 'rollback' ? 'rolled-back version' : 'previous'} kept as ${relation.previousKeptAs}` : ''}`
        )
      : deploy.swaps.map(swap =>
          report.mode === 'rollback'
            ? `${INDENT}${swap.production} restored${swap.previousKeptAs ? `, rolled-back deploy kept as ${swap.previousKeptAs}` : ''}`
            : `${INDENT}${swap.production} <-> ${swap.green}${swap.previousKeptAs ? `, previous kept as ${swap.previousKeptAs}` : swap.hadProduction === false ? ' (first deploy: no previous production)' : ''}`
        )),
    ...deploy.preflight.map(
      finding =>
        `${INDENT}preflight ${finding.level}: ${finding.message}${finding.relation ? ` (${finding.relation})` : ''}`
    ),
    ...(deploy.rollbackInstructions ? [`${INDENT}to roll back: ${deploy.rollbackInstructions}`] : [])
  ]
}

function cleanupLines(report: Report): string[] {
  const { cleanup } = report
  if (!cleanup) return []
  const dropped = report.dryRun ? 'would drop' : 'dropped'
  return [
    `Cleanup: ${dropped} ${plural(cleanup.droppedSchemas.length, 'schema')}`,
    ...cleanup.droppedSchemas.map(schema => `${INDENT}${dropped} ${schema}`),
    ...cleanup.keptSchemas.map(entry => `${INDENT}kept ${entry.schema}: ${entry.reason}`)
  ]
}

function originLines(report: Report): string[] {
  const origins = report.changeOrigins
  if (!origins || (origins.behindBy === 0 && origins.aheadBy === 0 && origins.onMain.length === 0)) return []
  const names = (ids: string[]) => ids.map(id => `${INDENT}${nameOf(report, id)}`)
  return [
    ...(origins.behindBy > 0 ? [`warning: ${behindWarning(origins)}`] : []),
    `Changed by this PR: ${origins.byPr.length}`,
    ...names(origins.byPr),
    `Changed on main since the last deploy (${origins.productionCommit.slice(0, 12)}): ${origins.onMain.length}`,
    ...names(origins.onMain),
    ...(origins.unattributed.length
      ? [
          `Changed outside git (env vars, packages, vars): ${origins.unattributed.length}`,
          ...names(origins.unattributed)
        ]
      : []),
    ...(origins.leftOut.length
      ? [`Not built (selection-scope pr): ${origins.leftOut.length}`, ...names(origins.leftOut)]
      : [])
  ]
}

function gcLines(report: Report): string[] {
  const { gc } = report
  if (!gc) return []
  const dropped = report.dryRun ? 'would drop' : 'dropped'
  return [
    `Garbage collection: ${dropped} ${plural(gc.dropped.length, 'schema')}, kept ${gc.kept.length} (TTL ${gc.ttlHours} hours, pull request states ${gc.pullRequestStates === 'github' ? 'from GitHub' : 'not asked: TTL only'})`,
    ...(gc.note ? [`${INDENT}note: ${gc.note}`] : []),
    ...gc.dropped.map(entry => `${INDENT}${dropped} ${entry.name}: ${entry.reason}`),
    ...gc.kept.map(entry => `${INDENT}kept ${entry.name}: ${entry.reason}`)
  ]
}

function relationLines(report: Report): string[] {
  return [
    ...(report.clones.length ? [`Cloned before building: ${plural(report.clones.length, 'relation')}`] : []),
    ...report.clones.map(
      clone =>
        `${INDENT}${nameOf(report, clone.uniqueId)}: ${clone.from} -> ${clone.to} (${clone.method}, ${clone.purpose})`
    ),
    ...(report.deferredRefs.length
      ? [`Deferred to production: ${plural(report.deferredRefs.length, 'ref')}`]
      : []),
    ...report.deferredRefs.map(
      ref =>
        `${INDENT}${nameOf(report, ref.node)} -> ${nameOf(report, ref.upstream)} = ${ref.productionRelation}`
    )
  ]
}

/** Control characters in names or messages could move the cursor or recolour the terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** The whole report as plain text for the terminal (CLI, demo): no Markdown, nothing left out. */
export function renderText(report: Report): string {
  const blocks = [
    statusLines(report),
    errorLines(report),
    dryRunLines(report),
    stateLines(report),
    originLines(report),
    changeLines(report),
    freshnessLines(report),
    resultLines(report),
    dataDiffLines(report),
    costDiffLines(report),
    mergeLines(report),
    deployLines(report),
    cleanupLines(report),
    gcLines(report),
    relationLines(report),
    report.fullReportUrl ? [`Full report: ${report.fullReportUrl}`] : []
  ]
  return `${blocks
    .filter(lines => lines.length > 0)
    .map(lines => lines.join('\n'))
    .join('\n\n')
    .replace(TERMINAL_CONTROL, '\uFFFD')}\n`
}
