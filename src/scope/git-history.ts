import { execFile } from 'node:child_process'
import { UserError } from '../errors.js'
import type { ChangedFiles } from './classify.js'

/** Where the checked-out project stands against the commit production was built from. */
export interface History extends ChangedFiles {
  /** The commit of the last deploy (the production state's). */
  productionCommit: string
  /** The merge base of the checkout and the PR's base branch. */
  mergeBase: string
  /** Commits on the base branch from the deploy's commit to the merge base: what production lacks. */
  behindBy: number
  /** Commits production was built with that the merge base lacks (deployed after the PR branched). */
  aheadBy: number
}

/** The git history the split needs is not in this checkout (a shallow clone, an unknown commit). */
export class MissingHistoryError extends UserError {
  override name = 'MissingHistoryError'
}

export interface HistoryQuery {
  projectDir: string
  productionCommit: string
  /** The PR's base branch commit (or ref). */
  base: string
  /** How to get the history, for the error: what actions/checkout or the clone needs. */
  fix: string
}

/**
 * Reads, with `git`, which project files this PR changed (merge base → working tree) and which the base
 * branch changed since production was built (production commit → merge base). Paths are relative to the project
 * folder, as dbt's `original_file_path` is. Renames count as a deletion and an addition, so both paths match.
 */
export async function readHistory(query: HistoryQuery): Promise<History> {
  const git = (...args: string[]) => run(query.projectDir, args)
  const missing = async (what: string) =>
    new MissingHistoryError(`${what} is not in this checkout${await shallowNote(query.projectDir)}.`, {
      hint: query.fix
    })
  // A project copied into some other repository's folder (the demo's, a scratch copy) has no history of its own.
  if ((await git('ls-files', '--error-unmatch', 'dbt_project.yml').catch(() => null)) === null) {
    throw new MissingHistoryError(`The dbt project (${query.projectDir}) is not tracked in a git checkout.`, {
      hint: query.fix
    })
  }
  const head = await git('rev-parse', 'HEAD')
  for (const [commit, what] of [
    [query.productionCommit, `The commit production was built from (${query.productionCommit.slice(0, 12)})`],
    [query.base, `The pull request's base (${query.base.slice(0, 40)})`]
  ]) {
    if ((await git('rev-parse', '--verify', '--quiet', `${commit}^{commit}`).catch(() => null)) === null)
      throw await missing(what)
  }
  const mergeBase = await git('merge-base', 'HEAD', query.base).catch(() => null)
  if (mergeBase === null) throw await missing(`The merge base of ${head.slice(0, 12)} and ${query.base}`)
  const count = async (range: string) => Number(await git('rev-list', '--count', range))
  const paths = (text: string) => text.split('\0').filter(Boolean)
  const diff = (...range: string[]) =>
    git('diff', '--name-only', '--no-renames', '--relative', '-z', ...range)
  return {
    productionCommit: query.productionCommit,
    mergeBase,
    behindBy: await count(`${query.productionCommit}..${mergeBase}`),
    aheadBy: await count(`${mergeBase}..${query.productionCommit}`),
    // The working tree, not HEAD: what dbt parsed, uncommitted edits and new files included.
    byPr: new Set([
      ...paths(await diff(mergeBase)),
      ...paths(await git('ls-files', '--others', '--exclude-standard', '-z'))
    ]),
    onMain: new Set(paths(await diff(query.productionCommit, mergeBase)))
  }
}

function shallowNote(projectDir: string): Promise<string> {
  return run(projectDir, ['rev-parse', '--is-shallow-repository'])
    .then(shallow =>
      shallow === 'true' ? ' (it is a shallow clone: only the latest commits were fetched)' : ''
    )
    .catch(() => '')
}

function run(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')}: ${stderr.trim() || error.message}`))
      else resolve(stdout.trim())
    })
  })
}
