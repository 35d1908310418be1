import { howToSet, settingMention } from '../config/naming.js'
import type { Environment, ResolvedState } from '../environment.js'
import type { Manifest } from '../manifest/types.js'
import type { ChangeOriginsReport } from '../report/types.js'
import type { NodeComparison } from '../state/types.js'
import { classifyChanges, outOfPrScope } from './classify.js'
import { MissingHistoryError, readHistory, type History } from './git-history.js'

/**
 * The git history that splits this PR's changes from main's, or null when it cannot be had. Without it
 * `selection-scope: pr` fails (it would build the wrong nodes); `production` only loses the split, with a warning.
 */
export async function historyOf(env: Environment, state: ResolvedState): Promise<History | null> {
  const { settings } = env
  const needed = settings.selection.scope === 'pr'
  const productionCommit = state.provenance.commitSha
  if (!state.manifest) return null
  // Only `pr` scope depends on the split: otherwise saying so in the log is enough, not in every PR comment.
  const unavailable = (message: string): null => {
    env.log.info(message)
    return null
  }
  if (productionCommit === null) {
    const message = `Production state does not name the commit it was built from (state.json has no commitSha), so this PR's changes cannot be told from main's.`
    if (needed)
      throw new MissingHistoryError(message, {
        hint: `Deploy once with dbt-slim-ci (it records the commit), or set ${howToSet('selection-scope', 'production', settings.front)}.`
      })
    return unavailable(message)
  }
  const base = env.run.baseRef ?? 'main'
  try {
    return await readHistory({
      projectDir: settings.dbt.projectDir,
      productionCommit,
      base,
      fix:
        settings.front === 'action'
          ? `Check out the whole history: \`actions/checkout\` with \`fetch-depth: 0\` (the minimum is every commit from production's ${productionCommit.slice(0, 12)} to the pull request's head and its base). Or set ${howToSet('selection-scope', 'production', settings.front)}.`
          : `Fetch the history (\`git fetch --unshallow\`, and the base branch), name the base with \`--base <ref>\` (default main), or use ${howToSet('selection-scope', 'production', settings.front)}.`
    })
  } catch (error) {
    if (!(error instanceof MissingHistoryError)) throw error
    if (needed) {
      throw new MissingHistoryError(
        `${settingMention('selection-scope', settings.front)} is \`pr\`, which needs the git history: ${error.message}`,
        { hint: error.hint ?? undefined }
      )
    }
    return unavailable(
      `Cannot tell this PR's changes from main's: ${error.message} ${error.hint ?? ''}`.trim()
    )
  }
}

export interface ScopedChanges {
  report: ChangeOriginsReport
  /** `--exclude` selectors that leave main's changes out (`pr` scope); empty for `production`. */
  excludes: string[]
}

/** Splits the changes by origin and, for `pr` scope, names the selected nodes to leave out of the build. */
export function scopeChanges(
  scope: 'pr' | 'production',
  current: Manifest,
  production: Manifest,
  changes: readonly NodeComparison[],
  selected: readonly string[],
  downstream: readonly string[],
  history: History
): ScopedChanges {
  const origins = classifyChanges(changes, current, production, history)
  const having = (origin: string) => [...origins].filter(([, o]) => o === origin).map(([id]) => id)
  const leftOut = scope === 'pr' ? outOfPrScope(current, origins, selected, downstream) : []
  return {
    report: {
      scope,
      productionCommit: history.productionCommit,
      mergeBase: history.mergeBase,
      behindBy: history.behindBy,
      aheadBy: history.aheadBy,
      byPr: having('pr'),
      onMain: having('main'),
      unattributed: having('unattributed'),
      leftOut
    },
    excludes: leftOut.map(id => `fqn:${current.nodes.get(id)!.fqn.join('.')}`)
  }
}
