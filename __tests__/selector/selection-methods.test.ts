import { describe, expect, test } from '@jest/globals'
import { selectionMethods } from '../../src/selector/select.js'
import { parseSelectorsFile } from '../../src/selector/selectors-file.js'

const selectors = parseSelectorsFile(
  [
    'selectors:',
    '  - name: fresh',
    '    definition: source_status:fresher+',
    '  - name: nightly',
    '    default: true',
    '    definition:',
    '      union:',
    '        - tag:nightly',
    '        - method: selector',
    '          value: fresh',
    '  - name: loop',
    '    definition: selector:loop',
    ''
  ].join('\n'),
  'selectors.yml',
  'eager'
)

const methodsOf = (select: string[], options: { exclude?: string[]; selector?: string } = {}) =>
  [
    ...selectionMethods(
      { select, exclude: options.exclude ?? [], selector: options.selector ?? null },
      selectors
    )
  ].sort()

describe('the methods a selection searches, so a flow knows what to prepare', () => {
  test('--select and --exclude terms, intersections included', () => {
    expect(methodsOf(['state:modified+,tag:x'], { exclude: ['source_status:fresher'] })).toEqual([
      'source_status',
      'state',
      'tag'
    ])
  })

  test('named selectors are followed, through selector: terms', () => {
    expect(methodsOf([], { selector: 'nightly' })).toEqual(['selector', 'source_status', 'tag'])
  })

  test('without --select or --exclude the default selector is what runs', () => {
    expect(methodsOf([])).toEqual(['selector', 'source_status', 'tag'])
  })

  test('a selector that names itself is visited once', () => {
    expect(methodsOf([], { selector: 'loop' })).toEqual(['selector'])
  })
})
