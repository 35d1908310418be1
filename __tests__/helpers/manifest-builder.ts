import type {
  Macro,
  Manifest,
  ManifestNode,
  ManifestSection,
  ResourceType
} from '../../src/manifest/types.js'

/**
 * Small typed manifests for unit tests, with the defaults dbt's dataclasses fill in. Nodes belong to package
 * `test` unless overridden; graph edges come from `dependsOnNodes`.
 */
const PACKAGE = 'test'

const SECTION_BY_TYPE: Record<ResourceType, ManifestSection> = {
  model: 'nodes',
  seed: 'nodes',
  snapshot: 'nodes',
  test: 'nodes',
  analysis: 'nodes',
  operation: 'nodes',
  sql_operation: 'nodes',
  source: 'sources',
  exposure: 'exposures',
  metric: 'metrics',
  semantic_model: 'semantic_models',
  saved_query: 'saved_queries',
  unit_test: 'unit_tests',
  function: 'functions'
}

export function node(
  resourceType: ResourceType,
  name: string,
  overrides: Partial<ManifestNode> = {}
): ManifestNode {
  const isNodeSection = SECTION_BY_TYPE[resourceType] === 'nodes' || resourceType === 'function'
  return {
    uniqueId: `${resourceType}.${PACKAGE}.${name}`,
    resourceType,
    section: SECTION_BY_TYPE[resourceType],
    name,
    packageName: PACKAGE,
    fqn: [PACKAGE, name],
    originalFilePath: `${resourceType}s/${name}.sql`,
    path: `${name}.sql`,
    patchPath: null,
    enabled: true,
    dependsOnNodes: [],
    dependsOnMacros: [],
    rawCode: isNodeSection ? `select 1 as id -- ${name}` : '',
    language: isNodeSection ? 'sql' : null,
    config: { enabled: true, ...(resourceType === 'model' ? { materialized: 'view' } : {}) },
    unrenderedConfig: {},
    description: '',
    columns: {},
    tags: [],
    meta: {},
    checksum: { name: 'sha256', checksum: `sha-${name}` },
    database: 'db',
    schema: 'analytics',
    alias: name,
    relationName: `"db"."analytics"."${name}"`,
    contract: { enforced: false, checksum: null },
    constraints: [],
    version: null,
    latestVersion: null,
    access: 'protected',
    deprecationDate: null,
    testMetadata: null,
    attachedNode: null,
    columnName: null,
    extra: {},
    ...overrides
  }
}

export const model = (name: string, overrides: Partial<ManifestNode> = {}): ManifestNode =>
  node('model', name, overrides)

export const seed = (name: string, overrides: Partial<ManifestNode> = {}): ManifestNode =>
  node('seed', name, { originalFilePath: `seeds/${name}.csv`, rawCode: '', ...overrides })

/** A generic test such as `not_null_<model>_<column>`, attached to `model` and depending on its test macro. */
export function genericTest(
  testName: string,
  model: ManifestNode,
  column: string,
  overrides: Partial<ManifestNode> = {}
): ManifestNode {
  const name = `${testName}_${model.name}_${column}`
  return node('test', name, {
    uniqueId: `test.${PACKAGE}.${name}.0123456789`,
    fqn: [PACKAGE, name],
    originalFilePath: 'models/schema.yml',
    rawCode: `{{ test_${testName}(**_dbt_generic_test_kwargs) }}`,
    dependsOnNodes: [model.uniqueId],
    dependsOnMacros: [`macro.dbt.test_${testName}`],
    testMetadata: { name: testName, namespace: null, kwargs: { column_name: column } },
    attachedNode: model.uniqueId,
    columnName: column,
    config: { enabled: true, severity: 'ERROR' },
    ...overrides
  })
}

export const source = (
  sourceName: string,
  table: string,
  overrides: Partial<ManifestNode> = {}
): ManifestNode =>
  node('source', table, {
    uniqueId: `source.${PACKAGE}.${sourceName}.${table}`,
    fqn: [PACKAGE, sourceName, table],
    originalFilePath: 'models/sources.yml',
    extra: {
      source_name: sourceName,
      identifier: table,
      unrendered_database: null,
      unrendered_schema: null,
      quoting: { database: null, schema: null, identifier: null, column: null },
      freshness: null,
      loaded_at_field: null,
      external: null
    },
    ...overrides
  })

export const exposure = (name: string, overrides: Partial<ManifestNode> = {}): ManifestNode =>
  node('exposure', name, {
    originalFilePath: 'models/exposures.yml',
    extra: {
      type: 'dashboard',
      owner: { email: 'owner@example.com', name: null },
      maturity: null,
      url: null,
      label: null
    },
    ...overrides
  })

export function macro(uniqueId: string, macroSql: string, dependsOnMacros: string[] = []): Macro {
  const [, packageName, name] = uniqueId.split('.')
  return { uniqueId, name, packageName, originalFilePath: `macros/${name}.sql`, macroSql, dependsOnMacros }
}

export interface ManifestParts {
  nodes: ManifestNode[]
  macros?: Macro[]
  disabled?: ManifestNode[]
  dbtVersion?: string
  adapterType?: string | null
}

export function manifest(parts: ManifestParts): Manifest {
  const nodes = new Map(parts.nodes.map(n => [n.uniqueId, n]))
  const parents = new Map<string, string[]>()
  const children = new Map<string, string[]>()
  for (const n of nodes.values()) {
    parents.set(n.uniqueId, [])
    children.set(n.uniqueId, children.get(n.uniqueId) ?? [])
  }
  for (const n of nodes.values()) {
    for (const parent of n.dependsOnNodes) {
      if (!nodes.has(parent)) continue
      parents.get(n.uniqueId)?.push(parent)
      children.get(parent)?.push(n.uniqueId)
    }
  }
  return {
    path: 'memory://manifest.json',
    metadata: {
      schemaVersion: 12,
      dbtVersion: parts.dbtVersion ?? '1.12.3',
      adapterType: parts.adapterType === undefined ? 'postgres' : parts.adapterType,
      generatedAt: null,
      projectName: PACKAGE,
      invocationId: null
    },
    nodes,
    disabled: new Map((parts.disabled ?? []).map(n => [n.uniqueId, n])),
    macros: new Map((parts.macros ?? []).map(m => [m.uniqueId, m])),
    parents,
    children
  }
}

/** A copy of `base` with one node replaced by `change(node)`: the usual "edit one thing" for state tests. */
export function withNode(
  base: Manifest,
  uniqueId: string,
  change: (node: ManifestNode) => ManifestNode
): Manifest {
  const existing = base.nodes.get(uniqueId)
  if (!existing) throw new Error(`no node ${uniqueId} in the manifest`)
  return rebuild(
    base,
    [...base.nodes.values()].map(n => (n.uniqueId === uniqueId ? change(structuredClone(n)) : n))
  )
}

export function withoutNode(base: Manifest, uniqueId: string): Manifest {
  return rebuild(
    base,
    [...base.nodes.values()].filter(n => n.uniqueId !== uniqueId)
  )
}

export function withAddedNodes(base: Manifest, ...added: ManifestNode[]): Manifest {
  return rebuild(base, [...base.nodes.values(), ...added])
}

export function withMacro(base: Manifest, added: Macro): Manifest {
  const result = rebuild(base, [...base.nodes.values()])
  result.macros = new Map(base.macros)
  result.macros.set(added.uniqueId, added)
  return result
}

function rebuild(base: Manifest, nodes: ManifestNode[]): Manifest {
  return {
    ...manifest({
      nodes,
      macros: [...base.macros.values()],
      disabled: [...base.disabled.values()],
      dbtVersion: base.metadata.dbtVersion,
      adapterType: base.metadata.adapterType
    }),
    metadata: base.metadata
  }
}
