import { composite, fitList, type Part } from '../budget.js'
import { code } from '../escape.js'
import type { MarkdownContext } from '../markdown-context.js'
import { formatCount, plural } from '../text.js'
import type { ChangeOriginsReport } from '../types.js'

/** The warning both the log and the report give when the last deploy lags the PR's base. */
export function behindWarning(origins: ChangeOriginsReport): string {
  return (
    `Production is behind main by ${plural(origins.behindBy, 'commit')}: it was built from ${origins.productionCommit.slice(0, 7)}, ` +
    `this pull request's merge base is ${origins.mergeBase.slice(0, 7)}. ${plural(origins.onMain.length, 'node')} ` +
    `${origins.onMain.length === 1 ? 'differs' : 'differ'} from production only because main changed ${origins.onMain.length === 1 ? 'it' : 'them'} since the last deploy` +
    (origins.scope === 'pr'
      ? ': with selection-scope pr they were not built, and read production.'
      : ': they were built too (selection-scope production).')
  )
}

function aheadNote(origins: ChangeOriginsReport): string {
  return (
    `Production has ${plural(origins.aheadBy, 'commit')} this pull request's base lacks (it branched before the last deploy): ` +
    'nodes those commits changed show as changes of this PR until it is rebased or merged with main.'
  )
}

/** Which changes are this PR's and which main's since the last deploy; shown only when main's are part of it. */
export function changeOriginsPart(context: MarkdownContext): Part | null {
  const origins = context.report.changeOrigins
  if (!origins || (origins.behindBy === 0 && origins.aheadBy === 0 && origins.onMain.length === 0))
    return null
  const head = [
    '#### Changed by this PR, or on main since the last deploy',
    ...(origins.behindBy > 0 ? ['', `> [!WARNING]\n> ${behindWarning(origins)}`] : []),
    ...(origins.aheadBy > 0 ? ['', `> [!NOTE]\n> ${aheadNote(origins)}`] : []),
    '',
    `Production commit ${code(origins.productionCommit.slice(0, 12))} · merge base ${code(origins.mergeBase.slice(0, 12))} · selection-scope ${code(origins.scope)}`
  ].join('\n')
  const group = (title: string, heading: string, ids: string[]): Part => ({
    title,
    weight: 1,
    render: budget =>
      fitList(
        {
          head: [`**${heading} (${formatCount(ids.length)})**`, ''],
          items: ids.map(id => `- ${context.name(id)}`),
          more: n => context.more(n, 'node'),
          tail: []
        },
        budget,
        context.measure
      )
  })
  return composite(
    'change origins',
    6,
    head,
    [
      ...(origins.byPr.length ? [group('changed by this PR', 'Changed by this PR', origins.byPr)] : []),
      ...(origins.onMain.length
        ? [group('changed on main', 'Changed on main since the last deploy', origins.onMain)]
        : []),
      ...(origins.unattributed.length
        ? [
            group(
              'changed outside git',
              'Changed, but no file of theirs changed in git (env vars, packages, vars): built',
              origins.unattributed
            )
          ]
        : []),
      ...(origins.leftOut.length
        ? [group('left out', 'Not built: selected only because of main’s changes', origins.leftOut)]
        : [])
    ],
    context.measure
  )
}
