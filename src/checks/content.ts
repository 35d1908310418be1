import type { NodeRunResult } from '../dbt/run-results.js'
import { renderMarkdown } from '../report/render.js'
import { clip, plural } from '../report/text.js'
import type { Report } from '../report/types.js'
import {
  contractAnnotations,
  resultAnnotation,
  type Annotation,
  type AnnotationSources
} from './annotations.js'
import { outcomeOf } from '../report/wording.js'

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'skipped' | 'cancelled'

/** One check run, complete: GitHub takes 50 annotations per request, the helper sends them in batches. */
export interface CheckRunContent {
  /** What branch protection requires, e.g. `dbt build`. */
  name: string
  conclusion: CheckConclusion
  title: string
  /** Markdown, within GitHub's 65,535 characters. */
  summary: string
  annotations: Annotation[]
}

export const CHECK_NAMES = {
  plan: 'dbt plan',
  build: 'dbt build',
  tests: 'dbt tests',
  dataDiff: 'dbt data diff'
} as const

/** GitHub's limit on `output.summary`, in characters. */
export const CHECK_SUMMARY_LIMIT = 65_535
/** More annotations than this are left out (and counted): 20 requests per check run at most. */
export const ANNOTATIONS_MAX = 1000
const TITLE_MAX = 200

const TEST_TYPES = new Set(['test', 'unit_test'])

/**
 * The check runs of a defer report, one per phase: plan (what changed; breaking contracts annotated on the
 * model's YAML), build (models, seeds, snapshots; failures annotated on their files) and tests (failing tests
 * annotated on the YAML or SQL of what they test). Each carries the rendered report as its summary.
 */
export function checkRunsOf(report: Report, sources: AnnotationSources): CheckRunContent[] {
  const summary = renderMarkdown(report, { target: 'comment', budget: CHECK_SUMMARY_LIMIT })
  const results = report.invocations
    .filter(invocation => !invocation.commandLine.startsWith('dbt clone'))
    .flatMap(invocation => invocation.results ?? [])
  const resourceTypeOf = (result: NodeRunResult) => report.nodes[result.uniqueId]?.resourceType
  const tests = results.filter(result => TEST_TYPES.has(resourceTypeOf(result) ?? ''))
  const built = results.filter(result => !TEST_TYPES.has(resourceTypeOf(result) ?? ''))
  const annotate = (list: NodeRunResult[]) =>
    list.flatMap(result => resultAnnotation(report, result, sources) ?? [])
  const planFailed = report.status === 'failure' && report.plan === null
  const buildFailed = report.errors.some(error => error.phase.startsWith('dbt '))
  return [
    content(
      CHECK_NAMES.plan,
      planFailed ? 'failure' : 'success',
      planTitle(report),
      summary,
      contractAnnotations(report, sources)
    ),
    content(
      CHECK_NAMES.build,
      phaseConclusion(report, built, buildFailed),
      resultsTitle(built, 'node', report),
      summary,
      annotate(built)
    ),
    content(
      CHECK_NAMES.tests,
      phaseConclusion(report, tests, false),
      resultsTitle(tests, 'test', report),
      summary,
      annotate(tests)
    ),
    ...(report.dataDiff ? [dataDiffCheck(report, summary, sources)] : [])
  ]
}

/**
 * The data diff informs rather than judges: `neutral` when a model's data or columns differ from production
 * (a notice on the model's file says how), `success` when nothing differs, `skipped` when it could not run.
 */
function dataDiffCheck(report: Report, summary: string, sources: AnnotationSources): CheckRunContent {
  const diff = report.dataDiff!
  const compared = diff.models.filter(model => model.status === 'compared' || model.status === 'partial')
  const differing = compared.flatMap(model => {
    const changes = differencesOf(model)
    return changes.length ? [{ model, changes }] : []
  })
  const annotations = differing.flatMap(({ model, changes }): Annotation[] => {
    const display = report.nodes[model.uniqueId]
    if (!display?.originalFilePath) return []
    return [
      {
        path: `${sources.projectPrefix}${display.originalFilePath}`,
        start_line: 1,
        end_line: 1,
        annotation_level: 'notice',
        title: clip(`${display.name} differs from production`, TITLE_MAX),
        message: clip(changes.join('\n'), 4000)
      }
    ]
  })
  const conclusion: CheckConclusion =
    diff.error !== null || compared.length === 0 ? 'skipped' : differing.length ? 'neutral' : 'success'
  const title =
    diff.error !== null
      ? clip(`Not run: ${diff.error}`, TITLE_MAX)
      : `${plural(compared.length, 'model')} compared · ${differing.length} with differences`
  return content(CHECK_NAMES.dataDiff, conclusion, title, summary, annotations)
}

function differencesOf(model: NonNullable<Report['dataDiff']>['models'][number]): string[] {
  const lines: string[] = []
  const { schema, rows, key } = model
  if (schema?.added.length) lines.push(`columns added: ${schema.added.map(c => c.name).join(', ')}`)
  if (schema?.removed.length) lines.push(`columns removed: ${schema.removed.map(c => c.name).join(', ')}`)
  if (schema?.retyped.length)
    lines.push(
      `columns retyped: ${schema.retyped.map(c => `${c.name} ${c.production} → ${c.pr}`).join(', ')}`
    )
  if (rows && rows.pr !== rows.production)
    lines.push(`rows: ${rows.production} in production, ${rows.pr} in the PR`)
  if (key && (key.onlyInPr || key.onlyInProduction || key.changed))
    lines.push(
      `by ${key.columns.join(', ')}: ${key.onlyInProduction} only in production, ${key.onlyInPr} only in the PR, ${key.changed} changed`
    )
  return lines
}

function content(
  name: string,
  conclusion: CheckConclusion,
  title: string,
  summary: string,
  annotations: Annotation[]
): CheckRunContent {
  const left = annotations.length - ANNOTATIONS_MAX
  return {
    name,
    conclusion,
    title: clip(left > 0 ? `${title} (annotations for the first ${ANNOTATIONS_MAX})` : title, TITLE_MAX),
    summary,
    annotations: annotations.slice(0, ANNOTATIONS_MAX)
  }
}

function planTitle(report: Report): string {
  if (!report.plan) return report.statusReason ?? 'No plan'
  const changes = report.plan.changes
  const count = (status: string) => changes.filter(change => change.status === status).length
  return `${count('modified')} modified · ${count('new')} new · ${count('removed')} removed · ${plural(report.plan.selected.length, 'node')} selected`
}

function phaseConclusion(report: Report, results: NodeRunResult[], crashed: boolean): CheckConclusion {
  if (report.status === 'cancelled') return 'cancelled'
  if (crashed || results.some(result => outcomeOf(result.status) === 'failed')) return 'failure'
  if (report.dryRun || results.length === 0) return 'skipped'
  return 'success'
}

function resultsTitle(results: NodeRunResult[], singular: string, report: Report): string {
  if (report.dryRun) return 'Dry run: nothing was built'
  if (results.length === 0) return `No ${singular}s ran`
  const failed = results.filter(result => outcomeOf(result.status) === 'failed').length
  const warned = results.filter(result => outcomeOf(result.status) === 'warned').length
  return [
    `${results.length - failed - warned} passed`,
    ...(failed ? [`${failed} failed`] : []),
    ...(warned ? [`${warned} warned`] : [])
  ].join(' · ')
}
