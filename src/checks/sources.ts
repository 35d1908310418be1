import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Report } from '../report/types.js'
import type { AnnotationSources } from './annotations.js'

/**
 * What annotations need from the checkout: the project's folder relative to the repository root, and the text
 * of the YAML files the report's nodes are described in (to find the model's and the column's line).
 */
export async function annotationSources(
  report: Report,
  projectDir: string,
  repositoryRoot: string
): Promise<AnnotationSources> {
  const relative = path
    .relative(path.resolve(repositoryRoot), path.resolve(projectDir))
    .split(path.sep)
    .join('/')
  const yaml = new Set<string>()
  for (const display of Object.values(report.nodes)) {
    if (display.patchPath) yaml.add(display.patchPath)
    if (display.originalFilePath && /\.ya?ml$/.test(display.originalFilePath))
      yaml.add(display.originalFilePath)
  }
  const files = new Map<string, string>()
  for (const file of yaml) {
    const text = await readFile(path.join(projectDir, file), 'utf8').catch(() => null)
    if (text !== null) files.set(file, text)
  }
  return { projectPrefix: relative === '' || relative.startsWith('..') ? '' : `${relative}/`, files }
}
