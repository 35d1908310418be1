import { UserError } from '../../errors.js'
import type { SwapRecord } from '../warehouse.js'

/** A statement Snowflake rejected, with the driver's error code and SQLSTATE. */
export class SnowflakeStatementError extends UserError {
  override name = 'SnowflakeStatementError'
  constructor(
    readonly sql: string,
    readonly code: string | null,
    readonly sqlState: string | null,
    problem: string
  ) {
    super(`Snowflake rejected \`${sql}\`: ${problem}${describeCodes(code, sqlState)}`)
  }
}

/** The login itself failed: wrong credentials, key, token, account or network. */
export class SnowflakeLoginError extends UserError {
  override name = 'SnowflakeLoginError'
  constructor(
    message: string,
    /** The profile fields the failure points at, e.g. `role`; empty when it is not one field's fault. */
    readonly fields: readonly string[] = []
  ) {
    super(message)
  }
}

/**
 * The swap happened (production serves the new build) but keeping the old production as `previous` did not
 * finish. Nothing is broken for readers; the message says which statements restore the rollback point.
 */
export class SnowflakeSwapBookkeepingError extends UserError {
  override name = 'SnowflakeSwapBookkeepingError'
  constructor(
    readonly record: SwapRecord,
    readonly remaining: string[],
    cause: Error
  ) {
    super(
      `The swap succeeded and production now serves the new build, but keeping the old production for rollback failed: ${cause.message}\n` +
        `Until it is fixed, the old production is kept under the green name. To restore the rollback point, run:\n${remaining.map(sql => `  ${sql};`).join('\n')}`
    )
  }
}

function describeCodes(code: string | null, sqlState: string | null): string {
  const parts = [code && `code ${code}`, sqlState && `SQLSTATE ${sqlState}`].filter(Boolean)
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}
