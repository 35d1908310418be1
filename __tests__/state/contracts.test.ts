import { describe, expect, test } from '@jest/globals'
import type { ColumnInfo, JsonObject, ManifestNode } from '../../src/manifest/types.js'
import { compareManifests } from '../../src/state/compare.js'
import type { ChangeReason } from '../../src/state/types.js'
import { manifest, model, withNode, withoutNode } from '../helpers/manifest-builder.js'
import { stateSearch } from './dbt-test-project.js'

const ID = 'model.test.table_model'
const column = (name: string, dataType: string, constraints: JsonObject[] = []): ColumnInfo => ({
  name,
  description: '',
  dataType,
  constraints
})
const contracted = (overrides: Partial<ManifestNode> = {}): ManifestNode =>
  model('table_model', {
    config: { enabled: true, materialized: 'table' },
    unrenderedConfig: { materialized: 'table', contract: { enforced: true } },
    contract: { enforced: true, checksum: 'c1' },
    columns: { id: column('id', 'int', [{ type: 'not_null' }]), name: column('name', 'varchar(5)') },
    ...overrides
  })
const state = manifest({ nodes: [contracted()] })
const contractReason = (
  current = state,
  old = state,
  id = ID
): Extract<ChangeReason, { code: 'contract_changed' }> | undefined =>
  compareManifests(current, old)
    .nodes.get(id)
    ?.reasons.find(
      (r): r is Extract<ChangeReason, { code: 'contract_changed' }> => r.code === 'contract_changed'
    )
const changed = (change: (n: ManifestNode) => ManifestNode) =>
  withNode(state, ID, n => change({ ...n, contract: { enforced: n.contract.enforced, checksum: 'c2' } }))

describe('model contracts (§2.7, T38–T42, T48)', () => {
  test('T38: enforcing a contract is a contract change that is not breaking', () => {
    const before = manifest({
      nodes: [
        contracted({
          contract: { enforced: false, checksum: null },
          unrenderedConfig: { materialized: 'table' }
        })
      ]
    })
    expect(stateSearch(state, before, 'modified.contract')).toEqual([ID])
    expect(contractReason(state, before)).toMatchObject({ breaking: [], fatal: false })
  })

  test('equal checksums of enforced contracts are the same contract', () => {
    expect(contractReason()).toBeUndefined()
  })

  test('adding a column changes the contract without breaking it', () => {
    const current = changed(n => ({ ...n, columns: { ...n.columns, extra: column('extra', 'text') } }))
    expect(contractReason(current)).toMatchObject({ breaking: [] })
  })

  test('T38: removing a column is a breaking change, a warning for unversioned models', () => {
    const current = changed(n => ({ ...n, columns: { id: n.columns.id } }))
    expect(contractReason(current)).toMatchObject({
      breaking: [{ kind: 'column_removed', column: 'name' }],
      fatal: false
    })
    expect(compareManifests(current, state).warnings).toHaveLength(1)
  })

  test('T38: unenforcing the contract is breaking', () => {
    const current = withNode(state, ID, n => ({ ...n, contract: { enforced: false, checksum: null } }))
    expect(contractReason(current)?.breaking.map(b => b.kind)).toEqual(['enforcement_removed'])
  })

  test('T42: a data_type change on a versioned model is fatal, as dbt raises ContractBreakingChangeError', () => {
    const current = changed(n => ({
      ...n,
      version: 1,
      columns: { ...n.columns, id: column('id', 'text', [{ type: 'not_null' }]) }
    }))
    const old = withNode(state, ID, n => ({ ...n, version: 1 }))
    expect(contractReason(current, old)).toMatchObject({
      breaking: [{ kind: 'data_type_changed', column: 'id' }],
      fatal: true
    })
  })

  test('T48: size, precision and case changes of a data_type are not breaking from 1.11', () => {
    const current = changed(n => ({ ...n, columns: { ...n.columns, name: column('name', 'VARCHAR(20)') } }))
    expect(contractReason(current)).toMatchObject({ breaking: [] })
    expect(stateSearch(current, state, 'modified')).toEqual([ID])
  })

  test('before 1.11 any data_type spelling change is breaking', () => {
    const old = manifest({ nodes: [contracted()], dbtVersion: '1.10.4' })
    const current = withNode(old, ID, n => ({
      ...n,
      contract: { enforced: true, checksum: 'c2' },
      columns: { ...n.columns, name: column('name', 'varchar(20)') }
    }))
    expect(contractReason(current, old)?.breaking.map(b => b.kind)).toEqual(['data_type_changed'])
  })

  test('T41: removing an enforced not_null constraint from a table is breaking on postgres', () => {
    const current = changed(n => ({ ...n, columns: { ...n.columns, id: column('id', 'int') } }))
    expect(contractReason(current)?.breaking.map(b => b.kind)).toEqual(['constraint_removed'])
  })

  test('removing a constraint the adapter does not enforce is not breaking', () => {
    const old = manifest({
      nodes: [contracted({ constraints: [{ type: 'primary_key', columns: ['id'] }] })],
      adapterType: 'snowflake'
    })
    const current = withNode(old, ID, n => ({
      ...n,
      contract: { enforced: true, checksum: 'c2' },
      constraints: []
    }))
    expect(contractReason(current, old)).toMatchObject({ breaking: [] })
  })

  test('T41: table → view with constraints is a breaking materialization change; table → incremental is not', () => {
    const toView = changed(n => ({ ...n, config: { ...n.config, materialized: 'view' } }))
    expect(contractReason(toView)?.breaking.map(b => b.kind)).toEqual(['materialization_changed'])
    const toIncremental = changed(n => ({ ...n, config: { ...n.config, materialized: 'incremental' } }))
    expect(contractReason(toIncremental)).toMatchObject({ breaking: [] })
  })

  test('T40: deleting an unversioned contracted model is reported on the removed node as a warning', () => {
    const comparison = compareManifests(withoutNode(state, ID), state)
    expect(comparison.nodes.get(ID)).toMatchObject({ status: 'removed', stateModified: false })
    expect(comparison.nodes.get(ID)?.reasons[1]).toMatchObject({
      breaking: [{ kind: 'model_removed' }],
      fatal: false
    })
    expect(comparison.warnings[0].message).toContain('was deleted or renamed')
  })

  test('T40: disabling a versioned contracted model is fatal and says it was disabled', () => {
    const versioned = manifest({ nodes: [contracted({ uniqueId: 'model.test.table_model.v1', version: 1 })] })
    const disabledCopy = contracted({
      uniqueId: 'model.test.table_model.v1',
      version: 1,
      enabled: false,
      config: { enabled: false, materialized: 'table' }
    })
    const current = manifest({ nodes: [], disabled: [disabledCopy] })
    expect(
      compareManifests(current, versioned).nodes.get('model.test.table_model.v1')?.reasons[1]
    ).toMatchObject({
      breaking: [{ kind: 'model_disabled' }],
      fatal: true
    })
  })

  test('T40: disabling an uncontracted model reports no breaking change', () => {
    const plain = manifest({ nodes: [model('m')] })
    expect(compareManifests(manifest({ nodes: [] }), plain).nodes.get('model.test.m')?.reasons).toHaveLength(
      1
    )
  })

  test('a removed contracted model past its deprecation date breaks nothing', () => {
    const deprecated = manifest({ nodes: [contracted({ deprecationDate: '2020-01-01T00:00:00Z' })] })
    expect(compareManifests(manifest({ nodes: [] }), deprecated).nodes.get(ID)?.reasons).toHaveLength(1)
  })
})
