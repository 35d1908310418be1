import { stringLiteral } from '../warehouse/snowflake/names.js'
import type { WarehouseCost } from './types.js'

export const QUERY_HISTORY_SOURCE =
  "Snowflake's INFORMATION_SCHEMA.QUERY_HISTORY_BY_USER for this run's user and time, by the model dbt's query comment names"

/**
 * Per model, the queries dbt ran for it between `start` and `end` (ISO-8601): how many, bytes scanned and cloud
 * services credits. dbt's default query comment names the node (`"node_id": "model.…"`); warehouse compute
 * credits are billed per warehouse, not per query, so they are not attributed here.
 */
export function queryHistorySql(start: string, end: string): string {
  return [
    `SELECT REGEXP_SUBSTR(query_text, '"node_id": "([^"]+)"', 1, 1, 'e') AS node_id,`,
    '       COUNT(*) AS queries,',
    '       COALESCE(SUM(bytes_scanned), 0) AS bytes_scanned,',
    '       COALESCE(SUM(credits_used_cloud_services), 0) AS cloud_services_credits',
    '  FROM TABLE(INFORMATION_SCHEMA.QUERY_HISTORY_BY_USER(',
    `         END_TIME_RANGE_START => TO_TIMESTAMP_LTZ(${stringLiteral(start)}),`,
    `         END_TIME_RANGE_END => TO_TIMESTAMP_LTZ(${stringLiteral(end)}),`,
    '         RESULT_LIMIT => 10000))',
    ` WHERE query_text LIKE '%"node_id": "model.%'`,
    ' GROUP BY 1',
    ' ORDER BY 1'
  ].join('\n')
}

export function readQueryHistory(
  rows: readonly Record<string, unknown>[],
  built: ReadonlySet<string>
): WarehouseCost['models'] {
  return rows
    .filter(row => typeof row.node_id === 'string' && built.has(row.node_id))
    .map(row => ({
      uniqueId: String(row.node_id),
      queries: Number(row.queries),
      bytesScanned: Number(row.bytes_scanned),
      cloudServicesCredits: Number(row.cloud_services_credits)
    }))
}
