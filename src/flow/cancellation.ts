/** Why a run was asked to stop: a signal (a cancelled GitHub job sends SIGINT, then SIGTERM), or a lost lock. */
export interface CancelRequest {
  /** The signal that asked, or null when the run cancelled itself (e.g. its deploy lock was lost). */
  signal: NodeJS.Signals | null
  /** Says what happened, for the report: "Cancelled by SIGTERM." */
  message: string
}

/** The error a step throws when the run was cancelled; the flow runner turns it into a cancelled report. */
export class CancelledError extends Error {
  override name = 'CancelledError'
  constructor(readonly request: CancelRequest) {
    super(request.message)
  }
}

/**
 * A run's cancellation: requested by a signal or by the run itself, observed by whatever waits (dbt, a lock).
 * Every request is passed on to listeners (so a second SIGTERM reaches dbt too); the first one is the reason.
 */
export class Cancellation {
  private first: CancelRequest | null = null
  private readonly listeners = new Set<(request: CancelRequest) => void>()

  get requested(): CancelRequest | null {
    return this.first
  }

  /** Records the request and tells the listeners; false when nothing was listening (nothing to stop gracefully). */
  request(request: CancelRequest): boolean {
    this.first ??= request
    for (const listener of [...this.listeners]) listener(request)
    return this.listeners.size > 0
  }

  /** Calls `listener` on every request from now on; returns the function that stops it. */
  onRequest(listener: (request: CancelRequest) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Throws the cancellation when one was requested: a long-running part stops at its next boundary. */
  throwIfRequested(): void {
    if (this.first) throw new CancelledError(this.first)
  }
}

/** The exit status of a process ended by `signal`, as shells report it (SIGINT 130, SIGTERM 143). */
export function signalExitCode(signal: NodeJS.Signals): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }
  return 128 + (numbers[signal] ?? 15)
}

const CANCEL_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

/**
 * Turns SIGINT, SIGTERM and SIGHUP into cancellation requests, so a running flow can stop dbt, release the
 * deploy lock and write its report. With nothing listening (no flow or dbt running) the process exits as the
 * signal would have ended it. Only entry points call it.
 */
export function cancelOnSignals(cancellation: Cancellation): void {
  for (const signal of CANCEL_SIGNALS) {
    process.on(signal, () => {
      if (!cancellation.request({ signal, message: `Cancelled by ${signal}.` }))
        process.exit(signalExitCode(signal))
    })
  }
}
