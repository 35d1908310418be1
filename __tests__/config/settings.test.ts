import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { getSettings } from '../../src/action/inputs.js'
import { parseArgs } from 'node:util'
import { settingFlags, settingsFromFlags } from '../../src/cli/setting-flags.js'
import { howToSet, settingLabel } from '../../src/config/naming.js'
import { SETTING_OPTIONS, type SettingName } from '../../src/config/options.js'
import { pullRequestNumber, splitArgs } from '../../src/config/values.js'

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''
const root = path.resolve(import.meta.dirname, '../..')
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}
const ALL = Object.keys(SETTING_OPTIONS) as SettingName[]
const FLAGGED = ALL.filter(name => SETTING_OPTIONS[name].flag !== null)
const cli = (argv: string[]) =>
  settingsFromFlags(
    parseArgs({ args: argv, options: settingFlags(FLAGGED), strict: true, allowNegative: true }),
    FLAGGED
  )

describe('setting declarations', () => {
  test('action.yml has exactly the declared settings', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...ALL].sort())
  })

  test.each(ALL)('the default of %s in action.yml is the declared one', name => {
    expect(action.inputs[name].default ?? '').toBe(SETTING_OPTIONS[name].default)
  })

  test('every setting that applies outside GitHub has a CLI flag', () => {
    const githubOnly = ALL.filter(name => SETTING_OPTIONS[name].flag === null)
    expect(githubOnly.sort()).toEqual([
      'check-runs',
      'comment',
      'comment-id',
      'deploy-any-branch',
      'github-token',
      'mode',
      'report-artifact',
      'report-run-id',
      'state-artifact',
      'state-branch',
      'state-max-runs',
      'state-retention-days',
      'state-workflow'
    ])
  })

  test('no two settings share a CLI flag', () => {
    const flags = FLAGGED.map(name => SETTING_OPTIONS[name].flag?.name)
    expect(new Set(flags).size).toBe(flags.length)
  })
})

describe('input parser', () => {
  test('empty inputs give the documented defaults', () => {
    const settings = getSettings(reader({}))
    expect(settings.mode).toBe('auto')
    expect(settings.selection).toEqual({
      select: ['state:modified+'],
      exclude: [],
      selector: null,
      indirectSelection: 'eager',
      scope: 'production'
    })
    expect(settings.dbt.commands).toEqual([['build']])
    expect(settings.favorState).toBe(true)
    expect(settings.state).toMatchObject({ artifact: 'dbt-state', maxRuns: 20, path: null })
    expect(settings.deploy).toMatchObject({
      selection: 'modified',
      preflight: 'fail',
      deletedRelations: 'report'
    })
  })

  test('an unknown mode names the input and the allowed values', () => {
    expect(() => getSettings(reader({ mode: 'ship' }))).toThrow(
      'Input `mode` is `ship`: use one of `auto`, `defer`, `deploy`, `cleanup`, `rollback`, `comment`, `gc`.'
    )
  })

  test('selection-scope pr with a named selector is refused: its excludes cannot join a selector', () => {
    expect(() => getSettings(reader({ 'selection-scope': 'pr', selector: 'nightly' }))).toThrow(
      "Input `selection-scope` is `pr`: it leaves main's changes out with --exclude, which dbt does not combine with a named selector (Input `selector`)"
    )
  })

  test('a boolean that is neither true nor false is rejected', () => {
    expect(() => getSettings(reader({ 'dry-run': 'yes' }))).toThrow(
      'Input `dry-run` is `yes`: use `true` or `false`.'
    )
  })

  test('a number out of range is rejected', () => {
    expect(() => getSettings(reader({ 'state-max-runs': '0' }))).toThrow('Input `state-max-runs` is `0`')
  })

  test('selection takes one expression per line and ignores comments', () => {
    const settings = getSettings(
      reader({ select: 'state:modified+\n# not this\ntag:nightly', exclude: 'package:audit' })
    )
    expect(settings.selection.select).toEqual(['state:modified+', 'tag:nightly'])
    expect(settings.selection.exclude).toEqual(['package:audit'])
  })

  test('dbt commands run in the order given', () => {
    expect(getSettings(reader({ 'dbt-command': 'run test' })).dbt.commands).toEqual([['run'], ['test']])
  })

  test('a dbt command that does not build is rejected', () => {
    expect(() => getSettings(reader({ 'dbt-command': 'build docs' }))).toThrow(
      'Input `dbt-command` has `docs`'
    )
  })

  test('dbt-args keep quoted arguments together', () => {
    expect(splitArgs('Input `dbt-args`', `--vars '{day: 1, name: "x y"}' --threads 4`)).toEqual([
      '--vars',
      '{day: 1, name: "x y"}',
      '--threads',
      '4'
    ])
  })

  test('an unclosed quote in dbt-args is rejected', () => {
    expect(() => splitArgs('Input `dbt-args`', `--vars '{a: 1}`)).toThrow(
      "Input `dbt-args` has an unclosed ' quote."
    )
  })

  test('connection fields are read from a YAML mapping', () => {
    const settings = getSettings(reader({ connection: 'password: s3cret\nport: 5433' }), () => undefined)
    expect(settings.connection).toEqual({
      password: 's3cret',
      port: 5433
    })
  })

  test('every connection value is masked as the inputs are read, whatever its key', () => {
    const masked: string[] = []
    getSettings(
      reader({
        connection: 'host: db.internal\nuser: ci_runner\nport: 5433\nsslmode: require\nkeepalives: true'
      }),
      secret => masked.push(secret)
    )
    expect(masked.sort()).toEqual(['5433', 'ci_runner', 'db.internal', 'require'])
  })

  test('a multi-line connection value is also masked line by line', () => {
    const masked: string[] = []
    const key = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----'
    getSettings(reader({ connection: `private_key: ${JSON.stringify(key)}` }), secret => masked.push(secret))
    expect(masked).toEqual([key, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'])
  })

  test('a connection that is not valid YAML is rejected without quoting its text', () => {
    const read = () => getSettings(reader({ connection: 'password: hunter2: x' }))
    expect(read).toThrow('Input `connection` is not valid YAML at line 1')
    expect(read).not.toThrow('hunter2')
  })

  test('a connection that is not a mapping is rejected', () => {
    expect(() => getSettings(reader({ connection: '- a' }))).toThrow(
      'Input `connection` must be a YAML mapping'
    )
  })

  test('a schema prefix that is not a plain identifier is rejected', () => {
    expect(() => getSettings(reader({ 'schema-prefix': 'a;drop' }))).toThrow(
      'Input `schema-prefix` is `a;drop`'
    )
  })
})

describe('selection', () => {
  test('a selector replaces select and exclude', () => {
    expect(getSettings(reader({ selector: 'nightly' })).selection).toMatchObject({
      selector: 'nightly',
      select: ['state:modified+'],
      exclude: []
    })
  })

  test('a selector with select or exclude is refused, naming both', () => {
    expect(() => cli(['--selector', 'nightly', '--exclude', 'tag:x'])).toThrow(
      '`--selector` (nightly) replaces `--select` and `--exclude`'
    )
  })
})

describe('CLI flags', () => {
  test('no flags give the same settings as no inputs, apart from the front end', () => {
    expect({ ...cli([]), front: 'action' }).toEqual(getSettings(reader({})))
  })

  test('errors name the flag the user typed, not the action input', () => {
    expect(() => cli(['--state-max-age-hours', 'soon'])).toThrow(
      '`--state-max-age-hours` is `soon`: use a whole number from 0 to 100000.'
    )
    expect(() => cli(['--preflight', 'maybe'])).toThrow(
      '`--preflight` is `maybe`: use one of `fail`, `warn`.'
    )
  })

  test('switches that default to on are turned off with --no-', () => {
    const settings = cli(['--no-keep-previous', '--no-favor-state', '--dry-run'])
    expect(settings.deploy.keepPrevious).toBe(false)
    expect(settings.favorState).toBe(false)
    expect(settings.dryRun).toBe(true)
  })

  test('source freshness for the published state is off unless asked for', () => {
    expect(getSettings(reader({})).deploy.sourceFreshness).toBe(false)
    expect(getSettings(reader({ 'source-freshness': 'true' })).deploy.sourceFreshness).toBe(true)
  })

  test('repeated --select flags are a union, as lines of the input are', () => {
    expect(cli(['--select', 'a+', '-s', 'tag:x']).selection.select).toEqual(['a+', 'tag:x'])
  })

  test('every deploy setting can be set from the CLI', () => {
    const settings = cli([
      '--deploy-selection',
      'full',
      '--deleted-relations',
      'drop',
      '--preflight',
      'warn',
      '--no-keep-green-on-failure',
      '--source-freshness',
      '--deploy-lock-timeout-seconds',
      '5',
      '--swap-lock-timeout-seconds',
      '2'
    ])
    expect(settings.deploy).toEqual({
      selection: 'full',
      sourceFreshness: true,
      keepGreenOnFailure: false,
      keepPrevious: true,
      deletedRelations: 'drop',
      preflight: 'warn',
      lockTimeoutSeconds: 5,
      swapLockTimeoutSeconds: 2
    })
  })

  test('messages say how to change a setting in the words of the front end', () => {
    expect(howToSet('preflight', 'warn', 'action')).toBe('`preflight: warn`')
    expect(howToSet('preflight', 'warn', 'cli')).toBe('`--preflight warn`')
    expect(howToSet('keep-previous', 'false', 'cli')).toBe('`--no-keep-previous`')
    expect(settingLabel('state-path', 'cli')).toBe('`--state`')
    expect(settingLabel('state-path', 'action')).toBe('Input `state-path`')
  })
})

describe('pull request numbers', () => {
  test('are positive whole numbers', () => {
    expect(pullRequestNumber('`--pr`', '12345')).toBe(12345)
  })

  test.each(['0', '-3', '1.5', '1e3', '0x10', '9007199254740993', 'abc', ''])('%s is refused', text => {
    expect(() => pullRequestNumber('`--pr`', text)).toThrow(`\`--pr\` is \`${text}\`: use a whole number`)
  })
})
