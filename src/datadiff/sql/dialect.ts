import type { RelationRef } from '../plan.js'

/** Hash buckets per sample: a sample keeps the keys (or rows) whose bucket is below its `perMillion`. */
export const BUCKETS = 1_000_000

/** What differs in the diff's SQL between warehouses; everything else is standard SQL both run. */
export interface DiffDialect {
  quote(identifier: string): string
  literal(text: string): string
  /** `expr` as text: retyped columns compare so, and figures come back so. */
  asText(expr: string): string
  /** A deterministic bucket in [0, BUCKETS) from hashing `expr` (as text). */
  bucket(expr: string): string
  /** The same for a whole row of `alias`. */
  rowBucket(alias: string): string
  /** `expr` in a form `=`, `IS DISTINCT FROM` and `COUNT(DISTINCT …)` accept, given its catalog type. */
  comparable(expr: string, type: string): string
  /** Whether MIN/MAX of the type mean something to a reader: numbers, dates and times. */
  orderable(type: string): boolean
  /** Columns (schema_name, table_name, column_name, data_type, position) of the relations, from the catalog. */
  catalog(relations: readonly RelationRef[]): string
  /** The key the catalog rows of a relation are found by (case rules differ). */
  catalogKey(schema: string, name: string): string
  /** Whether a name from the manifest is this catalog column. */
  sameColumn(manifestName: string, catalogName: string): boolean
}
