import { fixedPart, type Part } from '../budget.js'
import { code, escapeProse, link } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { clip, formatAge, formatTimestamp, shortSha } from '../text.js'
import { stateMatters } from '../wording.js'

/** Where the production state came from and how old it is, so reviewers know what "modified" is relative to. */
export function provenancePart(context: MarkdownContext): Part | null {
  const { state } = context.report
  if (!stateMatters(context.report)) return null
  const origin =
    state.source === 'none'
      ? 'none found: every node counts as new'
      : `${state.source === 'artifact' ? 'artifact' : 'directory'} ${code(clip(state.location ?? '?', 200))}`
  const facts = [
    origin,
    ...(state.runId !== null
      ? [state.runUrl ? `from ${link(`run ${state.runId}`, state.runUrl)}` : `from run ${state.runId}`]
      : []),
    ...(state.commitSha ? [`commit ${code(shortSha(state.commitSha))}`] : []),
    ...(state.producedAt
      ? [
          `produced ${formatTimestamp(state.producedAt)}${state.ageSeconds !== null ? ` (${formatAge(state.ageSeconds)} old)` : ''}`
        ]
      : []),
    ...(state.dbtVersion ? [`dbt ${escapeProse(state.dbtVersion)}`] : [])
  ]
  const warnings = state.warnings.map(warning => `> - ${escapeProse(clip(warning.message, 500))}`)
  const lines = [
    `**Production state:** ${facts.join(' · ')}`,
    ...(warnings.length ? ['', '> [!WARNING]', ...warnings] : [])
  ]
  return fixedPart('production state', 20, lines.join('\n'), context.measure)
}
