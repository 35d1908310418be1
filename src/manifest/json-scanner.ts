/**
 * A resumable byte-level scanner for the top level of a large JSON object such as dbt's manifest.json.
 *
 * Manifests of large projects exceed V8's maximum string length (~512 MB), so the file cannot be decoded and
 * `JSON.parse`d whole. The scanner walks raw UTF-8 bytes fed to it window by window, tracking only string
 * state and nesting depth, and hands out the decoded text of (a) each entry of the top-level maps it is told
 * to split and (b) whole values of the top-level keys it is told to capture. Everything else (parent_map,
 * child_map, docs, …) is skipped without being decoded, and so are the values of the entries' own fields it is
 * told nobody reads (compiled SQL is most of a built manifest): they are handed out as `null`. Slices always
 * start and end at ASCII structural characters, so they never split a multi-byte UTF-8 sequence.
 */

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c
const COLON = 0x3a

export interface ScannerHandlers {
  /** Top-level keys whose object values are split into entries. */
  maps: ReadonlySet<string>
  /** Top-level keys whose values are handed over whole. */
  values: ReadonlySet<string>
  /** Fields of each map entry (object entries, their own keys) whose values are handed out as `null`. */
  skippedFields?: ReadonlySet<string>
  onEntry(map: string, key: string, json: string): void
  onValue(key: string, json: string): void
}

/** The JSON is malformed or ends early; `offset` is the byte position in the whole input. */
export class JsonStructureError extends Error {
  override name = 'JsonStructureError'
  constructor(
    message: string,
    readonly offset: number,
    readonly truncated: boolean
  ) {
    super(message)
  }
}

type State =
  | 'root'
  | 'topKey'
  | 'topColon'
  | 'topValue'
  | 'topComma'
  | 'entryKey'
  | 'entryColon'
  | 'entryValue'
  | 'entryComma'
  | 'done'

/** How a value in progress ends: a container at depth 0, a string, or a bare scalar (number, true, null…). */
type ValueKind = 'none' | 'container' | 'string' | 'scalar'

export class TopLevelJsonScanner {
  private state: State = 'root'
  /** Absolute offset of window[0] in the input. */
  private base = 0
  private pos = 0
  private topKey = ''
  private entryKey = ''
  private valueKind: ValueKind = 'none'
  private valueStart = 0
  private depth = 0
  private inString = false
  private stringStart = 0
  /** Start of a short token (a key) that must be rescanned whole when the window ends inside it. */
  private tokenStart = -1
  private readonly skippedKeys: Buffer[]
  /** Bounds of the last string at depth 1 of the entry in progress: a key once a colon follows it. */
  private lastStringStart = -1
  private lastStringEnd = -1
  /** Where the value of a skipped field of the entry in progress starts (just after its colon), or -1. */
  private skipFrom = -1
  /** [from, to) byte ranges of skipped values of the entry in progress. */
  private skips: number[] = []

  constructor(private readonly handlers: ScannerHandlers) {
    this.skippedKeys = [...(handlers.skippedFields ?? [])].map(key => Buffer.from(key, 'utf8'))
  }

  /**
   * Scans `window` (the bytes retained by the previous call followed by new ones). Call with `eof` once the
   * input is exhausted; then the document must be complete.
   */
  scan(window: Buffer, eof: boolean): void {
    const len = window.length
    if (this.base === 0 && this.pos === 0 && this.state === 'root') this.skipByteOrderMark(window)
    while (this.pos < len || this.state === 'done') {
      if (this.state === 'done') {
        const rest = this.skipWhitespace(window, this.pos)
        if (rest < len) this.fail(`unexpected data after the end of the JSON document`, rest)
        this.pos = len
        break
      }
      if (!this.step(window, eof)) break
    }
    if (eof && this.state !== 'done') {
      throw new JsonStructureError(
        `the JSON ends before the document is complete (${this.describeState()})`,
        this.base + len,
        true
      )
    }
  }

  /** First byte of the current window that the next call still needs. */
  retainFrom(): number {
    if (this.valueKind !== 'none' && (this.isCapturing() || this.valueKind === 'scalar'))
      return this.valueStart
    if (this.inString) return this.stringStart
    if (this.tokenStart >= 0) return this.tokenStart
    return this.pos
  }

  /** The caller dropped the first `count` bytes of the window. */
  rebase(count: number): void {
    this.base += count
    this.pos -= count
    this.valueStart -= count
    this.stringStart -= count
    if (this.tokenStart >= 0) this.tokenStart -= count
    this.lastStringStart -= count
    this.lastStringEnd -= count
    if (this.skipFrom >= 0) this.skipFrom -= count
    for (let i = 0; i < this.skips.length; i++) this.skips[i] -= count
  }

  /** Advances through one state; false when the window is exhausted mid-token. */
  private step(buf: Buffer, eof: boolean): boolean {
    const at = this.skipWhitespace(buf, this.pos)
    if (at >= buf.length && this.valueKind === 'none') {
      this.pos = at
      return false
    }
    switch (this.state) {
      case 'root':
        if (buf[at] !== OPEN_BRACE) this.fail('the document is not a JSON object', at)
        this.pos = at + 1
        this.state = 'topKey'
        return true
      case 'topKey':
      case 'entryKey': {
        const top = this.state === 'topKey'
        if (buf[at] === CLOSE_BRACE) {
          this.pos = at + 1
          this.state = top ? 'done' : 'topComma'
          return true
        }
        const key = this.readKey(buf, at)
        if (key === undefined) return false
        if (top) this.topKey = key
        else this.entryKey = key
        this.state = top ? 'topColon' : 'entryColon'
        return true
      }
      case 'topColon':
      case 'entryColon':
        if (buf[at] !== COLON) this.fail(`expected ':' after a key`, at)
        this.pos = at + 1
        this.state = this.state === 'topColon' ? 'topValue' : 'entryValue'
        return true
      case 'topValue':
        if (this.valueKind === 'none' && this.handlers.maps.has(this.topKey) && buf[at] === OPEN_BRACE) {
          this.pos = at + 1
          this.state = 'entryKey'
          return true
        }
        return this.scanValue(buf, at, eof)
      case 'entryValue':
        return this.scanValue(buf, at, eof)
      case 'topComma':
      case 'entryComma': {
        const top = this.state === 'topComma'
        if (buf[at] === COMMA) this.state = top ? 'topKey' : 'entryKey'
        else if (buf[at] === CLOSE_BRACE) this.state = top ? 'done' : 'topComma'
        else this.fail(`expected ',' or '}'`, at)
        this.pos = at + 1
        return true
      }
      case 'done':
        return false
    }
  }

  /** Scans (or resumes scanning) the value starting at `at`; emits it when complete. */
  private scanValue(buf: Buffer, at: number, eof: boolean): boolean {
    if (this.valueKind === 'none') {
      this.valueStart = at
      const first = buf[at]
      if (first === OPEN_BRACE || first === OPEN_BRACKET) {
        this.valueKind = 'container'
        this.depth = 1
        this.pos = at + 1
      } else if (first === QUOTE) {
        this.valueKind = 'string'
        this.inString = true
        this.stringStart = at
        this.pos = at + 1
      } else if (first === CLOSE_BRACE || first === CLOSE_BRACKET || first === COMMA || first === COLON) {
        this.fail('expected a value', at)
      } else {
        this.valueKind = 'scalar'
        this.pos = at
      }
    }
    const end = this.findValueEnd(buf, eof)
    if (end < 0) return false
    this.emitValue(buf, end)
    return true
  }

  /** Index just past the current value, or -1 when the window ends first (the scan state is kept). */
  private findValueEnd(buf: Buffer, eof: boolean): number {
    const len = buf.length
    if (this.valueKind === 'scalar') {
      let p = this.pos
      while (p < len) {
        const c = buf[p]
        if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c <= 0x20) return p
        p++
      }
      this.pos = p
      return eof ? len : -1
    }
    let pos = this.pos
    if (this.inString) {
      const close = findClosingQuote(buf, pos, this.stringStart)
      if (close < 0) {
        this.pos = len
        return -1
      }
      this.inString = false
      if (this.depth === 1) {
        this.lastStringStart = this.stringStart + 1
        this.lastStringEnd = close
      }
      pos = close + 1
      if (this.valueKind === 'string') return pos
    }
    const tracking = this.skippedKeys.length > 0 && this.state === 'entryValue'
    let depth = this.depth
    while (pos < len) {
      const c = buf[pos++]
      if (c === QUOTE) {
        const close = findClosingQuote(buf, pos, pos - 1)
        if (close < 0) {
          this.inString = true
          this.stringStart = pos - 1
          this.depth = depth
          this.pos = len
          return -1
        }
        if (tracking && depth === 1) {
          this.lastStringStart = pos
          this.lastStringEnd = close
        }
        pos = close + 1
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        depth++
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth === 0) {
          if (this.skipFrom >= 0) this.endSkip(pos - 1)
          return pos
        }
      } else if (tracking && depth === 1) {
        if (c === COLON && this.isSkippedKey(buf)) this.skipFrom = pos
        else if (c === COMMA && this.skipFrom >= 0) this.endSkip(pos - 1)
      }
    }
    this.depth = depth
    this.pos = pos
    return -1
  }

  private emitValue(buf: Buffer, end: number): void {
    if (this.state === 'entryValue') {
      this.handlers.onEntry(this.topKey, this.entryKey, this.entryText(buf, end))
      this.skips = []
      this.state = 'entryComma'
    } else {
      if (this.handlers.values.has(this.topKey))
        this.handlers.onValue(this.topKey, buf.toString('utf8', this.valueStart, end))
      this.state = 'topComma'
    }
    this.valueKind = 'none'
    this.depth = 0
    this.pos = end
  }

  /** The entry's text with each skipped value replaced by `null`. */
  private entryText(buf: Buffer, end: number): string {
    if (this.skips.length === 0) return buf.toString('utf8', this.valueStart, end)
    let text = ''
    let from = this.valueStart
    for (let i = 0; i < this.skips.length; i += 2) {
      text += `${buf.toString('utf8', from, this.skips[i])}null`
      from = this.skips[i + 1]
    }
    return text + buf.toString('utf8', from, end)
  }

  /** Whether the string just before the colon at depth 1 is a skipped field's key (byte loop: keys are short). */
  private isSkippedKey(buf: Buffer): boolean {
    const start = this.lastStringStart
    const length = this.lastStringEnd - start
    for (const key of this.skippedKeys) {
      if (key.length !== length || key[0] !== buf[start]) continue
      let i = 1
      while (i < length && key[i] === buf[start + i]) i++
      if (i === length) return true
    }
    return false
  }

  /** The skipped value ends just before `at` (the comma or brace after it). */
  private endSkip(at: number): void {
    this.skips.push(this.skipFrom, at)
    this.skipFrom = -1
  }

  private isCapturing(): boolean {
    return this.state === 'entryValue' || this.handlers.values.has(this.topKey)
  }

  /** Reads a complete key string starting at `at`, or returns undefined (and remembers where) if cut off. */
  private readKey(buf: Buffer, at: number): string | undefined {
    if (buf[at] !== QUOTE) this.fail('expected a quoted key', at)
    const close = findClosingQuote(buf, at + 1, at)
    if (close < 0) {
      this.tokenStart = at
      this.pos = at
      return undefined
    }
    this.tokenStart = -1
    this.pos = close + 1
    const raw = buf.toString('utf8', at + 1, close)
    return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
  }

  private skipWhitespace(buf: Buffer, from: number): number {
    let p = from
    while (p < buf.length) {
      const c = buf[p]
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break
      p++
    }
    return p
  }

  private skipByteOrderMark(buf: Buffer): void {
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) this.pos = 3
  }

  private describeState(): string {
    if (this.state === 'root') return 'the file is empty'
    if (this.state.startsWith('entry')) return `inside "${this.topKey}" entry "${this.entryKey}"`
    if (this.state === 'topKey') return 'after the last complete top-level key'
    return `inside the value of "${this.topKey}"`
  }

  private fail(message: string, at: number): never {
    throw new JsonStructureError(message, this.base + at, false)
  }
}

/**
 * Index of the quote closing a string whose opening quote is at `open`, searching from `from`; -1 if not in
 * `buf`. A quote is escaped iff an odd number of backslashes precede it inside the string.
 */
function findClosingQuote(buf: Buffer, from: number, open: number): number {
  let q = buf.indexOf(QUOTE, from)
  while (q >= 0) {
    let b = q - 1
    while (b > open && buf[b] === BACKSLASH) b--
    if (((q - 1 - b) & 1) === 0) return q
    q = buf.indexOf(QUOTE, q + 1)
  }
  return -1
}
