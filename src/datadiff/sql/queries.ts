import type { RelationRef } from '../plan.js'
import type { ColumnType } from '../types.js'
import type { DiffDialect } from './dialect.js'

/** A column both relations have: its name and type on each side (names may differ in case on Snowflake). */
export interface PairedColumn {
  pr: ColumnType
  production: ColumnType
}

export interface Sides {
  pr: RelationRef
  production: RelationRef
}

/** A comparison by key: the relations, the key and the other columns both have, and the sample if any. */
export interface KeyQuery {
  sides: Sides
  key: readonly PairedColumn[]
  columns: readonly PairedColumn[]
  /** Hash buckets kept out of a million; null for every key. */
  samplePerMillion: number | null
}

/** How many example keys of each kind the diff reads. */
export const EXAMPLE_KEYS = 5

type Side = 'pr' | 'production'
const SIDES: Side[] = ['pr', 'production']

/** A column as one side selects it: as text when the two sides' types differ, so they can be compared. */
function sideExpr(dialect: DiffDialect, column: PairedColumn, side: Side): string {
  const own = column[side]
  const expr = dialect.quote(own.name)
  return column.pr.type === column.production.type ? dialect.comparable(expr, own.type) : dialect.asText(expr)
}

/** Row counts of both sides; with a key, also rows whose key is null and distinct non-null keys. */
export function countsSql(dialect: DiffDialect, sides: Sides, key: readonly PairedColumn[] | null): string {
  return SIDES.map(side => {
    const figures = ['COUNT(*) AS row_count']
    if (key !== null) {
      const columns = key.map(column => sideExpr(dialect, column, side))
      figures.push(
        `COALESCE(SUM(CASE WHEN ${columns.map(c => `${c} IS NULL`).join(' OR ')} THEN 1 ELSE 0 END), 0) AS null_keys`,
        `COUNT(DISTINCT ${keyText(dialect, columns)}) AS distinct_keys`
      )
    }
    return `SELECT ${dialect.literal(side)} AS side, ${figures.join(', ')} FROM ${sides[side].sql}`
  }).join('\nUNION ALL\n')
}

/** One text per key, null when a part is null: a single column as it is, several joined by `|`. */
function keyText(dialect: DiffDialect, columns: readonly string[]): string {
  if (columns.length === 1) return columns[0]
  const notNull = columns.map(c => `${c} IS NOT NULL`).join(' AND ')
  return `CASE WHEN ${notNull} THEN ${columns.map(c => dialect.asText(c)).join(` || '|' || `)} END`
}

/**
 * The PR and production rows with a non-null key (in the sample, when there is one), joined on the key: the CTEs
 * `pr`, `production` and `joined`, where `joined` has `pr_k<i>`/`production_k<i>` and a 0/1 `d<i>` per compared
 * column (1: the key is on both sides and the values differ) and `changed` (any `d<i>`).
 */
function joinedCtes(dialect: DiffDialect, query: KeyQuery): string {
  const { sides, key, columns, samplePerMillion } = query
  const side = (name: Side) => {
    const keys = key.map((column, i) => `${sideExpr(dialect, column, name)} AS k${i}`)
    const values = columns.map((column, i) => `${sideExpr(dialect, column, name)} AS c${i}`)
    const conditions = key.map((_, i) => `${sideExpr(dialect, key[i], name)} IS NOT NULL`)
    if (samplePerMillion !== null) {
      // The same text on both sides for the same key, whatever each side's type: the sample keeps matched keys.
      const text = keyText(
        dialect,
        key.map(column => dialect.quote(column[name].name))
      )
      conditions.push(`${dialect.bucket(text)} < ${samplePerMillion}`)
    }
    return `${name} AS (SELECT ${[...keys, ...values].join(', ')} FROM ${sides[name].sql} WHERE ${conditions.join(' AND ')})`
  }
  const both = 'pr.k0 IS NOT NULL AND production.k0 IS NOT NULL'
  const differs = columns.map((_, i) => `pr.c${i} IS DISTINCT FROM production.c${i}`)
  const joined = [
    ...key.flatMap((_, i) => [`pr.k${i} AS pr_k${i}`, `production.k${i} AS production_k${i}`]),
    ...differs.map((d, i) => `CASE WHEN ${both} AND ${d} THEN 1 ELSE 0 END AS d${i}`),
    `CASE WHEN ${both} AND (${differs.length > 0 ? differs.join(' OR ') : '1 = 0'}) THEN 1 ELSE 0 END AS changed`
  ]
  const on = key.map((_, i) => `pr.k${i} = production.k${i}`).join(' AND ')
  return [
    `WITH ${side('pr')},`,
    `${side('production')},`,
    `joined AS (SELECT ${joined.join(', ')} FROM pr FULL OUTER JOIN production ON ${on})`
  ].join('\n')
}

/** Keys only in one side, in both, changed, and per compared column the changed count (`d<i>`). */
export function keyDiffSql(dialect: DiffDialect, query: KeyQuery): string {
  const sum = (condition: string, alias: string) =>
    `COALESCE(SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0) AS ${alias}`
  const figures = [
    sum('production_k0 IS NULL', 'only_in_pr'),
    sum('pr_k0 IS NULL', 'only_in_production'),
    sum('pr_k0 IS NOT NULL AND production_k0 IS NOT NULL', 'matched'),
    'COALESCE(SUM(changed), 0) AS changed',
    ...query.columns.map((_, i) => `COALESCE(SUM(d${i}), 0) AS d${i}`)
  ]
  return `${joinedCtes(dialect, query)}\nSELECT ${figures.join(', ')} FROM joined`
}

/** Up to EXAMPLE_KEYS keys of each kind (`only_in_pr`, `only_in_production`, `changed`), smallest first. */
export function exampleKeysSql(dialect: DiffDialect, query: KeyQuery): string {
  const merged = query.key.map((_, i) => `COALESCE(pr_k${i}, production_k${i})`)
  const kind =
    "CASE WHEN production_k0 IS NULL THEN 'only_in_pr' WHEN pr_k0 IS NULL THEN 'only_in_production' ELSE 'changed' END"
  return [
    joinedCtes(dialect, query) + ',',
    `tagged AS (SELECT ${kind} AS kind, ${dialect.asText(keyText(dialect, merged))} AS key_text, ${merged.map((m, i) => `${m} AS o${i}`).join(', ')} FROM joined WHERE production_k0 IS NULL OR pr_k0 IS NULL OR changed = 1),`,
    `ranked AS (SELECT kind, key_text, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY ${merged.map((_, i) => `o${i}`).join(', ')}) AS n FROM tagged)`,
    `SELECT kind, key_text FROM ranked WHERE n <= ${EXAMPLE_KEYS} ORDER BY kind, n`
  ].join('\n')
}

/** Per column of one side: non-null and distinct counts, and min/max of orderable non-PII columns as text. */
export function profileSql(
  dialect: DiffDialect,
  relation: RelationRef,
  columns: readonly ColumnType[],
  showValues: (column: ColumnType) => boolean,
  samplePerMillion: number | null
): string {
  const figures = ['COUNT(*) AS row_count']
  columns.forEach((column, i) => {
    const expr = dialect.comparable(dialect.quote(column.name), column.type)
    figures.push(`COUNT(${expr}) AS v${i}`, `COUNT(DISTINCT ${expr}) AS d${i}`)
    if (showValues(column) && dialect.orderable(column.type)) {
      figures.push(
        `${dialect.asText(`MIN(${expr})`)} AS min${i}`,
        `${dialect.asText(`MAX(${expr})`)} AS max${i}`
      )
    }
  })
  const sample =
    samplePerMillion === null ? '' : ` WHERE ${dialect.rowBucket('diff_row')} < ${samplePerMillion}`
  return `SELECT ${figures.join(', ')} FROM ${relation.sql} AS diff_row${sample}`
}
