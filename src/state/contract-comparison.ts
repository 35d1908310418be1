import type { Json, JsonObject, ManifestNode } from '../manifest/types.js'
import { isConstraintEnforced } from './constraint-support.js'
import { isAtLeast, type DbtVersion } from './dbt-version.js'
import { pyEq } from './python-equality.js'
import type { BreakingContractChange } from './types.js'

export interface ContractDifference {
  breaking: BreakingContractChange[]
}

const COLUMN_CONSTRAINT_DEFAULTS: JsonObject = {
  name: null,
  expression: null,
  warn_unenforced: true,
  warn_unsupported: true,
  to: null,
  to_columns: []
}
const MODEL_CONSTRAINT_DEFAULTS: JsonObject = { ...COLUMN_CONSTRAINT_DEFAULTS, columns: [] }

function materialized(node: ManifestNode): string {
  const value = node.config.materialized
  return typeof value === 'string' ? value : 'view'
}

/** Constraints are only enforced for table and incremental materializations. */
function enforcesConstraints(node: ManifestNode): boolean {
  return ['table', 'incremental'].includes(materialized(node))
}

/** From 1.11 size/precision and case are ignored: `VARCHAR(5)` and `varchar(20)` are the same type. */
function normaliseDataType(dataType: string | null, version: DbtVersion): string | null {
  if (!dataType || !isAtLeast(version, 1, 11)) return dataType
  return dataType.split('(')[0].trim().toLowerCase()
}

function withDefaults(constraint: JsonObject, defaults: JsonObject): JsonObject {
  return { ...defaults, ...constraint }
}

function containsConstraint(list: JsonObject[], constraint: JsonObject, defaults: JsonObject): boolean {
  const wanted = withDefaults(constraint, defaults)
  return list.some(candidate => pyEq(withDefaults(candidate, defaults), wanted))
}

function sameConstraintList(a: JsonObject[], b: JsonObject[], defaults: JsonObject): boolean {
  return (
    a.length === b.length &&
    a.every((constraint, index) => pyEq(withDefaults(constraint, defaults), withDefaults(b[index], defaults)))
  )
}

function constraintLabel(constraint: JsonObject): string {
  const name: Json | undefined = constraint.name
  return typeof name === 'string' ? name : String(constraint.type)
}

/**
 * `ModelNode.same_contract`: null when the contract is the same, otherwise the breaking changes
 * (possibly none: enforcing a contract or adding a column changes it without breaking it).
 */
export function contractDifference(
  current: ManifestNode,
  state: ManifestNode,
  adapterType: string | null,
  version: DbtVersion
): ContractDifference | null {
  if (!state.contract.enforced && !current.contract.enforced) return null
  if (!state.contract.enforced && current.contract.enforced) return { breaking: [] }
  if (current.contract.enforced && current.contract.checksum === state.contract.checksum) return null

  const breaking: BreakingContractChange[] = []
  if (state.contract.enforced && !current.contract.enforced) {
    breaking.push({ kind: 'enforcement_removed', detail: 'contract enforcement was removed' })
  }
  let columnConstraintsExist = false
  for (const key of Object.keys(state.columns).sort()) {
    const oldColumn = state.columns[key]
    const newColumn = current.columns[key]
    if (!newColumn) {
      breaking.push({
        kind: 'column_removed',
        column: oldColumn.name,
        detail: `column \`${oldColumn.name}\` was removed`
      })
    } else if (
      oldColumn.dataType !== newColumn.dataType &&
      normaliseDataType(oldColumn.dataType, version) !== normaliseDataType(newColumn.dataType, version)
    ) {
      breaking.push({
        kind: 'data_type_changed',
        column: oldColumn.name,
        detail: `column \`${oldColumn.name}\` changed data_type from ${oldColumn.dataType} to ${newColumn.dataType}`
      })
    }
    if (oldColumn.constraints.length > 0) columnConstraintsExist = true
    if (
      newColumn &&
      enforcesConstraints(state) &&
      !sameConstraintList(oldColumn.constraints, newColumn.constraints, COLUMN_CONSTRAINT_DEFAULTS)
    ) {
      for (const constraint of oldColumn.constraints) {
        if (
          !containsConstraint(newColumn.constraints, constraint, COLUMN_CONSTRAINT_DEFAULTS) &&
          isConstraintEnforced(adapterType, String(constraint.type))
        ) {
          breaking.push({
            kind: 'constraint_removed',
            column: key,
            detail: `enforced '${constraintLabel(constraint)}' constraint on column \`${key}\` was removed`
          })
        }
      }
    }
  }
  if (
    enforcesConstraints(state) &&
    !sameConstraintList(state.constraints, current.constraints, MODEL_CONSTRAINT_DEFAULTS)
  ) {
    for (const constraint of state.constraints) {
      if (
        !containsConstraint(current.constraints, constraint, MODEL_CONSTRAINT_DEFAULTS) &&
        isConstraintEnforced(adapterType, String(constraint.type))
      ) {
        breaking.push({
          kind: 'constraint_removed',
          detail: `enforced model-level '${constraintLabel(constraint)}' constraint on columns ${JSON.stringify(constraint.columns ?? [])} was removed`
        })
      }
    }
  }
  if (
    enforcesConstraints(state) &&
    !enforcesConstraints(current) &&
    (state.constraints.length > 0 || columnConstraintsExist)
  ) {
    breaking.push({
      kind: 'materialization_changed',
      detail: `materialization changed from ${materialized(state)} to ${materialized(current)} with enforced constraints`
    })
  }
  return { breaking }
}

/**
 * `ModelNode.same_contract_removed`: a model with an enforced contract that was deleted, renamed or disabled is a
 * breaking change unless it is past its deprecation date. `node` is the current disabled copy if there is one,
 * else the state node (as dbt does). Null when removing it breaks nothing.
 */
export function removedContractChange(
  node: ManifestNode,
  disabled: boolean,
  now: Date
): BreakingContractChange | null {
  if (!node.contract.enforced) return null
  if (node.deprecationDate !== null && Date.parse(node.deprecationDate) < now.getTime()) return null
  return disabled
    ? { kind: 'model_disabled', detail: `contracted model '${node.uniqueId}' was disabled` }
    : { kind: 'model_removed', detail: `contracted model '${node.uniqueId}' was deleted or renamed` }
}
