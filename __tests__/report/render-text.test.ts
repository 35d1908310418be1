import { describe, expect, test } from '@jest/globals'
import { renderText } from '../../src/report/render-text.js'
import { syntheticReport } from './fixtures/synthetic.js'

describe('renderText', () => {
  test('shows every node, however many: the terminal has no size limit', () => {
    const text = renderText(syntheticReport({ modified: 500 }))
    expect(text.match(/^ {4}changed_model_\d+ \(table/gm)).toHaveLength(500)
    expect(text).not.toContain('… and')
  })

  test('control characters in names cannot drive the terminal', () => {
    const text = renderText(syntheticReport({ modified: 1, changedName: () => 'evil\u001b[2J\u0007name' }))
    expect(text).toContain('evil\uFFFD[2J\uFFFDname')
    expect(text.includes('\u001b') || text.includes('\u0007')).toBe(false)
  })
})
