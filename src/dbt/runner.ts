import { settingMention } from '../config/naming.js'
import type { Front } from '../config/settings.js'
import path from 'node:path'
import { UserError } from '../errors.js'
import { Cancellation } from '../flow/cancellation.js'
import { spawnInGroup, type GroupProcess } from './process-group.js'
import { pythonOf } from './python-of.js'
import { DbtSession } from './session.js'
import { parseArgsOf } from './target-folder.js'

/** How to invoke the user's dbt: their executable, project, profile and target. */
export interface DbtSettings {
  executable: string
  projectDir: string
  profilesDir: string | null
  target: string | null
  /** Extra environment for every invocation (e.g. DBT_SLIM_CI_SCHEMA). */
  env: Record<string, string>
  /** Whether messages name action inputs or CLI flags; the action when absent. */
  front?: Front
}

export interface DbtInvocation {
  args: string[]
  exitCode: number
  durationMs: number
  /** The last lines dbt printed, for error messages. */
  tail: string[]
}

export type DbtLog = (line: string) => void

/** How long dbt gets to stop after a forwarded signal before its process group is killed. */
const STOP_GRACE_MS = 10_000

/**
 * Runs dbt commands. The only place that starts dbt: the commands of a flow run one after another in one dbt
 * Python process (a `DbtSession`) when the executable is a Python script with dbt's programmatic API, so dbt
 * starts once and a build runs on the parse before it; otherwise each command is a `dbt` process of its own.
 * dbt runs in a process group of its own: a cancellation (SIGINT/SIGTERM to the tool) is forwarded to that group
 * and the run waits for dbt to stop; a killed tool takes dbt with it.
 */
export class DbtRunner {
  /** The session, once the first command asked for it; null when dbt runs as a process per command. */
  private session: Promise<DbtSession | null> | null = null

  constructor(
    private readonly settings: DbtSettings,
    private readonly log: DbtLog,
    private readonly cancellation: Cancellation = new Cancellation()
  ) {}

  /** `dbt <command> …` with the project, profiles dir and target of the settings, artifacts in `targetPath`. */
  async run(
    command: string[],
    options: { targetPath: string; env?: Record<string, string> }
  ): Promise<DbtInvocation> {
    // dbt.log goes next to the run's artifacts, not into the project (where a dry run must not write either).
    const logPath: Record<string, string> = process.env.DBT_LOG_PATH
      ? {}
      : { DBT_LOG_PATH: path.join(path.resolve(options.targetPath), 'logs') }
    const args = this.argsFor(command, options.targetPath)
    const env = { ...logPath, ...options.env }
    this.cancellation.throwIfRequested()
    const session = await this.sessionFor(env)
    if (!session) return this.spawn(args, env)
    const started = Date.now()
    const tail: string[] = []
    const stopForwarding = this.forwardCancellation(session.group)
    const exitCode = await session
      .run(
        // A parse of these flags and this environment (its target folder) is what a later command may reuse.
        {
          args,
          env: this.processEnv(env),
          manifestKey: JSON.stringify([options.targetPath, parseArgsOf(args)])
        },
        line => this.onLine(tail, line, true)
      )
      .finally(stopForwarding)
    // A cancelled command ends the session: the run returns once dbt has stopped, as with a dbt process.
    if (this.cancellation.requested) await this.close()
    return { args, exitCode, durationMs: Date.now() - started, tail }
  }

  /**
   * Starts the dbt session now, without waiting for it, so that Python loads dbt while the flow does other work
   * (downloading production state); the first command then finds dbt ready.
   */
  warmUp(): void {
    void this.sessionFor({})
  }

  /** Ends the dbt session, if one was started; later commands start a new one. */
  async close(): Promise<void> {
    const session = await this.session
    this.session = null
    await session?.close()
  }

  /** The running session, started on first use (null when the executable cannot run one). */
  private async sessionFor(env: Record<string, string>): Promise<DbtSession | null> {
    const current = await this.session
    if (current?.alive === false) this.session = null
    this.session ??= pythonOf(this.settings.executable, process.env.PATH).then(python =>
      python
        ? DbtSession.start(python, {
            cwd: path.resolve(this.settings.projectDir),
            env: this.processEnv(env),
            onLine: () => undefined
          })
        : null
    )
    return this.session
  }

  /** The full argument list `run` passes to dbt. */
  argsFor(command: readonly string[], targetPath: string): string[] {
    const args = [
      ...command,
      '--project-dir',
      path.resolve(this.settings.projectDir),
      '--target-path',
      path.resolve(targetPath)
    ]
    if (this.settings.profilesDir) args.push('--profiles-dir', path.resolve(this.settings.profilesDir))
    if (this.settings.target) args.push('--target', this.settings.target)
    return args
  }

  /** The command `run` would start, as a shell line: its variables of ours, the executable, every argument. */
  shellLine(
    command: readonly string[],
    options: { targetPath: string; env?: Record<string, string> }
  ): string {
    const env = { ...this.settings.env, ...options.env }
    return [
      ...Object.entries(env).map(([name, value]) => `${name}=${shellQuote(value)}`),
      shellQuote(this.settings.executable),
      ...this.argsFor(command, options.targetPath).map(shellQuote)
    ].join(' ')
  }

  /** The version dbt reports, or a UserError saying how to install dbt. */
  async version(): Promise<string> {
    const invocation = await this.spawn(['--version'], {}, false)
    const text = invocation.tail.join('\n')
    const match = /(?:installed|Core)[^\d]*(\d+\.\d+\.\d+\S*)/i.exec(text) ?? /(\d+\.\d+\.\d+)/.exec(text)
    if (invocation.exitCode !== 0 || !match) {
      throw new UserError(
        `\`${this.settings.executable} --version\` failed (${invocation.tail.slice(-3).join(' ') || `exit ${invocation.exitCode}`}): install dbt-core and your adapter (for example \`pip install dbt-core dbt-postgres\`) or set ${settingMention('dbt-executable', this.settings.front ?? 'action')}.`
      )
    }
    return match[1]
  }

  /** The whole environment of a dbt command: the caller's, ours, the command's. */
  private processEnv(env: Record<string, string>): Record<string, string> {
    return {
      ...inheritedEnv(),
      ...this.settings.env,
      ...env,
      DBT_SEND_ANONYMOUS_USAGE_STATS: 'false'
    }
  }

  /**
   * Forwards every cancellation request to dbt's process group until the returned function is called; the group
   * is killed when dbt has not stopped after the grace period.
   */
  private forwardCancellation(group: GroupProcess): () => void {
    let killTimer: NodeJS.Timeout | undefined
    const stop = this.cancellation.onRequest(request => {
      const signal = request.signal ?? 'SIGTERM'
      this.log(`dbt-slim-ci: ${request.message} Stopping dbt (${signal} to its process group)…`)
      group.signal(signal)
      killTimer ??= setTimeout(() => group.signal('SIGKILL'), STOP_GRACE_MS)
    })
    return () => {
      stop()
      clearTimeout(killTimer)
    }
  }

  private onLine(tail: string[], line: string, echo: boolean): void {
    tail.push(line)
    if (tail.length > 200) tail.shift()
    if (echo) this.log(line)
  }

  private spawn(args: string[], env: Record<string, string>, echo = true): Promise<DbtInvocation> {
    const started = Date.now()
    const tail: string[] = []
    return new Promise((resolve, reject) => {
      // dbt finds profiles.yml in its working directory before ~/.dbt: run it where users run it, in the project.
      const executable = this.settings.executable.includes(path.sep)
        ? path.resolve(this.settings.executable)
        : this.settings.executable
      this.cancellation.throwIfRequested()
      const group = spawnInGroup(executable, args, {
        cwd: path.resolve(this.settings.projectDir),
        env: this.processEnv(env)
      })
      const { child } = group
      const stopForwarding = this.forwardCancellation(group)
      const missing = (code: string | undefined): UserError | null =>
        code === 'ENOENT'
          ? new UserError(
              `dbt executable \`${this.settings.executable}\` was not found: install dbt (\`pip install dbt-core dbt-postgres\`) in an earlier step or set ${settingMention('dbt-executable', this.settings.front ?? 'action')} to its path.`
            )
          : null
      const onLine = (line: string): void => this.onLine(tail, line, echo)
      let buffered = ''
      const onData = (chunk: Buffer): void => {
        buffered += chunk.toString('utf8')
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        lines.forEach(onLine)
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
      child.on('error', error => {
        stopForwarding()
        reject(missing((error as NodeJS.ErrnoException).code) ?? error)
      })
      child.on('close', code => {
        stopForwarding()
        if (buffered) onLine(buffered)
        const notStarted = group.spawnError()
        if (notStarted !== null) {
          reject(missing(notStarted) ?? new Error(`dbt could not be started: ${notStarted}`))
          return
        }
        resolve({ args, exitCode: code ?? 1, durationMs: Date.now() - started, tail })
      })
    })
  }
}

/**
 * The caller's environment without our own DBT_SLIM_CI_* variables: each run sets the ones it means (a PR build
 * its schema, a production-naming parse none), so a value left in the shell cannot redirect a parse.
 */
function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && !name.startsWith('DBT_SLIM_CI_')) env[name] = value
  return env
}

/** Quotes an argument for a POSIX shell when it needs it. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}
