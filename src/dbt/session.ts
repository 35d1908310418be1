import { randomBytes } from 'node:crypto'
import type { Writable } from 'node:stream'
import { spawnInGroup, type GroupProcess } from './process-group.js'
import { SESSION_DRIVER } from './session-driver.js'

/** One dbt command for the session: its arguments, its whole environment, and the parse it may reuse. */
export interface SessionCommand {
  args: string[]
  env: Record<string, string>
  /** Commands with the same key run on the manifest of the last `parse` with that key. */
  manifestKey: string
}

interface Pending {
  onLine: (line: string) => void
  resolve: (answer: number) => void
}

/**
 * A long-lived dbt Python process (src/dbt/session-driver.ts) that runs a flow's dbt commands one after another,
 * so dbt starts once and a build reuses the manifest of the parse before it instead of loading and checking it
 * again. Lines dbt prints go to the running command's `onLine`, as they would from a `dbt` process.
 */
export class DbtSession {
  private pending: Pending | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private exited = false

  private constructor(
    /** dbt's process group (src/dbt/process-group.ts): the runner forwards cancellations to it. */
    readonly group: GroupProcess,
    private readonly requests: Writable,
    private readonly marker: string
  ) {}

  /**
   * Starts `python` with the driver in `cwd`; resolves once dbt is imported, or null when this Python has no dbt
   * with the programmatic API (the caller then runs dbt as a process per command). `onLine` gets what Python
   * prints while starting.
   */
  static start(
    python: readonly string[],
    options: { cwd: string; env: NodeJS.ProcessEnv; onLine: (line: string) => void }
  ): Promise<DbtSession | null> {
    const marker = `\u001edbt-slim-ci-session-${randomBytes(8).toString('hex')}:`
    const group = spawnInGroup(python[0], [...python.slice(1), '-c', SESSION_DRIVER, marker], {
      cwd: options.cwd,
      env: options.env,
      requests: true
    })
    const session = new DbtSession(group, group.requests as Writable, marker)
    const { child } = group
    return new Promise(resolve => {
      let started = false
      session.pending = {
        onLine: options.onLine,
        resolve: answer => {
          started = true
          resolve(answer === 0 ? session : null)
        }
      }
      child.on('error', () => {
        session.exited = true
        if (!started) resolve(null)
      })
      session.listen()
    })
  }

  /** Runs one command after the ones before it; resolves with dbt's exit code once dbt answered or exited. */
  run(command: SessionCommand, onLine: (line: string) => void): Promise<number> {
    const next = this.queue.then(
      () =>
        new Promise<number>(resolve => {
          if (this.exited) {
            resolve(1)
            return
          }
          this.pending = { onLine, resolve }
          this.requests.write(`${JSON.stringify(command)}\n`)
        })
    )
    this.queue = next
    return next
  }

  /** Whether the process is gone (crashed or stopped by a signal): later commands need a new session. */
  get alive(): boolean {
    return !this.exited
  }

  /** Ends the process after its current command; resolves when it has exited. */
  async close(): Promise<void> {
    if (this.exited) return
    const exited = new Promise<void>(resolve => this.group.child.once('close', () => resolve()))
    this.requests.end()
    await exited
  }

  private listen(): void {
    const { child } = this.group
    let buffered = ''
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8')
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      lines.forEach(line => this.onLine(line))
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    // A driver that exits mid-write (EPIPE) is reported by 'close' below.
    this.requests.on('error', () => undefined)
    child.on('close', code => {
      if (buffered) this.onLine(buffered)
      this.exited = true
      const pending = this.pending
      this.pending = null
      pending?.resolve(code ?? 1)
    })
  }

  private onLine(line: string): void {
    const at = line.indexOf(this.marker)
    if (at === -1) {
      this.pending?.onLine(line)
      return
    }
    if (at > 0) this.pending?.onLine(line.slice(0, at))
    const answer = JSON.parse(line.slice(at + this.marker.length)) as {
      ready?: boolean
      reason?: string
      exitCode?: number
    }
    const pending = this.pending
    this.pending = null
    if (answer.ready === false) pending?.onLine(`dbt's programmatic API is not available: ${answer.reason}`)
    pending?.resolve(answer.ready === false ? 1 : (answer.exitCode ?? 0))
  }
}
