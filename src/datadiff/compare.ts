import type { KeyCandidate } from './keys.js'
import { BUCKETS, type DiffDialect } from './sql/dialect.js'
import { EXAMPLE_KEYS, type PairedColumn } from './sql/queries.js'
import type { ColumnProfile, ColumnType, KeyDiff, SchemaDiff } from './types.js'

/** Columns added, removed and retyped, in the PR's (added, retyped) and production's (removed) column order. */
export function schemaDiff(
  dialect: DiffDialect,
  production: readonly ColumnType[],
  pr: readonly ColumnType[]
): SchemaDiff {
  const paired = pairColumns(dialect, pr, production)
  const inPr = new Set(paired.map(column => column.pr.name))
  const inProduction = new Set(paired.map(column => column.production.name))
  const retyped = paired.filter(column => column.pr.type !== column.production.type)
  return {
    added: pr.filter(column => !inPr.has(column.name)),
    removed: production.filter(column => !inProduction.has(column.name)),
    retyped: retyped.map(column => ({
      name: column.pr.name,
      production: column.production.type,
      pr: column.pr.type
    })),
    unchanged: paired.length - retyped.length
  }
}

/** The columns both sides have, in the PR's order. */
export function pairColumns(
  dialect: DiffDialect,
  pr: readonly ColumnType[],
  production: readonly ColumnType[]
): PairedColumn[] {
  return pr.flatMap(column => {
    const other = production.find(candidate => dialect.sameColumn(column.name, candidate.name))
    return other ? [{ pr: column, production: other }] : []
  })
}

export interface ChosenKey {
  candidate: KeyCandidate
  columns: PairedColumn[]
}

/** The first declared key whose columns both relations have; a note for each one that could not be used. */
export function chooseKey(
  dialect: DiffDialect,
  candidates: readonly KeyCandidate[],
  paired: readonly PairedColumn[]
): { key: ChosenKey | null; notes: string[] } {
  const notes: string[] = []
  for (const candidate of candidates) {
    const columns = candidate.columns.map(name => paired.find(c => dialect.sameColumn(name, c.pr.name)))
    const missing = candidate.columns.filter((_, i) => columns[i] === undefined)
    if (missing.length === 0) return { key: { candidate, columns: columns as PairedColumn[] }, notes }
    notes.push(
      `The key ${keyWords(candidate)} is not a column of both relations (${missing.map(m => `\`${m}\``).join(', ')}).`
    )
  }
  return { key: null, notes }
}

export function keyWords(candidate: KeyCandidate): string {
  const columns = candidate.columns.map(column => `\`${column}\``).join(', ')
  const from = {
    meta: 'from `meta.slim_ci.key`',
    unique_key: 'from the `unique_key` config',
    primary_key: 'from the `primary_key` constraint',
    test: 'from its `unique` and `not_null` tests'
  }[candidate.source]
  return `${columns} (${from})`
}

/** Buckets out of a million that keep about `rowLimit` of `rows`; null when every row fits. */
export function samplePerMillion(rows: number, rowLimit: number): number | null {
  if (rows <= rowLimit) return null
  return Math.max(1, Math.floor((BUCKETS * rowLimit) / rows))
}

export type Row = Record<string, unknown>

export function count(value: unknown): number {
  const number = Number(value ?? 0)
  if (!Number.isFinite(number)) throw new Error(`The warehouse returned ${String(value)} for a count.`)
  return number
}

export interface SideCounts {
  rows: number
  nullKeys: number
  distinctKeys: number
}

/** The rows of `countsSql`, by side. */
export function readCounts(rows: readonly Row[]): { pr: SideCounts; production: SideCounts } {
  const side = (name: string): SideCounts => {
    const row = rows.find(r => r.side === name)
    if (!row) throw new Error(`The row count query returned no row for ${name}.`)
    return {
      rows: count(row.row_count),
      nullKeys: count(row.null_keys),
      distinctKeys: count(row.distinct_keys)
    }
  }
  return { pr: side('pr'), production: side('production') }
}

/** The row of `keyDiffSql` as a KeyDiff without examples. */
export function readKeyDiff(
  row: Row,
  key: ChosenKey,
  columns: readonly PairedColumn[],
  sample: number | null
): KeyDiff {
  return {
    columns: key.columns.map(column => column.pr.name),
    source: key.candidate.source,
    sample: sample === null ? null : { perMillion: sample, by: 'key' },
    onlyInProduction: count(row.only_in_production),
    onlyInPr: count(row.only_in_pr),
    matched: count(row.matched),
    changed: count(row.changed),
    changedByColumn: columns.map((column, i) => ({ column: column.pr.name, count: count(row[`d${i}`]) })),
    examples: null,
    examplesHidden: null
  }
}

/** The rows of `exampleKeysSql` by kind. */
export function readExamples(rows: readonly Row[]): NonNullable<KeyDiff['examples']> {
  const of = (kind: string) =>
    rows
      .filter(row => row.kind === kind)
      .map(row => String(row.key_text))
      .slice(0, EXAMPLE_KEYS)
  return { onlyInProduction: of('only_in_production'), onlyInPr: of('only_in_pr'), changed: of('changed') }
}

/** The row of `profileSql`: rows covered, and per column its profile. */
export function readProfile(
  row: Row,
  columns: readonly ColumnType[]
): { rows: number; columns: Map<string, ColumnProfile> } {
  const rows = count(row.row_count)
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value))
  return {
    rows,
    columns: new Map(
      columns.map((column, i) => [
        column.name,
        {
          nulls: rows - count(row[`v${i}`]),
          distinct: count(row[`d${i}`]),
          min: text(row[`min${i}`]),
          max: text(row[`max${i}`])
        }
      ])
    )
  }
}
