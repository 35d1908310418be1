import type { NodeRunResult } from '../dbt/run-results.js'
import type { Manifest } from '../manifest/types.js'
import type { ClonedRelation, CloneMethod } from '../report/types.js'

/** dbt-adapters' `can_clone_table()` is true for these: `dbt clone` copies their tables without copying data. */
const ZERO_COPY_CLONE_ADAPTERS = new Set(['snowflake', 'bigquery', 'databricks', 'spark'])
/** Materializations whose relation is a table, the only kind `dbt clone` copies rather than points a view at. */
const TABLE_MATERIALIZATIONS = new Set(['table', 'incremental', 'seed', 'snapshot'])

/**
 * The relations `dbt clone` created in the PR schema. dbt's result message is only the adapter's response to the
 * DDL (`CREATE VIEW` on Postgres, `SUCCESS 1` on Snowflake whether it cloned or not), so the method follows dbt's
 * clone materialization instead: a production table is cloned where the adapter can clone tables, anything else
 * gets a view pointing at production. `No-op` means dbt created nothing: the PR relation already existed, or
 * production has none.
 */
export function incrementalClonesOf(
  results: readonly NodeRunResult[],
  current: Manifest,
  production: Manifest
): ClonedRelation[] {
  const canClone = ZERO_COPY_CLONE_ADAPTERS.has(current.metadata.adapterType ?? '')
  return results.flatMap(result => {
    if (result.status !== 'success' || result.message === 'No-op') return []
    const from = production.nodes.get(result.uniqueId)
    const to = current.nodes.get(result.uniqueId)?.relationName
    if (!from?.relationName || !to) return []
    const method: CloneMethod =
      canClone && TABLE_MATERIALIZATIONS.has(String(from.config.materialized)) ? 'zero-copy' : 'view'
    return [{ uniqueId: result.uniqueId, purpose: 'incremental', from: from.relationName, to, method }]
  })
}
