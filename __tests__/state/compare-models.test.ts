import { describe, expect, test } from '@jest/globals'
import { compareManifests } from '../../src/state/compare.js'
import { manifest, model, withAddedNodes, withNode } from '../helpers/manifest-builder.js'
import { dbtTestProject, stateSearch } from './dbt-test-project.js'

const state = dbtTestProject()
const VIEW = 'model.test.view_model'
const TABLE = 'model.test.table_model'

describe('state comparison of models (dbt unit tests T1–T5, T23–T24)', () => {
  test('T1: a manifest compared with itself has nothing new or modified', () => {
    for (const value of [
      'modified',
      'new',
      'modified.configs',
      'modified.persisted_descriptions',
      'modified.relation',
      'modified.macros'
    ]) {
      expect(stateSearch(state, state, value)).toEqual([])
    }
  })

  test('T3: an added model is modified, new and modified.body, but not old or unmodified', () => {
    const current = withAddedNodes(state, model('another_model'))
    const id = 'model.test.another_model'
    expect(stateSearch(current, state, 'modified')).toContain(id)
    expect(stateSearch(current, state, 'new')).toContain(id)
    expect(stateSearch(current, state, 'modified.body')).toContain(id)
    expect(stateSearch(current, state, 'old')).not.toContain(id)
    expect(stateSearch(current, state, 'unmodified')).not.toContain(id)
  })

  test('T4: a changed body is modified and modified.body only', () => {
    const current = withNode(state, VIEW, n => ({ ...n, rawCode: `${n.rawCode} where 1 = 1` }))
    expect(stateSearch(current, state, 'modified')).toEqual([VIEW])
    expect(stateSearch(current, state, 'modified.body')).toEqual([VIEW])
    for (const value of [
      'new',
      'modified.configs',
      'modified.persisted_descriptions',
      'modified.relation',
      'modified.macros'
    ]) {
      expect(stateSearch(current, state, value)).toEqual([])
    }
  })

  test('interior whitespace changes count as body changes', () => {
    const current = withNode(state, VIEW, n => ({
      ...n,
      rawCode: n.rawCode.replace('select *', 'select  *')
    }))
    expect(stateSearch(current, state, 'modified')).toEqual([VIEW])
  })

  test('T5: a model whose fqn gained a directory is modified but not new', () => {
    const current = withNode(state, VIEW, n => ({ ...n, fqn: ['test', 'subdir', 'view_model'] }))
    expect(stateSearch(current, state, 'modified')).toEqual([VIEW])
    expect(stateSearch(current, state, 'new')).toEqual([])
    expect(
      compareManifests(current, state)
        .nodes.get(VIEW)
        ?.reasons.map(r => r.code)
    ).toEqual(['fqn_changed'])
  })

  test('T23: top-level tags, meta, rendered relation, unpersisted descriptions and explicit protected access are not changes', () => {
    const current = withNode(state, VIEW, n => ({
      ...n,
      tags: ['new_tag'],
      meta: { owner: 'x' },
      database: 'other_db',
      schema: 'other_schema',
      alias: 'other_alias',
      relationName: '"other_db"."other_schema"."other_alias"',
      description: 'now documented',
      config: { ...n.config, persist_docs: { columns: true } },
      access: 'protected'
    }))
    const stateWithPersist = withNode(state, VIEW, n => ({
      ...n,
      config: { ...n.config, persist_docs: { columns: true } }
    }))
    expect(stateSearch(current, stateWithPersist, 'modified')).toEqual([])
  })

  test('T24: alias/schema/database set in unrendered_config are relation changes', () => {
    const current = withNode(state, VIEW, n => ({
      ...n,
      unrenderedConfig: { ...n.unrenderedConfig, schema: 'marts' }
    }))
    expect(stateSearch(current, state, 'modified.relation')).toEqual([VIEW])
    expect(stateSearch(current, state, 'modified.configs')).toEqual([])
  })

  test('T24: persist_docs.relation false added (None → False) is a config change', () => {
    const current = withNode(state, VIEW, n => ({
      ...n,
      config: { ...n.config, persist_docs: { relation: false } },
      unrenderedConfig: { persist_docs: { relation: false } }
    }))
    expect(stateSearch(current, state, 'modified.configs')).toEqual([VIEW])
  })

  test('T43: access public is a ref-representation change', () => {
    const current = withNode(state, TABLE, n => ({ ...n, access: 'public' }))
    expect(stateSearch(current, state, 'modified')).toEqual([TABLE])
    expect(compareManifests(current, state).nodes.get(TABLE)?.reasons[0]).toMatchObject({
      code: 'ref_representation_changed',
      changes: [{ key: 'access', old: 'protected', new: 'public' }]
    })
  })

  test('T44: an added deprecation_date marks the model modified', () => {
    const current = withNode(state, TABLE, n => ({ ...n, deprecationDate: '2020-01-01T00:00:00' }))
    expect(stateSearch(current, state, 'modified')).toEqual([TABLE])
  })

  test('the same deprecation instant written differently is not a change', () => {
    const before = withNode(state, TABLE, n => ({ ...n, deprecationDate: '2020-01-01T00:00:00Z' }))
    const after = withNode(state, TABLE, n => ({ ...n, deprecationDate: '2020-01-01T01:00:00+01:00' }))
    expect(stateSearch(after, before, 'modified')).toEqual([])
  })

  test('T46: changing latest_version marks every version of the model modified', () => {
    const v1 = model('orders', {
      uniqueId: 'model.test.orders.v1',
      version: 1,
      latestVersion: 1,
      fqn: ['test', 'orders', 'v1']
    })
    const before = manifest({ nodes: [v1] })
    const v2 = {
      ...v1,
      uniqueId: 'model.test.orders.v2',
      version: 2,
      latestVersion: 2,
      fqn: ['test', 'orders', 'v2']
    }
    const after = manifest({ nodes: [{ ...v1, latestVersion: 2 }, v2] })
    expect(stateSearch(after, before, 'modified')).toEqual(['model.test.orders.v1', 'model.test.orders.v2'])
  })

  test('T45: declaring versions gives a new unique_id, and the old id is removed', () => {
    const current = withNode(state, TABLE, n => ({
      ...n,
      uniqueId: 'model.test.table_model.v1',
      version: 1,
      latestVersion: 1
    }))
    expect(stateSearch(current, state, 'modified')).toEqual(['model.test.table_model.v1'])
    expect(compareManifests(current, state).nodes.get(TABLE)?.status).toBe('removed')
  })

  test('T33: explicitly setting the default materialization marks only models that did not set it', () => {
    const current = withNode(state, VIEW, n => ({ ...n, unrenderedConfig: { materialized: 'view' } }))
    expect(stateSearch(current, state, 'modified')).toEqual([VIEW])
  })

  test('every failing check is reported, not just the first', () => {
    const current = withNode(state, VIEW, n => ({
      ...n,
      rawCode: 'select 2',
      unrenderedConfig: { materialized: 'table', alias: 'v' },
      fqn: ['test', 'marts', 'view_model']
    }))
    const codes = compareManifests(current, state)
      .nodes.get(VIEW)
      ?.reasons.map(r => r.code)
    expect(codes).toEqual(['body_changed', 'config_changed', 'fqn_changed', 'relation_changed'])
  })

  test('config reasons list each differing key with old and new values', () => {
    const current = withNode(state, TABLE, n => ({
      ...n,
      unrenderedConfig: { materialized: 'incremental', unique_key: 'id' }
    }))
    expect(compareManifests(current, state).nodes.get(TABLE)?.reasons[0]).toMatchObject({
      code: 'config_changed',
      changes: [
        { key: 'materialized', old: 'table', new: 'incremental' },
        { key: 'unique_key', old: undefined, new: 'id' }
      ],
      message: 'config changed: materialized: "table" → "incremental"; unique_key: (not set) → "id"'
    })
  })
})

describe('flag and cross-version rules', () => {
  const keywordTable = "Keyword(key='materialized', value=Const(value='table'))"
  const rawCode = "{{ config(materialized='table') }}\nselect 1 as id"

  test('a 1.11 Keyword repr equals the 1.12 bare value when the state was written by another dbt version', () => {
    const old = manifest({
      nodes: [model('m', { rawCode, unrenderedConfig: { materialized: keywordTable } })],
      dbtVersion: '1.11.2'
    })
    const current = manifest({
      nodes: [model('m', { rawCode, unrenderedConfig: { materialized: 'table' } })],
      dbtVersion: '1.12.3'
    })
    expect(compareManifests(current, old).nodes.get('model.test.m')?.status).toBe('unmodified')
    expect(compareManifests(current, old).settings.normalisedStaticKwargs).toBe(true)
  })

  test('with the flag off the Keyword repr is compared as written', () => {
    const old = manifest({
      nodes: [model('m', { rawCode, unrenderedConfig: { materialized: keywordTable } })],
      dbtVersion: '1.11.2'
    })
    const current = manifest({
      nodes: [model('m', { rawCode, unrenderedConfig: { materialized: 'table' } })],
      dbtVersion: '1.12.3'
    })
    const comparison = compareManifests(current, old, { stateModifiedCompareMoreUnrenderedValues: false })
    expect(comparison.nodes.get('model.test.m')?.status).toBe('modified')
  })

  test('a legacy (rendered) state config is re-derived from raw_code like dbt 1.12 does', () => {
    const code = "{{ config(check_cols=['email', 'segment']) }}\nselect 1"
    const old = manifest({
      nodes: [model('s', { rawCode: code, unrenderedConfig: { check_cols: ['email', 'segment'] } })],
      dbtVersion: '1.10.23'
    })
    const current = manifest({
      nodes: [model('s', { rawCode: code, unrenderedConfig: { check_cols: "['email', 'segment']" } })],
      dbtVersion: '1.12.3'
    })
    expect(compareManifests(current, old).nodes.get('model.test.s')?.status).toBe('unmodified')
  })

  test('manifests written by the same dbt version are compared as stored', () => {
    const code = "{{ config(check_cols=['email', 'segment']) }}\nselect 1"
    const old = manifest({
      nodes: [model('s', { rawCode: code, unrenderedConfig: { check_cols: ['email', 'segment'] } })],
      dbtVersion: '1.12.3'
    })
    const current = manifest({
      nodes: [model('s', { rawCode: code, unrenderedConfig: { check_cols: "['email', 'segment']" } })],
      dbtVersion: '1.12.3'
    })
    expect(compareManifests(current, old).nodes.get('model.test.s')?.status).toBe('modified')
  })

  test('the flag defaults to on from 1.12, off for 1.9–1.11 and legacy before', () => {
    const m = (version: string) => manifest({ nodes: [], dbtVersion: version })
    expect(compareManifests(m('1.12.0'), m('1.12.0')).settings.unrenderedValues).toBe('on')
    expect(compareManifests(m('1.10.3'), m('1.10.3')).settings.unrenderedValues).toBe('off')
    expect(compareManifests(m('1.8.9'), m('1.8.9')).settings.unrenderedValues).toBe('legacy')
    expect(compareManifests(m('1.8.9'), m('1.8.9'), { dbtVersion: '1.12.1' }).settings.unrenderedValues).toBe(
      'on'
    )
  })
})
