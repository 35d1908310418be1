import { formatDuration } from '../report/text.js'
import { StatementTimeoutError, type Warehouse } from '../warehouse/warehouse.js'
import {
  chooseKey,
  keyWords,
  pairColumns,
  readCounts,
  readExamples,
  readKeyDiff,
  readProfile,
  samplePerMillion,
  schemaDiff,
  type ChosenKey
} from './compare.js'
import type { DiffPlan, DiffTarget } from './plan.js'
import type { DiffDialect } from './sql/dialect.js'
import {
  countsSql,
  exampleKeysSql,
  keyDiffSql,
  profileSql,
  type PairedColumn,
  type Sides
} from './sql/queries.js'
import type { ColumnProfileDiff, ColumnType, ModelDiff } from './types.js'

export interface DiffLimits {
  rowLimit: number
  modelTimeoutMs: number
  totalMs: number
}

export type DiffQueries = Pick<Warehouse, 'readQuery'>

/** Milliseconds from a monotonic clock. */
export type Clock = () => number

/**
 * Runs the planned comparisons in the warehouse, model by model. Each model's statements share its time limit
 * (the model timeout, or what is left of the total budget if less); a statement that reaches it is cancelled by
 * the warehouse and the model reports what it had compared. Models left when the total budget is spent are
 * skipped, saying so. Only aggregates and a few example keys come back.
 */
export async function runDataDiff(
  queries: DiffQueries,
  dialect: DiffDialect,
  plan: DiffPlan,
  limits: DiffLimits,
  clock: Clock = () => performance.now()
): Promise<ModelDiff[]> {
  const started = clock()
  const left = () => limits.totalMs - (clock() - started)
  const skipped = skippedModels(plan)
  if (plan.targets.length === 0) return skipped
  const catalog = await readCatalog(
    queries,
    dialect,
    plan.targets,
    Math.min(limits.modelTimeoutMs, left())
  ).catch((error: Error) => error)
  const diffs: ModelDiff[] = []
  for (const target of plan.targets) {
    const base = emptyDiff(target.uniqueId, target.pr.sql, target.production.sql)
    if (catalog instanceof Error) {
      diffs.push({
        ...base,
        status: 'failed',
        reason: `Reading the warehouse catalog failed: ${catalog.message}`
      })
    } else if (left() <= 0) {
      diffs.push({
        ...base,
        status: 'skipped',
        reason: `The data diff's time budget of ${seconds(limits.totalMs)} was spent before this model.`
      })
    } else {
      diffs.push(
        await diffModel(
          queries,
          dialect,
          target,
          catalog,
          limits,
          Math.min(limits.modelTimeoutMs, left()),
          clock
        )
      )
    }
  }
  return [...diffs, ...skipped]
}

/** The models the plan left out, as the report lists them. */
export function skippedModels(plan: DiffPlan): ModelDiff[] {
  return plan.skipped.map(skip => ({
    ...emptyDiff(skip.uniqueId, skip.pr, skip.production),
    status: 'skipped',
    reason: skip.reason
  }))
}

function emptyDiff(uniqueId: string, pr: string, production: string | null): ModelDiff {
  return {
    uniqueId,
    status: 'compared',
    pr,
    production,
    reason: null,
    notes: [],
    schema: null,
    rows: null,
    key: null,
    profile: null,
    durationSeconds: 0
  }
}

type Catalog = Map<string, ColumnType[]>

async function readCatalog(
  queries: DiffQueries,
  dialect: DiffDialect,
  targets: readonly DiffTarget[],
  timeoutMs: number
): Promise<Catalog> {
  const rows = await queries.readQuery(
    dialect.catalog(targets.flatMap(target => [target.pr, target.production])),
    { timeoutMs }
  )
  const catalog: Catalog = new Map()
  for (const row of rows) {
    const key = dialect.catalogKey(String(row.schema_name), String(row.table_name))
    catalog.set(key, [
      ...(catalog.get(key) ?? []),
      { name: String(row.column_name), type: String(row.data_type) }
    ])
  }
  return catalog
}

async function diffModel(
  queries: DiffQueries,
  dialect: DiffDialect,
  target: DiffTarget,
  catalog: Catalog,
  limits: DiffLimits,
  timeoutMs: number,
  clock: Clock
): Promise<ModelDiff> {
  const started = clock()
  const diff = emptyDiff(target.uniqueId, target.pr.sql, target.production.sql)
  const finish = (): ModelDiff => ({ ...diff, durationSeconds: (clock() - started) / 1000 })
  const prColumns = catalog.get(dialect.catalogKey(target.pr.schema, target.pr.name))
  const productionColumns = catalog.get(dialect.catalogKey(target.production.schema, target.production.name))
  if (!prColumns)
    return {
      ...finish(),
      status: 'failed',
      reason: `The PR relation ${target.pr.sql} is not in the warehouse catalog.`
    }
  if (!productionColumns)
    return {
      ...finish(),
      status: 'skipped',
      reason: `Production has no relation ${target.production.sql} (not deployed yet?).`
    }
  diff.schema = schemaDiff(dialect, productionColumns, prColumns)
  const paired = pairColumns(dialect, prColumns, productionColumns)
  const chosen = chooseKey(dialect, target.keys, paired)
  diff.notes.push(...chosen.notes)
  const sides: Sides = { pr: target.pr, production: target.production }
  let step = 'row counts'
  const query = (sql: string) => {
    const remaining = timeoutMs - (clock() - started)
    if (remaining <= 0) return Promise.reject(new StatementTimeoutError(timeoutMs))
    return queries.readQuery(sql, { timeoutMs: remaining })
  }
  try {
    let key = chosen.key
    const counts = readCounts(await query(countsSql(dialect, sides, key?.columns ?? null)))
    diff.rows = { pr: counts.pr.rows, production: counts.production.rows }
    const sample = samplePerMillion(Math.max(counts.pr.rows, counts.production.rows), limits.rowLimit)
    if (key) {
      const duplicated = (['pr', 'production'] as const).filter(
        side => counts[side].distinctKeys !== counts[side].rows - counts[side].nullKeys
      )
      if (duplicated.length > 0) {
        diff.notes.push(
          `The key ${keyWords(key.candidate)} is not unique in ${duplicated.map(side => (side === 'pr' ? 'the PR' : 'production')).join(' and ')}: profiled the columns instead.`
        )
        key = null
      } else if (counts.pr.nullKeys + counts.production.nullKeys > 0) {
        diff.notes.push(
          `Rows with a null key were left out of the key comparison: ${counts.pr.nullKeys} in the PR, ${counts.production.nullKeys} in production.`
        )
      }
    }
    if (key) {
      step = 'key comparison'
      await compareByKey(
        diff,
        dialect,
        sides,
        key,
        paired,
        sample,
        target,
        query,
        () => (step = 'example keys')
      )
    } else {
      step = 'column profile'
      await profileColumns(diff, dialect, sides, prColumns, productionColumns, sample, target, query)
    }
  } catch (error) {
    const done = diff.rows !== null
    if (error instanceof StatementTimeoutError) {
      diff.status = done ? 'partial' : 'failed'
      const message = `Stopped at the time limit of ${seconds(timeoutMs)} during the ${step}.`
      if (done) diff.notes.push(message)
      else diff.reason = message
    } else {
      diff.status = done ? 'partial' : 'failed'
      const message = `The ${step} query failed: ${error instanceof Error ? error.message : String(error)}`
      if (done) diff.notes.push(message)
      else diff.reason = message
    }
  }
  return finish()
}

async function compareByKey(
  diff: ModelDiff,
  dialect: DiffDialect,
  sides: Sides,
  key: ChosenKey,
  paired: readonly PairedColumn[],
  sample: number | null,
  target: DiffTarget,
  query: (sql: string) => Promise<Record<string, unknown>[]>,
  onExamples: () => void
): Promise<void> {
  const keyNames = new Set(key.columns.map(column => column.pr.name))
  const compared = paired.filter(column => !keyNames.has(column.pr.name))
  const keyQuery = { sides, key: key.columns, columns: compared, samplePerMillion: sample }
  const [row] = await query(keyDiffSql(dialect, keyQuery))
  diff.key = readKeyDiff(row, key, compared, sample)
  const { onlyInPr, onlyInProduction, changed } = diff.key
  if (onlyInPr + onlyInProduction + changed === 0) return
  const pii = key.columns
    .filter(column => target.isPii(column.pr.name))
    .map(column => `\`${column.pr.name}\``)
  if (pii.length > 0) {
    diff.key.examplesHidden = `The key ${pii.join(', ')} is PII: its values are never shown.`
    return
  }
  onExamples()
  diff.key.examples = readExamples(await query(exampleKeysSql(dialect, keyQuery)))
}

async function profileColumns(
  diff: ModelDiff,
  dialect: DiffDialect,
  sides: Sides,
  prColumns: readonly ColumnType[],
  productionColumns: readonly ColumnType[],
  sample: number | null,
  target: DiffTarget,
  query: (sql: string) => Promise<Record<string, unknown>[]>
): Promise<void> {
  const show = (column: ColumnType) => !target.isPii(column.name)
  const [prRow] = await query(profileSql(dialect, sides.pr, prColumns, show, sample))
  const [productionRow] = await query(profileSql(dialect, sides.production, productionColumns, show, sample))
  const pr = readProfile(prRow, prColumns)
  const production = readProfile(productionRow, productionColumns)
  const names = [
    ...prColumns.map(column => column.name),
    ...productionColumns
      .filter(c => !prColumns.some(p => dialect.sameColumn(p.name, c.name)))
      .map(c => c.name)
  ]
  const columns = names.map((name): ColumnProfileDiff => {
    const productionName = productionColumns.find(c => dialect.sameColumn(name, c.name))?.name
    return {
      column: name,
      pr: pr.columns.get(name) ?? null,
      production: productionName === undefined ? null : (production.columns.get(productionName) ?? null),
      pii: target.isPii(name)
    }
  })
  diff.profile = {
    sample: sample === null ? null : { perMillion: sample, by: 'row' },
    rows: { pr: pr.rows, production: production.rows },
    columns
  }
}

function seconds(ms: number): string {
  return formatDuration(ms / 1000)
}
