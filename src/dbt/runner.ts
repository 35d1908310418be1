import { settingMention } from '../config/naming.js'
import type { Front } from '../config/settings.js'
import path from 'node:path'
import { UserError } from '../errors.js'
import { Cancellation } from '../flow/cancellation.js'
import { spawnInGroup } from './process-group.js'

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
 * Runs dbt commands. The only place that starts a dbt process. dbt runs in a process group of its own: a
 * cancellation (SIGINT/SIGTERM to the tool) is forwarded to that group and the run waits for dbt to stop; a
 * killed tool takes dbt with it.
 */
export class DbtRunner {
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
    return this.spawn(this.argsFor(command, options.targetPath), { ...logPath, ...options.env })
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
        env: {
          ...inheritedEnv(),
          ...this.settings.env,
          ...env,
          DBT_SEND_ANONYMOUS_USAGE_STATS: 'false'
        }
      })
      const { child } = group
      let killTimer: NodeJS.Timeout | undefined
      const stopForwarding = this.cancellation.onRequest(request => {
        const signal = request.signal ?? 'SIGTERM'
        this.log(`dbt-slim-ci: ${request.message} Stopping dbt (${signal} to its process group)…`)
        group.signal(signal)
        killTimer ??= setTimeout(() => group.signal('SIGKILL'), STOP_GRACE_MS)
      })
      const missing = (code: string | undefined): UserError | null =>
        code === 'ENOENT'
          ? new UserError(
              `dbt executable \`${this.settings.executable}\` was not found: install dbt (\`pip install dbt-core dbt-postgres\`) in an earlier step or set ${settingMention('dbt-executable', this.settings.front ?? 'action')} to its path.`
            )
          : null
      const onLine = (line: string): void => {
        tail.push(line)
        if (tail.length > 200) tail.shift()
        if (echo) this.log(line)
      }
      let buffered = ''
      const onData = (chunk: Buffer): void => {
        buffered += chunk.toString('utf8')
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        lines.forEach(onLine)
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
      const done = (): void => {
        stopForwarding()
        clearTimeout(killTimer)
      }
      child.on('error', error => {
        done()
        reject(missing((error as NodeJS.ErrnoException).code) ?? error)
      })
      child.on('close', code => {
        done()
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
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of Object.keys(env)) if (name.startsWith('DBT_SLIM_CI_')) delete env[name]
  return env
}

/** Quotes an argument for a POSIX shell when it needs it. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}
