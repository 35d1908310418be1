import type { NodeRunResult } from '../dbt/run-results.js'
import type { Report } from '../report/types.js'
import { clip } from '../report/text.js'

/** One annotation as GitHub's check-run `output.annotations` takes it; paths are relative to the repository. */
export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
}

/** GitHub's limits: 64 KB per message; titles are kept to one readable line. */
const MESSAGE_MAX = 4000
const TITLE_MAX = 200

export interface AnnotationSources {
  /** The dbt project's folder relative to the repository root, '' at the root, else ending in `/`. */
  projectPrefix: string
  /** Project-relative path → file text, for the files annotations point into (to find lines in YAML). */
  files: ReadonlyMap<string, string>
}

/**
 * The line of `name: <wanted>` after the line of `name: <after>` (when given) in a YAML file; 1 when not found,
 * which GitHub shows as the top of the file.
 */
export function yamlLineOf(text: string | undefined, after: string | null, wanted: string | null): number {
  if (text === undefined) return 1
  const lines = text.split('\n')
  const nameLine = (name: string, from: number) => {
    const pattern = new RegExp(
      `^\\s*-?\\s*name:\\s*['"]?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*(#.*)?$`
    )
    for (let index = from; index < lines.length; index++) if (pattern.test(lines[index])) return index
    return -1
  }
  const start = after ? nameLine(after, 0) : 0
  if (start < 0) return 1
  if (!wanted) return start + 1
  const found = nameLine(wanted, start + 1)
  return (found < 0 ? start : found) + 1
}

/** A failing or warning test annotates the YAML (or SQL) of the model it tests; a failing model, its own file. */
export function resultAnnotation(
  report: Report,
  result: NodeRunResult,
  sources: AnnotationSources
): Annotation | null {
  const display = report.nodes[result.uniqueId]
  if (!display?.originalFilePath) return null
  const failed = ['error', 'fail', 'runtime error'].includes(result.status)
  if (!failed && result.status !== 'warn') return null
  const level = failed ? 'failure' : 'warning'
  const message = clip(result.message ?? `dbt reported ${result.status}`, MESSAGE_MAX)
  const at = (path: string, line: number, title: string): Annotation => ({
    path: `${sources.projectPrefix}${path}`,
    start_line: line,
    end_line: line,
    annotation_level: level,
    title: clip(title, TITLE_MAX),
    message
  })
  if (display.resourceType === 'test' || display.resourceType === 'unit_test') {
    const tested = display.attachedNode ? report.nodes[display.attachedNode] : undefined
    const what = `${display.resourceType === 'unit_test' ? 'Unit test' : 'Test'} ${display.name} ${result.status === 'warn' ? 'warned' : 'failed'}${result.failures ? ` (${result.failures} failing rows)` : ''}`
    const yaml = display.originalFilePath.endsWith('.yml') || display.originalFilePath.endsWith('.yaml')
    if (tested?.patchPath && yaml) {
      const line = yamlLineOf(sources.files.get(tested.patchPath), tested.name, display.columnName ?? null)
      return at(tested.patchPath, line, what)
    }
    const file = display.originalFilePath
    const line = yaml
      ? yamlLineOf(sources.files.get(file), tested?.name ?? null, display.columnName ?? null)
      : 1
    return at(file, line, what)
  }
  return at(
    display.originalFilePath,
    compilationErrorLine(result.message),
    `${display.name} ${result.status === 'warn' ? 'warned' : 'failed'}: ${result.status}`
  )
}

/**
 * dbt's Jinja errors name the line of the model's source (`Compilation Error … line 3`); database errors name
 * lines of the compiled SQL, which differ, so those point at the top of the file.
 */
function compilationErrorLine(message: string | null): number {
  if (!message || !/Compilation Error/.test(message)) return 1
  const line = /\bline (\d+)\b/.exec(message)
  return line ? Math.max(1, Number(line[1])) : 1
}

/** A breaking contract change annotates the model's YAML, at the column it names or else at the model. */
export function contractAnnotations(report: Report, sources: AnnotationSources): Annotation[] {
  return (report.mergePreview?.breakingContracts ?? []).flatMap(({ uniqueId, changes }) => {
    const display = report.nodes[uniqueId]
    const file = display?.patchPath ?? display?.originalFilePath
    if (!display || !file) return []
    return changes.map(change => {
      const line = display.patchPath
        ? yamlLineOf(sources.files.get(file), display.name, change.column ?? null)
        : 1
      return {
        path: `${sources.projectPrefix}${file}`,
        start_line: line,
        end_line: line,
        annotation_level: 'warning' as const,
        title: clip(`Breaking contract change on ${display.name}`, TITLE_MAX),
        message: clip(change.detail, MESSAGE_MAX)
      }
    })
  })
}
