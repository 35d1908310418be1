import { describe, expect, test } from '@jest/globals'
import { COMMENT_LIMIT, renderMarkdown } from '../../src/report/render.js'
import { syntheticReport } from './fixtures/synthetic.js'

/** Names a dbt project can really have (quoted identifiers, aliases, descriptions) or an attacker can push. */
const HOSTILE = [
  'orders|revenue',
  '<script>alert(1)</script>',
  'weird`name``with```ticks',
  '"]; click n0 call alert() %%',
  'end',
  '[link](https://evil.example)',
  '**bold** _it_ ~~x~~ # heading',
  '<!-- -->',
  '</details><img src=x onerror=alert(1)>',
  'line\nbreak'
]

const ALLOWED_TAG = /^<(\/?(details|summary|sub)>|!-- dbt-slim-ci:pr -->)/

/** The Markdown with fenced blocks and code spans removed (their content is literal), as CommonMark parses it. */
function outsideCode(markdown: string): string {
  const lines: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,})/.exec(line)?.[1]
    if (fence === null && marker) fence = marker
    else if (fence !== null && marker && line.trim() === fence) fence = null
    else if (fence === null) lines.push(line)
  }
  let text = lines.join('\n')
  let result = ''
  for (;;) {
    const open = /`+/.exec(text)
    if (!open) return result + text
    const rest = text.slice(open.index + open[0].length)
    const close = new RegExp(`(?<!\`)${open[0]}(?!\`)`).exec(rest)
    if (!close) return result + text
    result += text.slice(0, open.index)
    text = rest.slice(close.index + close[0].length)
  }
}

function mermaidBlock(markdown: string): string[] {
  const start = markdown.indexOf('```mermaid\n')
  const end = markdown.indexOf('\n```', start + 1)
  return markdown.slice(start + '```mermaid\n'.length, end).split('\n')
}

describe('user-controlled names cannot break the Markdown', () => {
  const report = syntheticReport({
    modified: HOSTILE.length,
    downstream: 3,
    changedName: index => HOSTILE[index],
    failureMessage: index => `boom ${index}\n\`\`\`\n<script>alert(${index})</script>\n| a | b |`
  })
  const markdown = renderMarkdown(report, {
    budget: COMMENT_LIMIT,
    target: 'comment',
    marker: '<!-- dbt-slim-ci:pr -->'
  })

  test('no HTML outside code other than the report’s own tags', () => {
    const text = outsideCode(markdown)
    const tags = text.match(/<[^\s<]*/g) ?? []
    expect(tags.filter(tag => !ALLOWED_TAG.test(text.slice(text.indexOf(tag))))).toEqual([])
    expect(text).not.toContain('<script')
    expect(text).not.toContain('<img')
  })

  test('names with | keep table rows at six cells', () => {
    const rows = markdown.split('\n').filter(line => line.startsWith('| ') && line.includes('model |'))
    expect(rows.length).toBeGreaterThan(HOSTILE.length)
    for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(7)
  })

  test('backticks in names widen the code span instead of closing it', () => {
    expect(markdown).toContain('- ````weird`name``with```ticks```` (table')
  })

  test('fenced blocks are never closed by their content', () => {
    expect(markdown).toContain('````text\nboom 3\n```\n<script>alert(3)</script>\n| a | b |\n````')
  })

  test('a name cannot open a link, emphasis or heading outside code', () => {
    expect(outsideCode(markdown)).not.toMatch(/\]\(https:\/\/evil/)
  })

  test('the Mermaid graph quotes every label and uses generated ids', () => {
    const lines = mermaidBlock(markdown)
    expect(lines[0]).toBe('flowchart LR')
    for (const line of lines.slice(1)) {
      expect(line).toMatch(
        /^ {2}(n\d+\["[^"`<>\n]*"\]|n\d+ --> n\d+|class n\d+ (modified|new|removed)|classDef \w+ [\w:#,.\- ]+)$/
      )
    }
    expect(lines).toContain('  n3["model #34;#93;#59; click n0 call alert#40;#41; #37;#37;"]')
    expect(lines).toContain('  n1["model #60;script#62;alert#40;1#41;#60;/script#62;"]')
  })

  test('a newline in a name stays on one line', () => {
    expect(markdown).toContain('- `line break` (table')
  })
})
