import type { DataDiffSettings } from '../config/settings.js'
import type { ManifestNode } from '../manifest/types.js'
import { fnmatch } from '../selector/fnmatch.js'

export type PiiRule = Pick<DataDiffSettings, 'piiColumns' | 'piiTags'>

/**
 * Whether a column's values may be shown (example keys, min/max). A column is PII when its name matches one of
 * the patterns (in lower case), when it carries one of the tags in the model's properties, or when the whole
 * model carries one: then no column's values are shown.
 */
export function piiPredicate(nodes: readonly ManifestNode[], rule: PiiRule): (column: string) => boolean {
  const tags = new Set(rule.piiTags)
  const wholeModel = nodes.some(node => node.tags.some(tag => tags.has(tag)))
  const tagged = new Set(
    nodes.flatMap(node =>
      Object.values(node.columns)
        .filter(column => (column.tags ?? []).some(tag => tags.has(tag)))
        .map(column => column.name.toLowerCase())
    )
  )
  return column => {
    const name = column.toLowerCase()
    return wholeModel || tagged.has(name) || rule.piiColumns.some(pattern => fnmatch(name, pattern))
  }
}

/** The rule in words for the report, e.g. "columns named like `*email*` or tagged `pii`, and every column of a model tagged `pii`". */
export function describePiiRule(rule: PiiRule): string {
  const names = rule.piiColumns.map(pattern => `\`${pattern}\``).join(', ')
  const tags = rule.piiTags.map(tag => `\`${tag}\``).join(', ')
  if (names && tags)
    return `columns named like ${names} or tagged ${tags}, and every column of a model tagged ${tags}`
  if (names) return `columns named like ${names}`
  if (tags) return `columns tagged ${tags}, and every column of a model tagged ${tags}`
  return 'none (no PII patterns or tags are set)'
}
