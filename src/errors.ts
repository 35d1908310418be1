/**
 * An error the user can fix: bad input, a missing or unreadable file, a missing permission.
 * Its message names what is at fault and how to fix it; the CLI prints it without a stack trace
 * and exits with status 2, the action fails the step with it.
 */
export class UserError extends Error {
  override name = 'UserError'
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
