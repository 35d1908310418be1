import type { ManifestNode } from '../manifest/types.js'

/** `GraphNode.same_fqn`: list equality. Moving a file or a test's YAML changes the fqn. */
export function sameFqn(current: ManifestNode, state: ManifestNode): boolean {
  return (
    current.fqn.length === state.fqn.length && current.fqn.every((part, index) => part === state.fqn[index])
  )
}
