import type { ResourceType } from '../manifest/types.js'
import type { BreakingContractChange, NodeComparison } from '../state/types.js'
import type { NodeRunResult } from '../dbt/run-results.js'
import type { CostDiffReport } from '../costdiff/types.js'
import type { DataDiffReport } from '../datadiff/types.js'

/**
 * Everything one run of dbt-slim-ci has to tell: the single input of the PR comment, the job summary and the
 * terminal output. Plain JSON (no Maps, no Dates, ISO-8601 strings) so the full report artifact can carry it
 * and a privileged workflow can render it for a fork PR.
 */
export interface Report {
  mode: ReportMode
  status: ReportStatus
  /** Why it failed or was skipped, in one sentence ("No node differs from production state."). */
  statusReason: string | null
  /** The dbt invocations, in the order they ran. */
  invocations: DbtInvocationReport[]
  startedAt: string
  finishedAt: string
  durationSeconds: number
  context: RunContext
  state: StateProvenance
  /** Null in cleanup and rollback modes, or when the run stopped before planning. */
  plan: Plan | null
  /** Display info for every node any other field mentions, by unique_id; unknown ids render as themselves. */
  nodes: Record<string, NodeDisplay>
  deferredRefs: DeferredRef[]
  clones: ClonedRelation[]
  selfCheck: SelfCheck | null
  deploy: DeployReport | null
  cleanup: CleanupReport | null
  /** Defer runs whose production state names its commit: which changes are this PR's, which main's since the deploy. */
  changeOrigins?: ChangeOriginsReport | null
  /** gc mode: the containers garbage collection dropped and kept, each with why. */
  gc?: GcReport | null
  /** PRs only: what the deploy on merge will do. */
  mergePreview: MergePreview | null
  errors: ReportError[]
  /** Set when the run was a dry run: it changed nothing and lists what it would have run. */
  dryRun?: DryRunReport | null
  /** PRs only: what the change did to the data of the modified models; null when the data diff is off. */
  dataDiff?: DataDiffReport | null
  /** PRs only: build times of the built models against production's last run. */
  costDiff?: CostDiffReport | null
  /** The run's `dbt source freshness`: for the state a deploy publishes, or for a `source_status:` selection. */
  freshness?: SourceFreshnessReport | null
  /** Where the complete report (artifact or job summary) can be read; truncated sections link to it. */
  fullReportUrl: string | null
}

/** A `dbt source freshness` run. A stale or failing source is reported, never a failure of the run. */
export interface SourceFreshnessReport {
  commandLine: string
  exitCode: number
  /** This run's sources.json; null when dbt wrote none (it stopped before checking any source). */
  file: string | null
  /** Each checked source's status: `pass`, `warn`, `error` (stale past `error_after`) or `runtime error`. */
  sources: { uniqueId: string; status: string }[]
  /** A deploy publishes the file with the production state. */
  published: boolean
  /**
   * When the selection used `source_status:`: the sources whose data is newer than in production state's
   * sources.json (what `source_status:fresher` selected); null when the selection did not use it.
   */
  fresher: string[] | null
}

export type ReportMode = 'defer' | 'deploy' | 'rollback' | 'cleanup' | 'gc'
/** `cancelled`: stopped by SIGINT/SIGTERM (a cancelled job) before it finished; a failure for exit status. */
export type ReportStatus = 'success' | 'failure' | 'skipped' | 'cancelled'

export interface DbtInvocationReport {
  /** The command line as run, e.g. `dbt build --select state:modified+ --defer --state prod-state`. */
  commandLine: string
  exitCode: number
  durationSeconds: number
  /** Null when dbt wrote no run_results.json (it failed before running nodes). */
  results: NodeRunResult[] | null
}

export interface RunContext {
  /** `owner/name`. */
  repository: string
  /** Link to the workflow run. */
  runUrl: string | null
  pullRequest: number | null
  /** The commit this run built. */
  commitSha: string | null
}

export type StateSource = 'artifact' | 'path' | 'none'

/** Where the production manifest came from, and how far it can be trusted. */
export interface StateProvenance {
  source: StateSource
  /** Artifact name or directory path; null for `none`. */
  location: string | null
  runId: number | null
  runUrl: string | null
  commitSha: string | null
  producedAt: string | null
  /** Age at the time of this run: rendering stays pure, so the flow computes it. */
  ageSeconds: number | null
  dbtVersion: string | null
  warnings: StateWarning[]
}

export interface StateWarning {
  code: 'stale' | 'newer_failed_deploy' | 'dbt_version_mismatch' | 'missing' | 'other'
  message: string
}

export interface Plan {
  /** The dbt selector that was run, e.g. `state:modified+`. */
  selector: string
  /** Every node the selector selected, in dbt's order. */
  selected: string[]
  /** New, modified and removed nodes with their reasons; unmodified nodes are left out. */
  changes: NodeComparison[]
  /** Unmodified nodes selected only because a changed node is upstream of them. */
  downstream: DownstreamNode[]
  /** Parent → child edges among the changed and downstream nodes, for the lineage graph. */
  edges: [parent: string, child: string][]
  /** False when nothing was compared (no production state, or a full build): there are no change counts. */
  compared?: boolean
}

export interface DownstreamNode {
  uniqueId: string
  /** The changed ancestors that pulled it in. */
  becauseOf: string[]
}

export interface NodeDisplay {
  name: string
  resourceType: ResourceType
  /** `config.materialized`; null for nodes without one. */
  materialization: string | null
  packageName: string
  relationName: string | null
  /** Where it is defined, relative to the dbt project (SQL, Python, CSV; a generic test's YAML): for annotations. */
  originalFilePath?: string
  /** The properties YAML that describes it. */
  patchPath?: string | null
  /** Tests: the node they test, and the column for column tests. */
  attachedNode?: string | null
  columnName?: string | null
}

/** A ref of a built node that dbt resolved to production instead of the PR schema. */
export interface DeferredRef {
  node: string
  upstream: string
  productionRelation: string
}

export type CloneMethod = 'zero-copy' | 'copy' | 'view'

/** A relation copied before building: incremental models into the PR schema, or production into green. */
export interface ClonedRelation {
  uniqueId: string
  purpose: 'incremental' | 'green'
  from: string
  to: string
  /** `view` means the warehouse has no clone: incremental runs then rebuild rather than append. */
  method: CloneMethod
  /** Size of what was copied (a `copy`), in bytes, when the warehouse says. */
  bytes?: number | null
}

/** Comparison of what was planned with what dbt actually executed. */
export interface SelfCheck {
  plannedNotExecuted: string[]
  executedNotPlanned: string[]
}

export interface DeployReport {
  /**
   * `container`: whole schemas (or databases) were cloned and swapped. `relation`: only the relations the deploy
   * rebuilt moved; every other production relation stayed in place. Absent in reports that predate it (container).
   */
  strategy?: 'container' | 'relation'
  swaps: SchemaSwap[]
  /** The relations a relation-level deploy moved into (or out of) production. */
  relations?: RelationSwap[]
  /** False when the deploy stopped before swapping (build, tests or preflight failed). */
  swapped: boolean
  /**
   * False when the swap committed but publishing the production state failed ("deployed, state not yet
   * published": a re-run publishes it without swapping again). Absent before the deploy got that far.
   */
  statePublished?: boolean
  preflight: PreflightFinding[]
  /** How to undo this deploy, e.g. a workflow_dispatch with `mode: rollback` and the deploy id. */
  rollbackInstructions: string | null
}

export interface RelationSwap {
  uniqueId: string
  /** `schema.name` in production. */
  relation: string
  /** `replaced` (its previous version kept), `created` (new to production), `removed` (moved out of production). */
  change: 'replaced' | 'created' | 'removed'
  /** Where the version production had before is kept (`schema__previous.name`); null when none is kept. */
  previousKeptAs: string | null
}

export interface SchemaSwap {
  production: string
  green: string
  /** Where the previous production schema was kept (rollback: the rolled-back deploy); null when dropped or none. */
  previousKeptAs: string | null
  /** False on a first deploy: no production schema existed, so there is no previous one to keep or roll back to. */
  hadProduction?: boolean
}

export interface PreflightFinding {
  level: 'error' | 'warning' | 'info'
  message: string
  relation: string | null
}

export interface CleanupReport {
  droppedSchemas: string[]
  /** Schemas that matched but were left alone, with why. */
  keptSchemas: { schema: string; reason: string }[]
}

export interface ChangeOriginsReport {
  /** The `selection-scope` of the run: `pr` built only `byPr` (and `unattributed`) and what depends on them. */
  scope: 'pr' | 'production'
  /** The commit production was built from, and the merge base of the PR with its base branch. */
  productionCommit: string
  mergeBase: string
  /** Commits on the base branch between the deploy's commit and the merge base: production is behind by these. */
  behindBy: number
  /** Commits of production the merge base lacks: the PR branched before the last deploy. */
  aheadBy: number
  byPr: string[]
  onMain: string[]
  /** Changed nodes none of whose files changed in either range (env vars, packages, command-line vars). */
  unattributed: string[]
  /** `pr` scope: selected nodes left out of the build because only main's changes selected them. */
  leftOut: string[]
}

export interface GcReport {
  ttlHours: number
  /** `github`: closed pull requests were asked of GitHub; `ttl-only`: only age dropped PR schemas, see `note`. */
  pullRequestStates: 'github' | 'ttl-only'
  /** Why GitHub was not asked, when it was not. */
  note: string | null
  dropped: GcEntry[]
  kept: GcEntry[]
}

export interface GcEntry {
  /** The schema (or Snowflake database) as the warehouse names it. */
  name: string
  database: string | null
  /** A pull request's schema, or the green or previous container of a production one. */
  kind: 'pr' | 'green' | 'previous'
  reason: string
}

export interface MergePreview {
  /** Nodes the deploy on merge will rebuild. */
  rebuild: string[]
  fullRefresh: FullRefreshNeed[]
  breakingContracts: { uniqueId: string; changes: BreakingContractChange[] }[]
  /** Relations of removed nodes: dropped by the deploy or kept, as `deletedRelations` says. */
  drops: { uniqueId: string; relation: string }[]
  /** The `deleted-relations` setting of this run; absent in reports that predate it (they meant drop). */
  deletedRelations?: 'report' | 'drop'
  /** Production tables the deploy copies into green first (incremental models, snapshots); absent when none. */
  copies?: MergeCopy[]
}

/** A production table the deploy on merge copies into green, so its model continues its history. */
export interface MergeCopy {
  uniqueId: string
  /** `schema.name` in production. */
  relation: string
  /** pg_total_relation_size of the production table; null when unknown. */
  bytes: number | null
}

export interface FullRefreshNeed {
  uniqueId: string
  /** e.g. "`on_schema_change: fail` and the contract adds column `discount`". */
  reason: string
}

/** What a dry run would have run, in order; nothing was built, dropped, swapped, published or posted. */
export interface DryRunReport {
  /** dbt command lines as they would run (without the project, profiles and target-path flags). */
  dbtCommands: string[]
  /** Warehouse statements that would run, each ending with `;`. */
  sql: string[]
}

export interface ReportError {
  /** The step that failed, e.g. "download production state", "dbt build". */
  phase: string
  message: string
  /** How to fix it, when known. */
  hint: string | null
  /** A bug in dbt-slim-ci rather than in the project or its settings: the hint asks to report it. */
  internal?: boolean
}
