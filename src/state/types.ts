import type { Json, ResourceType } from '../manifest/types.js'

/** How a node of the current manifest (or a node only in state) relates to production state. */
export type NodeStatus = 'new' | 'modified' | 'unmodified' | 'removed'

/** dbt's `state:` sub-selectors that a reason can belong to. */
export type StateCheck =
  | 'body'
  | 'configs'
  | 'relation'
  | 'persisted_descriptions'
  | 'macros'
  | 'contract'
  | 'fqn'
  | 'ref_representation'
  | 'other'

/** One differing key, with both values; `undefined` means the key is absent on that side. */
export interface ValueChange {
  key: string
  old: Json | undefined
  new: Json | undefined
}

export interface BreakingContractChange {
  kind:
    | 'enforcement_removed'
    | 'column_removed'
    | 'data_type_changed'
    | 'constraint_removed'
    | 'materialization_changed'
    | 'model_removed'
    | 'model_disabled'
  /** Plain words, e.g. "column `id` changed data_type from int to text". */
  detail: string
  column?: string
}

/**
 * Why a node is new, modified or removed. Machine-readable (`code`, structured fields) with a plain-words
 * `message`, so the CLI, the PR comment and `explain` all say the same thing.
 */
export type ChangeReason =
  | { code: 'new'; check: 'other'; message: string }
  | { code: 'removed'; check: 'other'; message: string }
  | { code: 'body_changed'; check: 'body'; message: string }
  /**
   * A generic test's `raw_code` (its macro call plus inline config) changed. dbt's `state:modified` ignores
   * this for generic tests, but `state:modified.body` selects it; it alone leaves the test unmodified.
   */
  | { code: 'generic_test_body_changed'; check: 'body'; message: string }
  | {
      code: 'seed_checksum_changed'
      check: 'body'
      message: string
      oldHash: { name: string; checksum: string }
      newHash: { name: string; checksum: string }
      /** Set when dbt warns about big seeds (SeedIncreased, SeedExceedsLimitSamePath, SeedExceedsLimitAndPathChanged). */
      warning?: string
    }
  | { code: 'config_changed'; check: 'configs'; message: string; changes: ValueChange[] }
  | { code: 'relation_changed'; check: 'relation'; message: string; changes: ValueChange[] }
  /** A generic test's unrendered database/schema/alias changed: like the body, only `modified.relation` sees it. */
  | { code: 'generic_test_relation_changed'; check: 'relation'; message: string; changes: ValueChange[] }
  | {
      code: 'description_changed'
      check: 'persisted_descriptions'
      message: string
      columns: string[]
      relation: boolean
    }
  | { code: 'fqn_changed'; check: 'fqn'; message: string; old: string[]; new: string[] }
  | {
      code: 'contract_changed'
      check: 'contract'
      message: string
      breaking: BreakingContractChange[]
      /** dbt aborts selection for breaking changes to versioned models (ContractBreakingChangeError). */
      fatal: boolean
    }
  | {
      code: 'ref_representation_changed'
      check: 'ref_representation'
      message: string
      changes: ValueChange[]
    }
  | {
      code: 'macro_changed'
      check: 'macros'
      message: string
      /** From a macro the node depends on down to the modified macro. */
      chain: string[]
      macroChange: 'modified' | 'added' | 'removed'
    }
  | { code: 'field_changed'; check: 'other'; message: string; changes: ValueChange[] }

export interface NodeComparison {
  uniqueId: string
  resourceType: ResourceType
  status: NodeStatus
  /**
   * dbt's `state:modified` verdict. Differs from `status` for new sources, exposures, metrics, semantic models
   * and saved queries: dbt calls those new but not modified (their `same_contents(None)` is true). Always false for removed nodes.
   */
  stateModified: boolean
  /** Every failing check, not just the first; unmodified nodes have none, or only `generic_test_*` ones. */
  reasons: ChangeReason[]
}

/** Warnings dbt itself would print while comparing (big seeds, unversioned breaking contract changes). */
export interface ComparisonWarning {
  uniqueId: string
  message: string
}

/** Which dbt rules the comparison followed. */
export interface ComparisonSettings {
  /** The dbt version whose rules applied (the current manifest's unless overridden). */
  dbtVersion: string
  /** `state_modified_compare_more_unrendered_values`; `legacy` for dbt ≤1.8, which has no such flag. */
  unrenderedValues: 'on' | 'off' | 'legacy'
  /** True when 1.9–1.11 `Keyword(...)` config reprs were canonicalised to the 1.12 form. */
  normalisedStaticKwargs: boolean
}

export interface StateComparison {
  /** Every node of the current manifest's graph, and every node only in state (status `removed`). */
  nodes: Map<string, NodeComparison>
  modifiedMacros: Map<string, 'modified' | 'added' | 'removed'>
  warnings: ComparisonWarning[]
  settings: ComparisonSettings
}
