import { UserError } from '../../errors.js'

/** A deploy statement the server rejected; the transaction around it was rolled back. */
export class StatementError extends UserError {
  override name = 'StatementError'
  constructor(
    readonly operation: string,
    readonly sql: string,
    /** The SQLSTATE, e.g. `42P06` (schema exists) or `55P03` (lock timeout); undefined when the connection broke. */
    readonly sqlState: string | undefined,
    cause: unknown
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    // A dependents check raises its own finding; the long check itself would only bury it.
    const raised = sqlState === 'P0001' && sql.startsWith('DO ')
    super(
      `The ${operation} failed and was rolled back, nothing changed: ${reason}` +
        (raised ? '.' : `${sqlState === undefined ? '' : ` (SQLSTATE ${sqlState})`} while running: ${sql}`),
      { cause, hint: raised ? hintOf(cause) : undefined }
    )
  }
}

function hintOf(error: unknown): string | undefined {
  const hint = (error as { hint?: unknown } | null)?.hint
  return typeof hint === 'string' ? hint : undefined
}

export function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined
}

/** The deploy lock stayed taken for the whole wait. */
export class DeployLockTimeoutError extends UserError {
  override name = 'DeployLockTimeoutError'
}
