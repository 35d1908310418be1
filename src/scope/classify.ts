import type { Manifest, ManifestNode } from '../manifest/types.js'
import type { NodeComparison } from '../state/types.js'

/**
 * Why a node differs from production state: its files changed in this pull request (merge base → head), or only
 * on the base branch since the commit production was built from (that commit → merge base), or in neither
 * (an environment variable, a package, a var given on the command line: nothing git can attribute).
 */
export type ChangeOrigin = 'pr' | 'main' | 'unattributed'

/** The files each range of history changed, relative to the dbt project's folder. */
export interface ChangedFiles {
  byPr: ReadonlySet<string>
  onMain: ReadonlySet<string>
}

/** Project files whose change can change every node's config: `dbt_project.yml` configs and vars. */
const PROJECT_FILES = ['dbt_project.yml']

/**
 * The origin of every new, modified or removed node. A node's own files are its SQL/Python/CSV file
 * (`original_file_path`), the properties YAML that patches it (`patch_path`) and, for a macro change, the files
 * of the macros on the chain to the modified macro. A file changed by the PR wins over the same file changed on
 * main: the PR's version is what gets built. Project files only decide when no own file changed.
 */
export function classifyChanges(
  changes: readonly NodeComparison[],
  current: Manifest,
  production: Manifest,
  files: ChangedFiles
): Map<string, ChangeOrigin> {
  const origins = new Map<string, ChangeOrigin>()
  for (const change of changes) {
    const node = current.nodes.get(change.uniqueId) ?? production.nodes.get(change.uniqueId)
    if (!node) continue
    const own = ownFiles(node, change, current, production)
    origins.set(change.uniqueId, originOf(own, files) ?? originOf(PROJECT_FILES, files) ?? 'unattributed')
  }
  return origins
}

function originOf(paths: readonly string[], files: ChangedFiles): ChangeOrigin | null {
  if (paths.some(path => files.byPr.has(path))) return 'pr'
  if (paths.some(path => files.onMain.has(path))) return 'main'
  return null
}

function ownFiles(
  node: ManifestNode,
  change: NodeComparison,
  current: Manifest,
  production: Manifest
): string[] {
  const paths = [node.originalFilePath, node.patchPath ?? '']
  for (const reason of change.reasons) {
    if (reason.code !== 'macro_changed') continue
    for (const id of reason.chain) {
      const macro = current.macros.get(id) ?? production.macros.get(id)
      if (macro) paths.push(macro.originalFilePath)
    }
  }
  return paths.filter(path => path !== '')
}

/**
 * What `selection-scope: pr` leaves out of the build: nodes changed only on main and the nodes selected only
 * because of them (none of their changed ancestors is the PR's). They resolve to production instead.
 */
export function outOfPrScope(
  current: Manifest,
  origins: ReadonlyMap<string, ChangeOrigin>,
  selected: readonly string[],
  downstream: readonly string[]
): string[] {
  const inScope = new Set<string>()
  const queue = [...origins]
    .filter(([id, origin]) => origin !== 'main' && current.nodes.has(id))
    .map(([id]) => id)
  for (const id of queue) {
    if (inScope.has(id)) continue
    inScope.add(id)
    queue.push(...(current.children.get(id) ?? []))
  }
  const changedOrDownstream = new Set([...origins.keys(), ...downstream])
  return selected.filter(id => changedOrDownstream.has(id) && !inScope.has(id))
}
