/**
 * An error the user can fix: bad input, a missing or unreadable file, a missing permission.
 * Its message names what is at fault and how to fix it; the CLI prints it without a stack trace
 * and exits with status 2, the action fails the step with it.
 */
export class UserError extends Error {
  override name = 'UserError'
  /** How to fix it, when the message does not already say so; reports show it under the message. */
  readonly hint: string | null

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.hint = options.hint ?? null
  }
}

/** A manifest or other dbt artifact that cannot be read: names the file and what is wrong with it. */
export class ArtifactError extends UserError {
  override name = 'ArtifactError'
  constructor(
    readonly file: string,
    problem: string
  ) {
    super(`${file}: ${problem}`)
  }
}
