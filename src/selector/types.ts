import type { Manifest } from '../manifest/types.js'
import type { StateComparison } from '../state/types.js'
import type { SelectionArtifacts } from './selection-artifacts.js'
import type { IndirectSelection } from './selector-syntax.js'
import type { SelectionCommand } from './version-rules.js'

/** Why one node is in a selection: the first way it was reached, naming the selector term that did it. */
export type SelectionWhy =
  | { kind: 'matched'; selector: string }
  | { kind: 'descendant'; selector: string; of: string }
  | { kind: 'ancestor'; selector: string; of: string }
  | { kind: 'indirect_test'; selector: string; of: string[] }

export interface SelectionInput {
  current: Manifest
  state: Manifest | null
  comparison: StateComparison | null
  /** `--select` arguments (union); empty means `state:modified+`. */
  select: string[]
  /** `--exclude` arguments, removed after indirect selection. */
  exclude: string[]
  indirectSelection?: IndirectSelection
  /** `--selector`: a selectors.yml entry used instead of `select` and `exclude`. */
  selector?: string | null
  /** `list` (default) selects as `dbt ls`, `build` as the commands that run nodes (empty bodies dropped). */
  command?: SelectionCommand
  /** run_results.json, sources.json and selectors.yml, for `result:`, `source_status:` and `selector:`. */
  artifacts?: SelectionArtifacts
}

export interface SelectionResult {
  /** unique_ids, sorted: what `dbt ls --resource-type all` prints for the same arguments. */
  selected: string[]
  /** For every selected node, why it was selected. */
  why: Map<string, SelectionWhy>
  /** Nodes that `--select` reached but `--exclude` removed, with the reason the exclusion matched them. */
  excluded: Map<string, SelectionWhy>
}
