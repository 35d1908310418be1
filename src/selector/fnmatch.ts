const cache = new Map<string, RegExp>()

/**
 * Python's `fnmatch.fnmatch` on POSIX (case-sensitive), which dbt's selector methods use: `*` (also across `/`),
 * `?`, `[seq]`, `[!seq]`, with `fnmatch.translate`'s handling of ranges (reversed ranges match nothing, an
 * unclosed `[` is literal). Characters are code points, as in Python.
 */
export function fnmatch(name: string, pattern: string): boolean {
  let regex = cache.get(pattern)
  if (!regex) {
    regex = new RegExp(`^${translate(pattern)}$`, 'su')
    cache.set(pattern, regex)
  }
  return regex.test(name)
}

export function hasWildcard(pattern: string): boolean {
  return /[*?[\]]/.test(pattern)
}

/**
 * `fnmatch.translate` (CPython 3.11) for JavaScript's `u` regular expressions. Python's atomic groups around
 * `*fixed` are only a guard against backtracking: a plain `.*` matches the same names.
 */
export function translate(pattern: string): string {
  const pat = [...pattern]
  const n = pat.length
  let out = ''
  let i = 0
  while (i < n) {
    const char = pat[i++]
    if (char === '*') {
      if (!out.endsWith('.*')) out += '.*'
    } else if (char === '?') out += '.'
    else if (char === '[') {
      let j = i
      if (j < n && pat[j] === '!') j++
      if (j < n && pat[j] === ']') j++
      while (j < n && pat[j] !== ']') j++
      if (j >= n) out += '\\['
      else {
        out += bracket(pat, i, j)
        i = j + 1
      }
    } else out += escapeLiteral(char)
  }
  return out
}

/** The class for `pat[start..end)` (between `[` and `]`), as translate builds it. */
function bracket(pat: string[], start: number, end: number): string {
  let stuff: string
  if (!pat.slice(start, end).includes('-')) stuff = escapeInClass(pat.slice(start, end).join(''))
  else {
    const chunks: string[][] = []
    let i = start
    let k = pat[start] === '!' ? start + 2 : start + 1
    for (;;) {
      k = pat.indexOf('-', k)
      if (k < 0 || k >= end) break
      chunks.push(pat.slice(i, k))
      i = k + 1
      k += 3
    }
    const chunk = pat.slice(i, end)
    if (chunk.length > 0) chunks.push(chunk)
    else chunks[chunks.length - 1].push('-')
    // A range whose start is after its end is empty: merge the chunks around it, as Python does.
    for (let c = chunks.length - 1; c > 0; c--) {
      const before = chunks[c - 1]
      if (codePoint(before[before.length - 1]) > codePoint(chunks[c][0])) {
        chunks[c - 1] = [...before.slice(0, -1), ...chunks[c].slice(1)]
        chunks.splice(c, 1)
      }
    }
    stuff = chunks.map(part => escapeInClass(part.join(''))).join('-')
  }
  if (stuff.length === 0) return '(?!)'
  if (stuff === '!') return '.'
  if (stuff.startsWith('!')) return `[^${stuff.slice(1)}]`
  if (stuff.startsWith('^') || stuff.startsWith('[')) return `[\\${stuff}]`
  return `[${stuff}]`
}

/** Backslashes and hyphens are literal inside a chunk; `]` cannot close a JavaScript class early. */
function escapeInClass(text: string): string {
  return text.replace(/[\\\-\]]/g, '\\$&')
}

function escapeLiteral(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char
}

function codePoint(char: string | undefined): number {
  return char === undefined ? -1 : (char.codePointAt(0) ?? -1)
}
