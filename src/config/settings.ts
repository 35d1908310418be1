/** What a run does; the action's `auto` picks one from the event, the CLI from its command. */
export const MODES = ['defer', 'deploy', 'cleanup', 'rollback', 'comment', 'gc'] as const
export type Mode = (typeof MODES)[number]
export type ModeInput = Mode | 'auto'

export type IndirectSelection = 'eager' | 'cautious' | 'buildable' | 'empty'

/** Which front end the settings came from: messages name action inputs or CLI flags accordingly. */
export type Front = 'action' | 'cli'

/**
 * Everything a run is configured with, whichever front end read it (the action's inputs, the CLI's flags).
 * Parsed and validated by `parseSettings`; defaults are declared once, in `SETTING_OPTIONS`.
 */
export interface Settings {
  /** Where the values came from, so a message can say how to change one (`--preflight warn` or `preflight: warn`). */
  front: Front
  mode: ModeInput
  /** Token for the GitHub API; empty in the CLI. */
  githubToken: string
  dbt: {
    executable: string
    projectDir: string
    profilesDir: string | null
    /** The profile's own `target:` when null. */
    target: string | null
    /** Commands run in order on the selection, e.g. [['build']] or [['run'], ['test']]. */
    commands: string[][]
    /** Extra arguments for every dbt command that builds; `--vars` also reaches `dbt parse`. */
    args: string[]
  }
  selection: {
    select: string[]
    exclude: string[]
    /** A selectors.yml name (`--selector`), which replaces select and exclude. */
    selector: string | null
    indirectSelection: IndirectSelection
    /**
     * `production`: every node that differs from production state, as dbt selects it. `pr`: only the nodes this
     * PR's files changed (and their descendants); changes main made since the last deploy resolve to production.
     */
    scope: 'pr' | 'production'
  }
  favorState: boolean
  cloneIncremental: boolean
  /** Prefix of the PR schemas; the production target schema when null. */
  schemaPrefix: string | null
  state: {
    artifact: string
    workflow: string | null
    branch: string | null
    maxRuns: number
    /** A local folder or manifest.json used as production state instead of an artifact. */
    path: string | null
    maxAgeHours: number
    retentionDays: number
  }
  deploy: {
    selection: 'modified' | 'full'
    /**
     * Run `dbt source freshness` against production before the build and publish its sources.json with the state,
     * for `source_status:fresher` on pull requests.
     */
    sourceFreshness: boolean
    keepGreenOnFailure: boolean
    keepPrevious: boolean
    deletedRelations: 'report' | 'drop'
    preflight: 'fail' | 'warn'
    lockTimeoutSeconds: number
    swapLockTimeoutSeconds: number
  }
  gc: {
    /** PR schemas and green/previous leftovers whose mark is older than this are dropped. */
    ttlHours: number
  }
  /** Change nothing anywhere: print the dbt commands and SQL the run would execute. */
  dryRun: boolean
  /** Fields merged over the profile's target; every value is a secret. */
  connection: Record<string, string | number | boolean>
  queryTag: string | null
  snowflakeLockDatabase: string | null
  /** What the PR comment says the change did to the data (defer mode). */
  dataDiff: DataDiffSettings
  /** PR build times against production's last run: flag a model at least this many times slower (and 1 s). */
  costDiff: { slowerRatio: number }
  /** On GitHub, deploy from a ref other than the state branch (PRs would never find the state it publishes). */
  deployAnyBranch: boolean
  comment: { enabled: boolean; id: string }
  /** Pull requests: one check run per phase (plan, build, tests), with annotations on the PR's files. */
  checkRuns: boolean
  reportArtifact: string | null
  reportRunId: number | null
}

/** `auto` compares relations that hold data; `on` also views (running their query); `off` nothing. */
export type DataDiffMode = 'auto' | 'on' | 'off'

export interface DataDiffSettings {
  mode: DataDiffMode
  /** dbt selection limiting which modified models are compared; empty: all of them. */
  select: string[]
  /** Above this many rows on either side, a hash sample of about this many keys (or rows) is compared. */
  rowLimit: number
  modelTimeoutSeconds: number
  timeBudgetSeconds: number
  /** Column names (fnmatch patterns, compared in lower case) whose values are never shown. */
  piiColumns: string[]
  /** Column or model tags whose values are never shown. */
  piiTags: string[]
}
