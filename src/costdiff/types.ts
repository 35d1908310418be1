/** PR build times (and, on Snowflake, scan volume) of each built model against production's last run. */
export interface CostDiffReport {
  /** A model is flagged when its PR build takes at least this many times production's, and 1 s more. */
  slowerRatio: number
  /** Production's run_results.json from the state artifact; null when the state carries none. */
  production: { generatedAt: string | null; command: string | null } | null
  /** Built models, slowest PR build first. */
  models: ModelCost[]
  /** What the warehouse's own accounting says; null where the warehouse has none to read (Postgres). */
  warehouse: WarehouseCost | null
}

export interface ModelCost {
  uniqueId: string
  prSeconds: number
  /** Null when production's last run did not build the model. */
  productionSeconds: number | null
  /** `rows_affected` as dbt reports it; null where it does not. */
  prRows: number | null
  productionRows: number | null
  /** PR time over production time; null without a production time (or when it was 0). */
  ratio: number | null
  slower: boolean
}

export interface WarehouseCost {
  /** Where the figures come from, in words. */
  source: string
  /** False when the role could not read it; `note` says why. */
  available: boolean
  note: string | null
  models: { uniqueId: string; queries: number; bytesScanned: number; cloudServicesCredits: number }[]
}
