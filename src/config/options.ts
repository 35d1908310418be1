/** How a CLI flag takes its value: `--x <value>`, a switch (`--x`, and `--no-x` when it defaults to on), or repeated. */
export type FlagKind = 'value' | 'switch' | 'list'

export interface FlagSpec {
  /** Without the leading `--`. */
  name: string
  kind: FlagKind
  /** The placeholder in the help text, e.g. `<dir>`; switches have none. */
  value?: string
  help: string
}

export interface SettingOption {
  /** The default exactly as action.yml declares it; '' for none. `${{ … }}` defaults are filled in by the runner. */
  default: string
  /** The CLI flag; null when the setting only means something on GitHub (tokens, artifacts, comments). */
  flag: FlagSpec | null
}

/**
 * Every setting, keyed by its action input name: the single declaration of each default (a test compares
 * action.yml with it) and of the CLI flag that sets it. To add a setting: add it here, to `Settings`, to
 * `parseSettings`, and to action.yml; the CLI commands that use it list its name.
 */
export const SETTING_OPTIONS = {
  mode: { default: 'auto', flag: null },
  'github-token': { default: '${{ github.token }}', flag: null },
  'project-dir': {
    default: '.',
    flag: { name: 'project-dir', kind: 'value', value: '<dir>', help: 'the dbt project (default .)' }
  },
  'profiles-dir': {
    default: '',
    flag: {
      name: 'profiles-dir',
      kind: 'value',
      value: '<dir>',
      help: 'where profiles.yml is (default as dbt finds it)'
    }
  },
  target: {
    default: '',
    flag: { name: 'target', kind: 'value', value: '<name>', help: "dbt target (default the profile's)" }
  },
  'dbt-executable': {
    default: 'dbt',
    flag: { name: 'dbt-executable', kind: 'value', value: '<x>', help: 'dbt to run (default dbt)' }
  },
  'dbt-command': {
    default: 'build',
    flag: {
      name: 'dbt-command',
      kind: 'value',
      value: '<cmds>',
      help: 'dbt commands run on the selection, in order (default build; e.g. "run test")'
    }
  },
  'dbt-args': {
    default: '',
    flag: {
      name: 'dbt-args',
      kind: 'value',
      value: '<args>',
      help: 'extra arguments for dbt build commands (e.g. "--threads 8")'
    }
  },
  select: {
    default: 'state:modified+',
    flag: {
      name: 'select',
      kind: 'list',
      value: '<expr>',
      help: 'dbt selector; repeat for a union (default state:modified+)'
    }
  },
  exclude: {
    default: '',
    flag: { name: 'exclude', kind: 'list', value: '<expr>', help: 'dbt selector to remove; repeatable' }
  },
  selector: {
    default: '',
    flag: {
      name: 'selector',
      kind: 'value',
      value: '<name>',
      help: "a selector of the project's selectors.yml, instead of --select/--exclude"
    }
  },
  'indirect-selection': {
    default: 'eager',
    flag: {
      name: 'indirect-selection',
      kind: 'value',
      value: '<mode>',
      help: 'tests of selected nodes: eager, cautious, buildable or empty (default eager)'
    }
  },
  'selection-scope': {
    default: 'production',
    flag: {
      name: 'selection-scope',
      kind: 'value',
      value: '<pr|production>',
      help: "build every change from production (default, as dbt) or only this PR's, deferring main's"
    }
  },
  'favor-state': {
    default: 'true',
    flag: {
      name: 'favor-state',
      kind: 'switch',
      help: 'unselected parents resolve to production (default on; --no-favor-state turns it off)'
    }
  },
  'clone-incremental': {
    default: 'false',
    flag: {
      name: 'clone-incremental',
      kind: 'switch',
      help: 'first clone the modified incremental models from production (dbt clone)'
    }
  },
  'schema-prefix': {
    default: '',
    flag: {
      name: 'schema-prefix',
      kind: 'value',
      value: '<s>',
      help: 'PR schemas are <s>_pr_<number> (default the production target schema)'
    }
  },
  'state-artifact': { default: 'dbt-state', flag: null },
  'state-workflow': { default: '', flag: null },
  'state-branch': { default: '', flag: null },
  'state-max-runs': { default: '20', flag: null },
  'state-path': {
    default: '',
    flag: {
      name: 'state',
      kind: 'value',
      value: '<dir|file>',
      help: 'production state: a folder with manifest.json (and state.json), or a manifest'
    }
  },
  'state-max-age-hours': {
    default: '168',
    flag: {
      name: 'state-max-age-hours',
      kind: 'value',
      value: '<n>',
      help: 'warn when the production state is older (default 168)'
    }
  },
  'state-retention-days': { default: '90', flag: null },
  'deploy-selection': {
    default: 'modified',
    flag: {
      name: 'deploy-selection',
      kind: 'value',
      value: '<modified|full>',
      help: 'build state:modified+ (default) or everything'
    }
  },
  'source-freshness': {
    default: 'false',
    flag: {
      name: 'source-freshness',
      kind: 'switch',
      help: 'run dbt source freshness before the build and publish sources.json with the state (source_status:)'
    }
  },
  'deploy-any-branch': { default: 'false', flag: null },
  'keep-green-on-failure': {
    default: 'true',
    flag: {
      name: 'keep-green-on-failure',
      kind: 'switch',
      help: 'keep green schemas when the deploy fails before the swap (default on; --no-… drops them)'
    }
  },
  'keep-previous': {
    default: 'true',
    flag: {
      name: 'keep-previous',
      kind: 'switch',
      help: 'keep the previous production as <schema>__previous for rollback (default on)'
    }
  },
  'deleted-relations': {
    default: 'report',
    flag: {
      name: 'deleted-relations',
      kind: 'value',
      value: '<report|drop>',
      help: "what happens to production relations of deleted nodes (default report: they're kept)"
    }
  },
  preflight: {
    default: 'fail',
    flag: {
      name: 'preflight',
      kind: 'value',
      value: '<fail|warn>',
      help: 'objects that would keep reading old data fail the deploy (default) or warn'
    }
  },
  'deploy-lock-timeout-seconds': {
    default: '600',
    flag: {
      name: 'deploy-lock-timeout-seconds',
      kind: 'value',
      value: '<n>',
      help: "how long to wait for another deploy's lock (default 600)"
    }
  },
  'swap-lock-timeout-seconds': {
    default: '10',
    flag: {
      name: 'swap-lock-timeout-seconds',
      kind: 'value',
      value: '<n>',
      help: 'Postgres lock_timeout of the swap transaction (default 10)'
    }
  },
  'gc-ttl-hours': {
    default: '168',
    flag: {
      name: 'gc-ttl-hours',
      kind: 'value',
      value: '<n>',
      help: 'gc drops PR schemas and green/previous leftovers last built longer ago (default 168)'
    }
  },
  'dry-run': {
    default: 'false',
    flag: {
      name: 'dry-run',
      kind: 'switch',
      help: 'change nothing: print the dbt commands and SQL the run would execute'
    }
  },
  connection: {
    default: '',
    flag: {
      name: 'connection',
      kind: 'value',
      value: '<yaml>',
      help: 'YAML mapping merged over the profile target, e.g. "port: 5433"'
    }
  },
  'snowflake-lock-database': {
    default: '',
    flag: {
      name: 'snowflake-lock-database',
      kind: 'value',
      value: '<db>',
      help: "Snowflake database of the deploy lock (default the profile's)"
    }
  },
  'query-tag': {
    default: '',
    flag: {
      name: 'query-tag',
      kind: 'value',
      value: '<tag>',
      help: 'Snowflake query tag of every statement (default dbt-slim-ci:local)'
    }
  },
  'data-diff': {
    default: 'auto',
    flag: {
      name: 'data-diff',
      kind: 'value',
      value: '<auto|on|off>',
      help: 'compare modified models with production: tables (auto, default), also views (on), or not (off)'
    }
  },
  'data-diff-select': {
    default: '',
    flag: {
      name: 'data-diff-select',
      kind: 'list',
      value: '<expr>',
      help: 'only data-diff the modified models this dbt selector picks; repeatable (default all)'
    }
  },
  'data-diff-row-limit': {
    default: '1000000',
    flag: {
      name: 'data-diff-row-limit',
      kind: 'value',
      value: '<n>',
      help: 'above this many rows the data diff compares a hash sample of keys or rows (default 1000000)'
    }
  },
  'data-diff-model-timeout-seconds': {
    default: '60',
    flag: {
      name: 'data-diff-model-timeout-seconds',
      kind: 'value',
      value: '<n>',
      help: 'statement time budget of the data diff of one model (default 60)'
    }
  },
  'data-diff-time-budget-seconds': {
    default: '300',
    flag: {
      name: 'data-diff-time-budget-seconds',
      kind: 'value',
      value: '<n>',
      help: 'time budget of the whole data diff; later models are skipped (default 300)'
    }
  },
  'data-diff-pii-columns': {
    default: '*email*, *phone*, *ssn*, *password*, *address*, *birth*, first_name, last_name',
    flag: {
      name: 'data-diff-pii-column',
      kind: 'list',
      value: '<pattern>',
      help: 'column names (fnmatch, any case) whose values the data diff never shows; repeatable, replaces the default list'
    }
  },
  'data-diff-pii-tags': {
    default: 'pii',
    flag: {
      name: 'data-diff-pii-tag',
      kind: 'list',
      value: '<tag>',
      help: 'column or model tags whose values the data diff never shows; repeatable (default pii)'
    }
  },
  'cost-diff-slower-ratio': {
    default: '2',
    flag: {
      name: 'cost-diff-slower-ratio',
      kind: 'value',
      value: '<x>',
      help: "flag models whose build takes this many times production's last run, and 1 s more (default 2)"
    }
  },
  comment: { default: 'true', flag: null },
  'check-runs': { default: 'true', flag: null },
  'comment-id': { default: 'comment', flag: null },
  'report-artifact': { default: 'dbt-slim-ci-report', flag: null },
  'report-run-id': { default: '', flag: null }
} as const satisfies Record<string, SettingOption>

export type SettingName = keyof typeof SETTING_OPTIONS

/** The option of one setting, typed wide enough to read `flag` without narrowing the literal table. */
export function settingOption(name: SettingName): SettingOption {
  return SETTING_OPTIONS[name]
}
