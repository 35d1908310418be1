/**
 * A selection reads a manifest as the dbt that wrote it (each rule checked against that minor's dbt-core source
 * and, in `npm run test:versions`, against its real `dbt ls`).
 */
import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import type { ManifestNode } from '../../src/manifest/types.js'
import { selectNodes } from '../../src/selector/select.js'
import type { SelectionInput } from '../../src/selector/types.js'
import { compareManifests } from '../../src/state/compare.js'
import { manifest, model, node } from '../helpers/manifest-builder.js'

const stg = model('stg')
const blank = model('blank', { rawCode: '\n  ' })
const afterBlank = model('after_blank', { dependsOnNodes: [blank.uniqueId] })
const semantic = node('semantic_model', 'orders', { dependsOnNodes: [stg.uniqueId] })

function select(dbtVersion: string, nodes: ManifestNode[], input: Partial<SelectionInput>): string[] {
  const project = manifest({ nodes, dbtVersion })
  const comparison = compareManifests(project, project)
  return selectNodes({ current: project, state: project, comparison, select: [], exclude: [], ...input })
    .selected
}

describe('state: sub-selectors, methods and options of older dbt', () => {
  test('state:modified.contract is refused before dbt 1.5, as dbt 1.4 refuses it', () => {
    expect(() => select('1.4.9', [stg], { select: ['state:modified.contract'] })).toThrow(
      /Got an invalid selector "modified.contract", expected one of \["new","modified",/
    )
    expect(select('1.5.11', [stg], { select: ['state:modified.contract'] })).toEqual([])
  })

  test('state:old and state:unmodified came with dbt 1.6', () => {
    expect(() => select('1.5.11', [stg], { select: ['state:unmodified'] })).toThrow(UserError)
    expect(select('1.6.0', [stg], { select: ['state:unmodified'] })).toEqual([stg.uniqueId])
  })

  test('a method younger than the dbt is that dbt’s error', () => {
    expect(() => select('1.6.9', [stg], { select: ['semantic_model:orders'] })).toThrow(
      /'semantic_model' is not a valid method name in dbt 1\.6\.9/
    )
  })

  test('--indirect-selection buildable came with dbt 1.4, empty with 1.5', () => {
    expect(() => select('1.3.7', [stg], { select: ['stg'], indirectSelection: 'buildable' })).toThrow(
      /invalid choice: 'buildable' in dbt 1\.3\.7/
    )
    expect(() => select('1.4.9', [stg], { select: ['stg'], indirectSelection: 'empty' })).toThrow(UserError)
    expect(select('1.5.11', [stg], { select: ['stg'], indirectSelection: 'empty' })).toEqual([stg.uniqueId])
  })
})

describe('empty-body models', () => {
  const nodes = [stg, blank, afterBlank]

  test('dbt ls from 1.6 lists them and walks through them', () => {
    expect(select('1.6.0', nodes, { select: ['blank+'] })).toEqual([afterBlank.uniqueId, blank.uniqueId])
  })

  test('up to dbt 1.5 they are outside the graph of every command', () => {
    expect(select('1.5.11', nodes, { select: ['blank+'] })).toEqual([])
    expect(select('1.5.11', nodes, { select: ['+after_blank'] })).toEqual([afterBlank.uniqueId])
  })

  test('a build up to dbt 1.8 leaves them out of the graph; from 1.9 it walks through them and drops them', () => {
    expect(select('1.8.0', nodes, { select: ['blank+'], command: 'build' })).toEqual([])
    expect(select('1.9.0', nodes, { select: ['blank+'], command: 'build' })).toEqual([afterBlank.uniqueId])
  })
})

describe('previous versions dbt does not look up', () => {
  test('dbt 1.7 counts an unchanged semantic model as new, and says it is a dbt bug', () => {
    const project = manifest({ nodes: [stg, semantic], dbtVersion: '1.7.19' })
    const comparison = compareManifests(project, project).nodes.get(semantic.uniqueId)
    expect(comparison).toMatchObject({ status: 'new', stateModified: false })
    expect(comparison?.reasons[0].message).toContain('a dbt bug, fixed in dbt 1.8')
  })

  test('legacy metrics of a v9 state are not removed nodes for dbt 1.6+, which drops them when reading it', () => {
    const metric = node('metric', 'order_count', { dependsOnNodes: [stg.uniqueId] })
    const legacy = manifest({ nodes: [stg, metric], dbtVersion: '1.5.11' })
    const state = { ...legacy, metadata: { ...legacy.metadata, schemaVersion: 9 } }
    expect(
      compareManifests(manifest({ nodes: [stg], dbtVersion: '1.6.0' }), state).nodes.has(metric.uniqueId)
    ).toBe(false)
    expect(compareManifests(legacy, state).nodes.get(metric.uniqueId)?.status).toBe('unmodified')
  })

  test('dbt 1.8 finds it unmodified', () => {
    const project = manifest({ nodes: [stg, semantic], dbtVersion: '1.8.0' })
    expect(compareManifests(project, project).nodes.get(semantic.uniqueId)?.status).toBe('unmodified')
  })
})
