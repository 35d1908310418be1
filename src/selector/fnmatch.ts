const cache = new Map<string, RegExp>()

/** Python's `fnmatch.fnmatch` on POSIX (case-sensitive): `*`, `?`, `[seq]`, `[!seq]`; `*` also matches `/`. */
export function fnmatch(name: string, pattern: string): boolean {
  let regex = cache.get(pattern)
  if (!regex) {
    regex = new RegExp(`^${translate(pattern)}$`, 's')
    cache.set(pattern, regex)
  }
  return regex.test(name)
}

export function hasWildcard(pattern: string): boolean {
  return /[*?[\]]/.test(pattern)
}

function translate(pattern: string): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '*') out += '.*'
    else if (char === '?') out += '.'
    else if (char === '[') {
      let j = i + 1
      if (pattern[j] === '!') j++
      if (pattern[j] === ']') j++
      while (j < pattern.length && pattern[j] !== ']') j++
      if (j >= pattern.length) {
        out += '\\['
        continue
      }
      let body = pattern.slice(i + 1, j).replace(/\\/g, '\\\\')
      if (body.startsWith('!')) body = `^${body.slice(1)}`
      else if (body.startsWith('^')) body = `\\${body}`
      out += `[${body}]`
      i = j
    } else out += char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
  }
  return out
}
