import { UserError } from '../errors.js'
import { settingLabel } from './naming.js'
import { SETTING_OPTIONS, type SettingName } from './options.js'
import { MODES, type Front, type Settings } from './settings.js'
import { bool, int, lines, oneOf, scalarMapping, splitArgs } from './values.js'

/** The raw text of one setting as the front end received it; '' when unset. */
export type SettingsReader = (name: SettingName) => string

const BUILD_COMMANDS = ['build', 'run', 'test', 'seed', 'snapshot'] as const

/**
 * Reads and validates every setting. Pure: the front end supplies the raw texts and says where they came
 * from, so an error names the action input or the CLI flag the user wrote.
 */
export function parseSettings(read: SettingsReader, front: Front): Settings {
  const label = (name: SettingName): string => settingLabel(name, front)
  /** The value, or the declared default when unset; runner-filled defaults (`${{ … }}`) count as unset. */
  const text = (name: SettingName): string => {
    const value = read(name).trim()
    const fallback: string = SETTING_OPTIONS[name].default
    return value || (fallback.startsWith('${{') ? '' : fallback)
  }
  const optional = (name: SettingName): string | null => text(name) || null
  const choice = <T extends string>(name: SettingName, allowed: readonly T[]): T =>
    oneOf(label(name), text(name), allowed)
  const flag = (name: SettingName): boolean => bool(label(name), text(name))
  const whole = (name: SettingName, min: number, max: number): number =>
    int(label(name), text(name), min, max)
  if (text('selection-scope') === 'pr' && text('selector') !== '') {
    throw new UserError(
      `${label('selection-scope')} is \`pr\`: it leaves main's changes out with --exclude, which dbt does not combine with a named selector (${label('selector')}). Use ${label('select')}/${label('exclude')} instead, or selection-scope \`production\`.`
    )
  }
  return {
    front,
    mode: choice('mode', ['auto', ...MODES]),
    githubToken: text('github-token'),
    dbt: {
      executable: text('dbt-executable'),
      projectDir: text('project-dir'),
      profilesDir: optional('profiles-dir'),
      target: optional('target'),
      commands: dbtCommands(label('dbt-command'), label('dbt-args'), text('dbt-command')),
      args: splitArgs(label('dbt-args'), text('dbt-args'))
    },
    selection: {
      ...selection(label, text),
      indirectSelection: choice('indirect-selection', ['eager', 'cautious', 'buildable', 'empty']),
      scope: choice('selection-scope', ['pr', 'production'])
    },
    favorState: flag('favor-state'),
    cloneIncremental: flag('clone-incremental'),
    schemaPrefix: identifier(label('schema-prefix'), optional('schema-prefix')),
    state: {
      artifact: text('state-artifact'),
      workflow: optional('state-workflow'),
      branch: optional('state-branch'),
      maxRuns: whole('state-max-runs', 1, 1000),
      path: optional('state-path'),
      maxAgeHours: whole('state-max-age-hours', 0, 100000),
      retentionDays: whole('state-retention-days', 0, 400)
    },
    deploy: {
      selection: choice('deploy-selection', ['modified', 'full']),
      sourceFreshness: flag('source-freshness'),
      keepGreenOnFailure: flag('keep-green-on-failure'),
      keepPrevious: flag('keep-previous'),
      deletedRelations: choice('deleted-relations', ['report', 'drop']),
      preflight: choice('preflight', ['fail', 'warn']),
      lockTimeoutSeconds: whole('deploy-lock-timeout-seconds', 0, 86400),
      swapLockTimeoutSeconds: whole('swap-lock-timeout-seconds', 1, 3600)
    },
    gc: { ttlHours: whole('gc-ttl-hours', 1, 100000) },
    dryRun: flag('dry-run'),
    connection: scalarMapping(label('connection'), text('connection')),
    queryTag: optional('query-tag'),
    snowflakeLockDatabase: optional('snowflake-lock-database'),
    dataDiff: {
      mode: choice('data-diff', ['auto', 'on', 'off']),
      select: lines(text('data-diff-select')),
      rowLimit: whole('data-diff-row-limit', 1, 1_000_000_000_000),
      modelTimeoutSeconds: whole('data-diff-model-timeout-seconds', 1, 86400),
      timeBudgetSeconds: whole('data-diff-time-budget-seconds', 1, 86400),
      piiColumns: listOf(text('data-diff-pii-columns')).map(pattern => pattern.toLowerCase()),
      piiTags: listOf(text('data-diff-pii-tags'))
    },
    costDiff: { slowerRatio: ratio(label('cost-diff-slower-ratio'), text('cost-diff-slower-ratio')) },
    deployAnyBranch: flag('deploy-any-branch'),
    comment: { enabled: flag('comment'), id: commentId(label('comment-id'), text('comment-id')) },
    checkRuns: flag('check-runs'),
    reportArtifact: optional('report-artifact'),
    reportRunId: text('report-run-id') ? whole('report-run-id', 1, Number.MAX_SAFE_INTEGER) : null
  }
}

/** `select`/`exclude`, or a named `selector` instead of them. */
function selection(
  label: (name: SettingName) => string,
  text: (name: SettingName) => string
): { select: string[]; exclude: string[]; selector: string | null } {
  const fallback: string = SETTING_OPTIONS.select.default
  const select = lines(text('select'))
  const exclude = lines(text('exclude'))
  const selector = text('selector') || null
  if (selector !== null && ((select.length > 0 && select.join(' ') !== fallback) || exclude.length > 0)) {
    throw new UserError(
      `${label('selector')} (${selector}) replaces ${label('select')} and ${label('exclude')}: set either the selector or select/exclude.`
    )
  }
  if (selector !== null && !/^\S+$/.test(selector))
    throw new UserError(
      `${label('selector')} is \`${selector}\`: give the name of one selector of selectors.yml.`
    )
  return { select: select.length > 0 ? select : [fallback], exclude, selector }
}

function dbtCommands(label: string, argsLabel: string, text: string): string[][] {
  const commands = text.split(/\s+/).filter(Boolean)
  const unknown = commands.filter(command => !(BUILD_COMMANDS as readonly string[]).includes(command))
  if (unknown.length > 0) {
    throw new UserError(
      `${label} has ${unknown.map(c => `\`${c}\``).join(', ')}: use dbt commands from ${BUILD_COMMANDS.join(', ')} (put other flags in ${argsLabel}).`
    )
  }
  return commands.map(command => [command])
}

function identifier(label: string, value: string | null): string | null {
  if (value !== null && !/^[A-Za-z_][A-Za-z0-9_$]*$/.test(value)) {
    throw new UserError(
      `${label} is \`${value}\`: use letters, digits and underscores, starting with a letter.`
    )
  }
  return value
}

function commentId(label: string, value: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(value)) {
    throw new UserError(`${label} is \`${value}\`: use letters, digits, \`-\`, \`_\` and \`.\` only.`)
  }
  return value
}

/** Entries separated by commas or new lines. */
function listOf(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map(entry => entry.trim())
    .filter(Boolean)
}

function ratio(label: string, text: string): number {
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN
  if (!(value > 1)) throw new UserError(`${label} is \`${text}\`: use a number above 1, such as 2 or 1.5.`)
  return value
}
