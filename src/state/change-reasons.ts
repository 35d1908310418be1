/** The change reasons the comparators report, one builder per kind of difference. */
import type { ManifestNode } from '../manifest/types.js'
import { describeChanges } from './describe.js'
import type { BreakingContractChange, ChangeReason, ValueChange } from './types.js'

export function configReason(changes: ValueChange[]): ChangeReason {
  return {
    code: 'config_changed',
    check: 'configs',
    message: `config changed: ${describeChanges(changes)}`,
    changes
  }
}

export function relationReason(changes: ValueChange[]): ChangeReason {
  return {
    code: 'relation_changed',
    check: 'relation',
    message: `configured relation changed: ${describeChanges(changes)}`,
    changes
  }
}

export function fqnReason(current: ManifestNode, state: ManifestNode): ChangeReason {
  return {
    code: 'fqn_changed',
    check: 'fqn',
    message: `fqn changed from ${state.fqn.join('.')} to ${current.fqn.join('.')} (file moved)`,
    old: state.fqn,
    new: current.fqn
  }
}

export function fieldReason(summary: string, changes: ValueChange[]): ChangeReason {
  return {
    code: 'field_changed',
    check: 'other',
    message: `${summary}: ${describeChanges(changes)}`,
    changes
  }
}

export function contractReason(current: ManifestNode, breaking: BreakingContractChange[]): ChangeReason {
  const fatal = breaking.length > 0 && current.version !== null
  const message =
    breaking.length === 0
      ? 'model contract changed (not a breaking change)'
      : `breaking contract change${current.version !== null ? ' to a versioned model (dbt aborts with ContractBreakingChangeError)' : ''}: ${breaking.map(change => change.detail).join('; ')}`
  return { code: 'contract_changed', check: 'contract', message, breaking, fatal }
}
