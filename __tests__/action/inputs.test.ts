import { describe, expect, test } from '@jest/globals'
import { getSettings, splitArgs } from '../../src/action/inputs.js'

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

describe('input parser', () => {
  test('empty inputs give the documented defaults', () => {
    const settings = getSettings(reader({}))
    expect(settings.mode).toBe('auto')
    expect(settings.selection).toEqual({
      select: ['state:modified+'],
      exclude: [],
      indirectSelection: 'eager'
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
      'Input `mode` is `ship`: use one of `auto`, `defer`, `deploy`, `cleanup`, `rollback`, `comment`.'
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
    expect(splitArgs(`--vars '{day: 1, name: "x y"}' --threads 4`, 'dbt-args')).toEqual([
      '--vars',
      '{day: 1, name: "x y"}',
      '--threads',
      '4'
    ])
  })

  test('an unclosed quote in dbt-args is rejected', () => {
    expect(() => splitArgs(`--vars '{a: 1}`, 'dbt-args')).toThrow("Input `dbt-args` has an unclosed ' quote.")
  })

  test('connection fields are read from a YAML mapping', () => {
    expect(getSettings(reader({ connection: 'password: s3cret\nport: 5433' })).connection).toEqual({
      password: 's3cret',
      port: 5433
    })
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
