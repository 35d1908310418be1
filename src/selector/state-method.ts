import type { Manifest, ManifestNode, ResourceType } from '../manifest/types.js'
import { UserError } from '../errors.js'
import type { NodeComparison, StateCheck, StateComparison } from '../state/types.js'

const PARSED_NODE_TYPES: readonly ResourceType[] = [
  'model',
  'seed',
  'snapshot',
  'test',
  'analysis',
  'operation',
  'sql_operation',
  'function'
]

/**
 * Which resource types have each of dbt's compare methods. `state:modified.<x>` selects a node whose class has
 * the method when it is new or the method says "different" (`check_modified_factory`), so a brand-new model is
 * selected by every sub-selector except `macros`, and a new source by `configs` and `relation` only.
 */
const TYPES_WITH_METHOD: Record<
  'body' | 'configs' | 'persisted_descriptions' | 'relation' | 'contract',
  ReadonlySet<ResourceType>
> = {
  body: new Set(PARSED_NODE_TYPES),
  persisted_descriptions: new Set(PARSED_NODE_TYPES),
  contract: new Set(PARSED_NODE_TYPES),
  relation: new Set([...PARSED_NODE_TYPES, 'source']),
  configs: new Set([...PARSED_NODE_TYPES, 'source', 'exposure', 'metric', 'semantic_model', 'saved_query'])
}

function hasReason(comparison: NodeComparison, check: StateCheck): boolean {
  return comparison.reasons.some(reason => reason.check === check)
}

function subSelector(check: keyof typeof TYPES_WITH_METHOD): (comparison: NodeComparison) => boolean {
  return comparison =>
    TYPES_WITH_METHOD[check].has(comparison.resourceType) &&
    (comparison.status === 'new' || hasReason(comparison, check))
}

const PREDICATES: Record<string, (comparison: NodeComparison) => boolean> = {
  new: comparison => comparison.status === 'new',
  old: comparison => comparison.status !== 'new',
  modified: comparison => comparison.stateModified,
  unmodified: comparison => !comparison.stateModified,
  'modified.body': subSelector('body'),
  'modified.configs': subSelector('configs'),
  'modified.persisted_descriptions': subSelector('persisted_descriptions'),
  'modified.relation': subSelector('relation'),
  'modified.macros': comparison => hasReason(comparison, 'macros'),
  'modified.contract': subSelector('contract')
}

/** `StateSelectorMethod.search` over a precomputed comparison; `values` are the running dbt's sub-selectors. */
export function searchStateMethod(
  value: string,
  included: readonly ManifestNode[],
  state: Manifest | null,
  comparison: StateComparison | null,
  values: readonly string[]
): Set<string> {
  if (!state || !comparison) {
    throw new UserError(
      'Got a state selector method, but no comparison manifest: pass --state with the production manifest.json.'
    )
  }
  const predicate = values.includes(value) ? PREDICATES[value] : undefined
  if (!predicate) {
    throw new UserError(`Got an invalid selector "${value}", expected one of ${JSON.stringify(values)}.`)
  }
  const selected = new Set<string>()
  for (const node of included) {
    const nodeComparison = comparison.nodes.get(node.uniqueId)
    if (nodeComparison && predicate(nodeComparison)) selected.add(node.uniqueId)
  }
  return selected
}
