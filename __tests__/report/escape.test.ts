import { describe, expect, test } from '@jest/globals'
import { code, codeBlock, escapeMarkdown, escapeProse, link, mermaidLabel } from '../../src/report/escape.js'

describe('escapeMarkdown keeps text literal', () => {
  test('HTML becomes entities', () => {
    expect(escapeMarkdown('<script>&')).toBe('&lt;script&gt;&amp;')
  })

  test('@mentions and #refs cannot notify anyone or link an issue', () => {
    expect(escapeMarkdown('ping @octocat about #12 and acme/other#3, not a#b')).toBe(
      'ping @\u200Boctocat about \\#\u200B12 and acme/other\\#\u200B3, not a\\#b'
    )
  })

  test('Markdown punctuation is backslash-escaped, pipes included', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) `e` a|b ~f~ #g !h \\')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` a\\|b \\~f\\~ \\#g \\!h \\\\'
    )
  })

  test('line breaks collapse to one space', () => {
    expect(escapeMarkdown('one\n  two\r\nthree')).toBe('one two three')
  })
})

describe('code makes a code span that cannot be closed early', () => {
  test('plain names get single backticks', () => {
    expect(code('fct_orders')).toBe('`fct_orders`')
  })

  test('backticks inside get a longer fence, padded when at the edge', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`x`')).toBe('`` `x` ``')
  })

  test('in tables pipes are escaped, elsewhere they are not', () => {
    expect(code('a|b', true)).toBe('`a\\|b`')
    expect(code('a|b')).toBe('`a|b`')
  })
})

describe('codeBlock', () => {
  test('uses a fence longer than any backtick run in the content', () => {
    expect(codeBlock('a\n```\nb', 'text')).toBe('````text\na\n```\nb\n````')
  })

  test('indents every line for list items', () => {
    expect(codeBlock('x\ny', 'text', '  ')).toBe('  ```text\n  x\n  y\n  ```')
  })
})

describe('escapeProse', () => {
  test('backticked parts become code spans, the rest is escaped', () => {
    expect(escapeProse('column `id` <b>dropped</b>')).toBe('column `id` &lt;b&gt;dropped&lt;/b&gt;')
  })

  test('an unpaired backtick is escaped', () => {
    expect(escapeProse('it`s')).toBe('it\\`s')
  })
})

describe('link', () => {
  test('escapes the text and keeps the URL from closing the link', () => {
    expect(link('run [1]', 'https://x.example/a (b)')).toBe('[run \\[1\\]](https://x.example/a%20%28b%29)')
  })
})

describe('mermaidLabel', () => {
  test('turns every syntax character into a #code; entity', () => {
    expect(mermaidLabel('a"b<c>#`d|e%;[f]')).toBe('a#34;b#60;c#62;#35;#96;d#124;e#37;#59;#91;f#93;')
  })

  test('keeps letters of every script and encodes emoji', () => {
    expect(mermaidLabel('顧客 заказы café')).toBe('顧客 заказы café')
    expect(mermaidLabel('📦')).toBe('#128230;')
  })
})
