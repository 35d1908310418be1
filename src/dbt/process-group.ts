import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import type { Writable } from 'node:stream'

/**
 * The leader of dbt's process group: a small Node process that starts dbt in its group and waits for it. It
 * ignores the signals the tool forwards to the group (dbt handles them), and when the tool goes away without
 * ending dbt (killed with SIGKILL, crashed) its IPC channel closes: it interrupts the group (dbt cancels its
 * queries), then kills whatever is left, itself included. Its exit status is dbt's. A dbt that cannot be started
 * is reported over IPC with the errno code, so the tool can say how to install dbt. With a request channel (its
file descriptor 4) it hands that pipe to the command as file descriptor 3.
 */
const LEADER = `
const { spawn } = require('node:child_process')
const [channel, executable, ...args] = process.argv.slice(1)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {})
const child = spawn(executable, args, { stdio: ['ignore', 'inherit', 'inherit', ...(channel === 'channel' ? [4] : [])] })
child.on('error', error => {
  process.send({ spawnError: error.code || error.message }, () => process.exit(127))
})
child.on('exit', (code, signal) => process.exit(code === null ? 128 + (require('node:os').constants.signals[signal] || 15) : code))
process.on('disconnect', () => {
  try { process.kill(0, 'SIGINT') } catch {}
  setTimeout(() => process.kill(0, 'SIGKILL'), ${2000}).unref()
})
`

/** A started command in a process group of its own, led by the watchdog above (on Windows: the command alone). */
export interface GroupProcess {
  readonly child: ChildProcess
  /** Sends `signal` to every process of the group. */
  signal(signal: NodeJS.Signals): void
  /** The errno code when the command could not be started (`ENOENT`: not installed), or null. */
  spawnError(): string | null
  /** With `requests`: the pipe the command reads as its file descriptor 3. */
  readonly requests: Writable | null
}

/**
 * Starts `executable` in a new process group, so the tool's terminal or job signals reach it only through the
 * tool (which forwards them and waits), and a killed tool never leaves it running.
 */
export function spawnInGroup(
  executable: string,
  args: readonly string[],
  options: Pick<SpawnOptions, 'cwd' | 'env'> & { requests?: boolean }
): GroupProcess {
  const { requests = false, ...spawnOptions } = options
  if (process.platform === 'win32') {
    const child = spawn(executable, args, {
      ...spawnOptions,
      stdio: ['ignore', 'pipe', 'pipe', ...(requests ? (['pipe'] as const) : [])]
    })
    const channel = requests ? (child.stdio[3] as Writable) : null
    return { child, signal: signal => void child.kill(signal), spawnError: () => null, requests: channel }
  }
  const child = spawn(process.execPath, ['-e', LEADER, requests ? 'channel' : 'none', executable, ...args], {
    ...spawnOptions,
    // The leader runs with the tool's own Node; options meant for the tool (a test runner's) are not dbt's.
    env: { ...spawnOptions.env, NODE_OPTIONS: '' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc', ...(requests ? (['pipe'] as const) : [])]
  })
  let startFailure: string | null = null
  child.on('message', (message: { spawnError?: string }) => {
    startFailure = message.spawnError ?? startFailure
  })
  return {
    child,
    signal(signal) {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-child.pid, signal)
      } catch {
        // The group is already gone.
      }
    },
    spawnError: () => startFailure,
    requests: requests ? (child.stdio[4] as Writable) : null
  }
}
