import type { Manifest, ManifestNode } from '../manifest/types.js'
import { UserError } from '../errors.js'

export type MacroChange = 'modified' | 'added' | 'removed'

/**
 * `StateSelectorMethod._macros_modified`: macros whose `macro_sql` differs, plus macros added or removed, by
 * unique_id, across every package (including `dbt` and the adapter's). Nothing else about a macro matters.
 */
export function findModifiedMacros(current: Manifest, state: Manifest): Map<string, MacroChange> {
  const changes = new Map<string, MacroChange>()
  for (const [id, macro] of current.macros) {
    const old = state.macros.get(id)
    if (!old) changes.set(id, 'added')
    else if (old.macroSql !== macro.macroSql) changes.set(id, 'modified')
  }
  for (const id of state.macros.keys()) {
    if (!current.macros.has(id)) changes.set(id, 'removed')
  }
  return changes
}

/**
 * Which macros of the CURRENT macro graph reach a modified macro, with the next hop towards it. Built once by
 * a reverse breadth-first walk from the modified set, so it is linear in the macro graph and cycle-safe, and
 * every node's check is a lookup.
 */
export class MacroClosure {
  private readonly nextHop = new Map<string, string | null>()

  constructor(
    current: Manifest,
    readonly modified: ReadonlyMap<string, MacroChange>
  ) {
    if (modified.size === 0) return
    const callers = new Map<string, string[]>()
    for (const macro of current.macros.values()) {
      for (const dependency of macro.dependsOnMacros) {
        const list = callers.get(dependency)
        if (list) list.push(macro.uniqueId)
        else callers.set(dependency, [macro.uniqueId])
      }
    }
    const queue = [...modified.keys()]
    for (const id of queue) this.nextHop.set(id, null)
    for (let index = 0; index < queue.length; index++) {
      const target = queue[index]
      for (const caller of callers.get(target) ?? []) {
        if (this.nextHop.has(caller)) continue
        this.nextHop.set(caller, target)
        queue.push(caller)
      }
    }
  }

  /** The path from a macro to the modified macro it reaches (itself when it is modified), or null. */
  chainFrom(macroId: string): string[] | null {
    if (!this.nextHop.has(macroId)) return null
    const chain = [macroId]
    for (let next = this.nextHop.get(macroId); next; next = this.nextHop.get(next)) chain.push(next)
    return chain
  }

  /**
   * dbt's `check_macros_modified` for one node: the first `depends_on.macros` entry (in order) that reaches a
   * modified macro decides. A null entry (a removed macro or generic test still referenced) is an error, as in
   * dbt 1.11+, unless no macro changed at all or an earlier entry already matched.
   */
  chainForNode(node: ManifestNode): string[] | null {
    if (this.modified.size === 0) return null
    for (const macroId of node.dependsOnMacros) {
      if (macroId === null) {
        throw new UserError(
          `Node '${node.name}' (in ${node.originalFilePath}) depends on a macro or test that does not exist. ` +
            'This happens when a macro or generic test is removed but still referenced: fix the reference or ' +
            "install package dependencies with 'dbt deps', then regenerate the manifest."
        )
      }
      const chain = this.chainFrom(macroId)
      if (chain) return chain
    }
    return null
  }
}
