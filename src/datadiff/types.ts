/**
 * What the data diff found, as the report carries it: plain JSON, aggregates and example keys only. Every figure
 * was computed by the warehouse; nothing here was derived from rows pulled into the runner.
 */
export interface DataDiffReport {
  /** The limits the diff ran with, so the report can say what bounded it. */
  limits: {
    rowLimit: number
    modelTimeoutSeconds: number
    timeBudgetSeconds: number
  }
  /** The PII rule in words, e.g. "columns named like *email* or tagged pii". */
  piiRule: string
  /** Why the diff could not run at all (the warehouse could not be reached); null when it ran. */
  error: string | null
  /** One entry per modified model the PR built, in report order: compared, partly compared, skipped or failed. */
  models: ModelDiff[]
  durationSeconds: number
}

export type ModelDiffStatus = 'compared' | 'partial' | 'skipped' | 'failed'

export interface ModelDiff {
  uniqueId: string
  status: ModelDiffStatus
  /** The PR's relation and production's, as SQL names. */
  pr: string
  production: string | null
  /** For `skipped` and `failed`: why, in one sentence. */
  reason: string | null
  /** What else the reader should know: a sample, a time-out, a key that could not be used. */
  notes: string[]
  schema: SchemaDiff | null
  rows: { pr: number; production: number } | null
  key: KeyDiff | null
  profile: ProfileDiff | null
  durationSeconds: number
}

export interface ColumnType {
  name: string
  type: string
}

/** From the warehouse catalog, not the manifest. */
export interface SchemaDiff {
  added: ColumnType[]
  removed: ColumnType[]
  retyped: { name: string; production: string; pr: string }[]
  /** Columns in both with the same type. */
  unchanged: number
}

export type KeySource = 'meta' | 'unique_key' | 'primary_key' | 'test'

/** A comparison of rows by key (FULL OUTER JOIN on the key columns). */
export interface KeyDiff {
  columns: string[]
  source: KeySource
  /** Null when every key was compared; else the share of keys the hash sample kept. */
  sample: Sample | null
  onlyInProduction: number
  onlyInPr: number
  /** Keys in both. */
  matched: number
  /** Keys in both with at least one differing column. */
  changed: number
  /** Per column in both (retyped ones compared as text): how many matched rows differ. */
  changedByColumn: { column: string; count: number }[]
  /** Up to a few keys of each kind; null when they were not read (nothing differs, a PII key, a time-out). */
  examples: { onlyInProduction: string[]; onlyInPr: string[]; changed: string[] } | null
  /** Why no example keys are shown, when they are not. */
  examplesHidden: string | null
}

export interface Sample {
  /** Hash buckets kept out of a million. */
  perMillion: number
  /** `key` or `row`: what was hashed. */
  by: 'key' | 'row'
}

/** Without a usable key: a per-column profile of each side. */
export interface ProfileDiff {
  sample: Sample | null
  /** Rows each side's profile covered (the sample's size when sampled). */
  rows: { pr: number; production: number }
  columns: ColumnProfileDiff[]
}

export interface ColumnProfileDiff {
  column: string
  pr: ColumnProfile | null
  production: ColumnProfile | null
  /** Min/max left out because the column is PII. */
  pii: boolean
}

export interface ColumnProfile {
  nulls: number
  distinct: number
  /** Numbers and dates only, as text; null for other types and PII columns. */
  min: string | null
  max: string | null
}
