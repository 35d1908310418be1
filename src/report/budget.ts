/**
 * Size budgets. GitHub rejects comments over 65,536 characters (UTF-16 code units) and drops a step summary
 * over 1 MiB (bytes). Every piece of the report is rendered *for* a budget and never exceeds it, so the
 * whole cannot exceed the cap: nothing is cut after the fact.
 */

export type Measure = (text: string) => number

export const measureChars: Measure = text => text.length
export const measureUtf8Bytes: Measure = text => Buffer.byteLength(text, 'utf8')

/** A piece of the report that can render itself smaller when space is short. */
export interface Part {
  /** Named in the note that lists parts left out for size. */
  title: string
  /** Claim on a shared budget relative to the other parts. */
  weight: number
  /** At most `budget` long by the measure it was built with; '' when nothing useful fits. */
  render(budget: number): string
}

/** A block of lines: a head, as many items as fit, a line saying how many were left out, a tail. */
export interface ListBlock {
  head: string[]
  /** Each item may span several lines. */
  items: string[]
  /** The line added (after a blank line) when items were left out, e.g. "… and 9,950 more modified models". */
  more(omitted: number): string
  tail: string[]
}

/** Lines joined by '\n', keeping items in order while they fit; '' when not even one item fits. */
export function fitList(block: ListBlock, budget: number, measure: Measure): string {
  const lines = (parts: string[]): number =>
    parts.length ? parts.reduce((sum, part) => sum + measure(part), 0) + parts.length - 1 : 0
  const frame = [...block.head, ...block.tail]
  const whole = [...block.head, ...block.items, ...block.tail]
  if (lines(whole) <= budget) return whole.join('\n')
  const frameSize = lines(frame)
  let size = frameSize
  let kept = 0
  for (const item of block.items) {
    const withItem = size + measure(item) + 1
    const moreLine = measure(block.more(block.items.length - kept - 1)) + 2
    if (withItem + moreLine > budget) break
    size = withItem
    kept++
  }
  // The "more" line is not the same length for every count ("1 more node" / "12 more nodes"): re-check.
  // A list reduced to "… and N more" says nothing its heading does not: leave it out instead.
  for (; kept > 0; kept--) {
    const result = [
      ...block.head,
      ...block.items.slice(0, kept),
      '',
      block.more(block.items.length - kept),
      ...block.tail
    ]
    if (lines(result) <= budget) return result.join('\n')
  }
  return ''
}

/** Renders text only when it fits whole. */
export function fixedPart(title: string, weight: number, text: string, measure: Measure): Part {
  return { title, weight, render: budget => (measure(text) <= budget ? text : '') }
}

export interface Fitted {
  text: string
  /** Titles of non-empty parts that had to be left out entirely. */
  omitted: string[]
}

/**
 * Joins parts with `separator` within `budget`. When everything does not fit, space is shared by weight:
 * parts smaller than their share are shown whole and give their leftover to the others.
 */
export function fitParts(parts: Part[], budget: number, measure: Measure, separator = '\n\n'): Fitted {
  const full = parts.map(part => part.render(Number.POSITIVE_INFINITY))
  const present = parts.map((_, index) => index).filter(index => full[index] !== '')
  const separators = Math.max(0, present.length - 1) * measure(separator)
  const fullSize = present.reduce((sum, index) => sum + measure(full[index]), 0) + separators
  if (fullSize <= budget) return { text: present.map(index => full[index]).join(separator), omitted: [] }

  const rendered = new Map<number, string>()
  let available = budget - separators
  let remainingWeight = present.reduce((sum, index) => sum + parts[index].weight, 0)
  const smallestClaimFirst = [...present].sort(
    (a, b) => measure(full[a]) / parts[a].weight - measure(full[b]) / parts[b].weight
  )
  for (const index of smallestClaimFirst) {
    const share = Math.floor((Math.max(0, available) * parts[index].weight) / remainingWeight)
    const size = measure(full[index])
    const text = size <= share ? full[index] : parts[index].render(share)
    rendered.set(index, text)
    available -= measure(text)
    remainingWeight -= parts[index].weight
  }
  // Lists rarely fill their share exactly: the slack goes to the cut parts, heaviest first.
  const cut = present
    .filter(index => rendered.get(index) !== full[index])
    .sort((a, b) => parts[b].weight - parts[a].weight)
  for (const index of cut) {
    const current = rendered.get(index) ?? ''
    const larger = parts[index].render(measure(current) + Math.max(0, available))
    available -= measure(larger) - measure(current)
    rendered.set(index, larger)
  }
  const kept = present.filter(index => rendered.get(index) !== '')
  return {
    text: kept.map(index => rendered.get(index)).join(separator),
    omitted: present.filter(index => rendered.get(index) === '').map(index => parts[index].title)
  }
}

/** A part made of a fixed head and sub-parts that share what is left. */
export function composite(
  title: string,
  weight: number,
  head: string,
  children: Part[],
  measure: Measure
): Part {
  return {
    title,
    weight,
    render(budget) {
      const headSize = measure(head)
      if (headSize > budget) return ''
      const body = fitParts(children, budget - headSize - measure('\n\n'), measure)
      return body.text ? `${head}\n\n${body.text}` : head
    }
  }
}
