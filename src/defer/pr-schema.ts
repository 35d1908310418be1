import { UserError } from '../errors.js'

/** The schema a pull request builds into: `<prefix>_pr_<number>`; custom schemas derive from it. */
export function prSchemaName(prefix: string, pullRequest: number): string {
  if (!Number.isInteger(pullRequest) || pullRequest <= 0) {
    throw new UserError(
      `Cannot name a PR schema without a pull request number (got ${pullRequest}): run defer mode on a pull_request event or pass one.`
    )
  }
  return `${prefix}_pr_${pullRequest}`
}
