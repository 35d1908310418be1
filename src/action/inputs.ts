import * as core from '@actions/core'
import { parse } from 'yaml'
import { UserError } from '../errors.js'
import type { ModeInput } from './mode.js'

export type IndirectSelection = 'eager' | 'cautious' | 'buildable' | 'empty'

/** Every input of action.yml, parsed and validated. The only place that reads action inputs. */
export interface Settings {
  mode: ModeInput
  githubToken: string
  dbt: {
    executable: string
    projectDir: string
    profilesDir: string | null
    target: string | null
    /** Commands run in order on the selection, e.g. [['build']] or [['run'], ['test']]. */
    commands: string[][]
    args: string[]
  }
  selection: {
    select: string[]
    exclude: string[]
    /** A selectors.yml name (`--selector`), which replaces select and exclude. */
    selector: string | null
    indirectSelection: IndirectSelection
  }
  favorState: boolean
  cloneIncremental: boolean
  schemaPrefix: string | null
  state: {
    artifact: string
    workflow: string | null
    branch: string | null
    maxRuns: number
    path: string | null
    maxAgeHours: number
    retentionDays: number
  }
  deploy: {
    selection: 'modified' | 'full'
    keepGreenOnFailure: boolean
    keepPrevious: boolean
    deletedRelations: 'report' | 'drop'
    preflight: 'fail' | 'warn'
    lockTimeoutSeconds: number
    swapLockTimeoutSeconds: number
  }
  dryRun: boolean
  /** Fields merged over the profile's target; every value is a secret. */
  connection: Record<string, string | number | boolean>
  queryTag: string | null
  snowflakeLockDatabase: string | null
  comment: { enabled: boolean; id: string }
  reportArtifact: string | null
  reportRunId: number | null
}

type InputReader = (name: string) => string

/** Reads and validates every input; `read` is injectable so the parser is testable without a runner. */
export function getSettings(read: InputReader = name => core.getInput(name)): Settings {
  const input = (name: string): string => read(name).trim()
  const optional = (name: string): string | null => input(name) || null
  return {
    mode: oneOf(input, 'mode', ['auto', 'defer', 'deploy', 'cleanup', 'rollback', 'comment'], 'auto'),
    githubToken: input('github-token'),
    dbt: {
      executable: input('dbt-executable') || 'dbt',
      projectDir: input('project-dir') || '.',
      profilesDir: optional('profiles-dir'),
      target: optional('target'),
      commands: dbtCommands(input('dbt-command') || 'build'),
      args: splitArgs(input('dbt-args'), 'dbt-args')
    },
    selection: {
      ...selection(input),
      indirectSelection: oneOf(
        input,
        'indirect-selection',
        ['eager', 'cautious', 'buildable', 'empty'],
        'eager'
      )
    },
    favorState: bool(input, 'favor-state', true),
    cloneIncremental: bool(input, 'clone-incremental', false),
    schemaPrefix: schemaPrefix(optional('schema-prefix')),
    state: {
      artifact: input('state-artifact') || 'dbt-state',
      workflow: optional('state-workflow'),
      branch: optional('state-branch'),
      maxRuns: int(input, 'state-max-runs', 20, 1, 1000),
      path: optional('state-path'),
      maxAgeHours: int(input, 'state-max-age-hours', 168, 0, 100000),
      retentionDays: int(input, 'state-retention-days', 90, 0, 400)
    },
    deploy: {
      selection: oneOf(input, 'deploy-selection', ['modified', 'full'], 'modified'),
      keepGreenOnFailure: bool(input, 'keep-green-on-failure', true),
      keepPrevious: bool(input, 'keep-previous', true),
      deletedRelations: oneOf(input, 'deleted-relations', ['report', 'drop'], 'report'),
      preflight: oneOf(input, 'preflight', ['fail', 'warn'], 'fail'),
      lockTimeoutSeconds: int(input, 'deploy-lock-timeout-seconds', 600, 0, 86400),
      swapLockTimeoutSeconds: int(input, 'swap-lock-timeout-seconds', 10, 1, 3600)
    },
    dryRun: bool(input, 'dry-run', false),
    connection: connection(input('connection')),
    queryTag: optional('query-tag'),
    snowflakeLockDatabase: optional('snowflake-lock-database'),
    comment: { enabled: bool(input, 'comment', true), id: commentId(input('comment-id') || 'comment') },
    reportArtifact: optional('report-artifact'),
    reportRunId: input('report-run-id') ? int(input, 'report-run-id', 0, 1, Number.MAX_SAFE_INTEGER) : null
  }
}

/** `select`/`exclude`, or a named `selector` instead of them. */
function selection(input: InputReader): { select: string[]; exclude: string[]; selector: string | null } {
  const select = lines(input('select'))
  const exclude = lines(input('exclude'))
  const selector = input('selector') || null
  const customSelect = select.length > 0 && select.join(' ') !== DEFAULT_SELECT
  if (selector !== null && (customSelect || exclude.length > 0)) {
    throw new UserError(
      `Input \`selector\` (${selector}) replaces \`select\` and \`exclude\`: set either the selector or select/exclude.`
    )
  }
  if (selector !== null && !/^\S+$/.test(selector))
    throw new UserError(`Input \`selector\` is \`${selector}\`: give the name of one selector of selectors.yml.`)
  return { select: select.length > 0 ? select : [DEFAULT_SELECT], exclude, selector }
}

const DEFAULT_SELECT = 'state:modified+'

function oneOf<T extends string>(input: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = input(name) || fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UserError(
      `Input \`${name}\` is \`${value}\`: use one of ${allowed.map(a => `\`${a}\``).join(', ')}.`
    )
  }
  return value as T
}

function bool(input: InputReader, name: string, fallback: boolean): boolean {
  const value = input(name).toLowerCase()
  if (value === '') return fallback
  if (value === 'true') return true
  if (value === 'false') return false
  throw new UserError(`Input \`${name}\` is \`${input(name)}\`: use \`true\` or \`false\`.`)
}

function int(input: InputReader, name: string, fallback: number, min: number, max: number): number {
  const text = input(name)
  if (text === '') return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`Input \`${name}\` is \`${text}\`: use a whole number from ${min} to ${max}.`)
  }
  return value
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

const BUILD_COMMANDS = new Set(['build', 'run', 'test', 'seed', 'snapshot'])

function dbtCommands(text: string): string[][] {
  const commands = text.split(/\s+/).filter(Boolean)
  const unknown = commands.filter(command => !BUILD_COMMANDS.has(command))
  if (unknown.length > 0) {
    throw new UserError(
      `Input \`dbt-command\` has ${unknown.map(c => `\`${c}\``).join(', ')}: use dbt commands from build, run, test, seed, snapshot (put other flags in \`dbt-args\`).`
    )
  }
  return commands.map(command => [command])
}

/** Splits like a POSIX shell for quoting (no expansion): `--vars '{a: 1}'` stays one argument. */
export function splitArgs(text: string, name: string): string[] {
  const args: string[] = []
  let current = ''
  let quote: '"' | "'" | null = null
  let started = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quote) {
      if (char === quote) quote = null
      else if (char === '\\' && quote === '"' && i + 1 < text.length) current += text[++i]
      else current += char
    } else if (char === '"' || char === "'") {
      quote = char
      started = true
    } else if (/\s/.test(char)) {
      if (started) args.push(current)
      current = ''
      started = false
    } else {
      current += char === '\\' && i + 1 < text.length ? text[++i] : char
      started = true
    }
  }
  if (quote) throw new UserError(`Input \`${name}\` has an unclosed ${quote} quote.`)
  if (started) args.push(current)
  return args
}

function schemaPrefix(value: string | null): string | null {
  if (value !== null && !/^[A-Za-z_][A-Za-z0-9_$]*$/.test(value)) {
    throw new UserError(
      `Input \`schema-prefix\` is \`${value}\`: use letters, digits and underscores, starting with a letter.`
    )
  }
  return value
}

function commentId(value: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(value)) {
    throw new UserError(
      `Input \`comment-id\` is \`${value}\`: use letters, digits, \`-\`, \`_\` and \`.\` only.`
    )
  }
  return value
}

function connection(text: string): Record<string, string | number | boolean> {
  if (text === '') return {}
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    throw new UserError(`Input \`connection\` is not valid YAML: ${(error as Error).message}`)
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UserError(
      'Input `connection` must be a YAML mapping of profile fields, e.g. `password: ${{ secrets.DB_PASSWORD }}`.'
    )
  }
  const fields: Record<string, string | number | boolean> = {}
  for (const [key, value] of Object.entries(doc)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw new UserError(
        `Input \`connection\` field \`${key}\` must be a plain value (string, number or boolean).`
      )
    }
    fields[key] = value as string | number | boolean
  }
  return fields
}
