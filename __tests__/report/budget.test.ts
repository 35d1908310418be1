import { describe, expect, test } from '@jest/globals'
import {
  composite,
  fitList,
  fitParts,
  fixedPart,
  measureChars,
  measureUtf8Bytes,
  type Part
} from '../../src/report/budget.js'

const items = Array.from({ length: 100 }, (_, index) => `- item ${index}`)
const block = { head: ['**Items**', ''], items, more: (n: number) => `… and ${n} more items`, tail: [] }

describe('fitList', () => {
  test('returns everything when it fits', () => {
    expect(fitList(block, 10_000, measureChars)).toBe(['**Items**', '', ...items].join('\n'))
  })

  test('keeps the first items and says how many were left out, within the budget', () => {
    const text = fitList(block, 120, measureChars)
    expect(text.length).toBeLessThanOrEqual(120)
    expect(text).toBe(['**Items**', '', ...items.slice(0, 9), '', '… and 91 more items'].join('\n'))
  })

  test('keeps the tail (closing tags) after the count', () => {
    const text = fitList({ ...block, head: ['<details>', ''], tail: ['', '</details>'] }, 80, measureChars)
    expect(text.endsWith('more items\n\n</details>')).toBe(true)
  })

  test('is empty when not one item fits', () => {
    expect(fitList(block, 30, measureChars)).toBe('')
  })

  test('measures bytes when asked: CJK takes three', () => {
    const cjk = { ...block, items: Array.from({ length: 10 }, () => '- 顧客注文') }
    expect(Buffer.byteLength(fitList(cjk, 60, measureUtf8Bytes))).toBeLessThanOrEqual(60)
    expect(fitList(cjk, 60, measureChars).length).toBeGreaterThan(fitList(cjk, 60, measureUtf8Bytes).length)
  })
})

function listPart(title: string, count: number, weight = 1): Part {
  const lines = Array.from({ length: count }, (_, index) => `- ${title} ${index}`)
  return {
    title,
    weight,
    render: budget =>
      fitList(
        { head: [`## ${title}`], items: lines, more: n => `… ${n} more`, tail: [] },
        budget,
        measureChars
      )
  }
}

describe('fitParts', () => {
  test('joins whole parts when they fit', () => {
    const fitted = fitParts(
      [fixedPart('a', 1, 'A', measureChars), fixedPart('b', 1, 'B', measureChars)],
      100,
      measureChars
    )
    expect(fitted).toEqual({ text: 'A\n\nB', omitted: [] })
  })

  test('small parts stay whole and large ones share the rest', () => {
    const fitted = fitParts(
      [fixedPart('status', 1, 'STATUS', measureChars), listPart('big', 1000), listPart('other', 1000)],
      600,
      measureChars
    )
    expect(fitted.text.length).toBeLessThanOrEqual(600)
    expect(fitted.text.startsWith('STATUS\n\n## big')).toBe(true)
    const big = fitted.text.match(/- big \d+/g)?.length ?? 0
    const other = fitted.text.match(/- other \d+/g)?.length ?? 0
    expect(Math.min(big, other) / Math.max(big, other)).toBeGreaterThan(0.8)
  })

  test('weights give a larger share', () => {
    const fitted = fitParts([listPart('heavy', 1000, 3), listPart('light', 1000, 1)], 1_000, measureChars)
    const heavy = fitted.text.match(/- heavy \d+/g)?.length ?? 0
    const light = fitted.text.match(/- light \d+/g)?.length ?? 0
    expect(heavy).toBeGreaterThan(2 * light)
  })

  test('parts that cannot fit are named as omitted; the heavier part is the one kept', () => {
    const fitted = fitParts(
      [
        fixedPart('status', 10, 'S'.repeat(50), measureChars),
        fixedPart('wide', 1, 'W'.repeat(80), measureChars)
      ],
      100,
      measureChars
    )
    expect(fitted).toEqual({ text: 'S'.repeat(50), omitted: ['wide'] })
  })
})

describe('composite', () => {
  test('shows its head, then children sharing the rest', () => {
    const part = composite('section', 1, '#### Section', [listPart('x', 100)], measureChars)
    const text = part.render(80)
    expect(text.length).toBeLessThanOrEqual(80)
    expect(text.startsWith('#### Section\n\n## x\n- x 0')).toBe(true)
  })

  test('keeps just the head when no child fits', () => {
    expect(composite('section', 1, '#### Section', [listPart('x', 100)], measureChars).render(20)).toBe(
      '#### Section'
    )
  })
})
