import { describe, expect, test } from '@jest/globals'
import { parseArgsOf, targetFolder } from '../../src/dbt/target-folder.js'

describe('targetFolder', () => {
  test('is the same folder for the same dbt environment, whatever the order of its variables', () => {
    expect(targetFolder('/w', { DBT_SLIM_CI_SCHEMA: 's', DBT_SLIM_CI_MODE: 'defer' })).toBe(
      targetFolder('/w', { DBT_SLIM_CI_MODE: 'defer', DBT_SLIM_CI_SCHEMA: 's' })
    )
  })

  test('differs between namings, so each keeps its own warm parse', () => {
    const production = targetFolder('/w', { DBT_SLIM_CI_MODE: 'deploy' })
    const green = targetFolder('/w', { DBT_SLIM_CI_MODE: 'deploy', DBT_SLIM_CI_SCHEMA: 'analytics__green' })
    expect(production).not.toBe(green)
    expect(production.startsWith('/w/')).toBe(true)
  })
})

describe('parseArgsOf', () => {
  test('keeps the flags that change what dbt parses, with their values', () => {
    expect(
      parseArgsOf(['--vars', '{"a": 1}', '--threads', '8', '--target=ci', '--profile', 'shop', '--fail-fast'])
    ).toEqual(['--vars', '{"a": 1}', '--target=ci', '--profile', 'shop'])
  })

  test('drops build-only flags', () => {
    expect(parseArgsOf(['--full-refresh', '--threads', '8', '--fail-fast'])).toEqual([])
  })
})
