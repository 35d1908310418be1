import type { Json, JsonObject, Manifest, ManifestNode } from '../manifest/types.js'
import { UserError } from '../errors.js'
import { fnmatch, hasWildcard } from './fnmatch.js'
import type { SelectionCriterion } from './selector-syntax.js'

/** dbt's `NodeType` values: a `resource_type:` value outside this list is an error. */
const NODE_TYPES = new Set([
  'model',
  'analysis',
  'test',
  'snapshot',
  'operation',
  'seed',
  'rpc',
  'sql_operation',
  'doc',
  'source',
  'macro',
  'exposure',
  'metric',
  'group',
  'saved_query',
  'semantic_model',
  'unit_test',
  'fixture',
  'function'
])

const isParsedNode = (node: ManifestNode): boolean => node.section === 'nodes'

/**
 * The non-`state:` selector methods of `graph/selector_methods.py`, over the included (enabled) nodes of the
 * current manifest. Returns the matching unique_ids.
 */
export function searchNodeMethod(
  criterion: SelectionCriterion,
  included: readonly ManifestNode[],
  current: Manifest
): Set<string> {
  const value = criterion.value
  const pick = (predicate: (node: ManifestNode) => boolean): Set<string> =>
    new Set(included.filter(predicate).map(node => node.uniqueId))
  switch (criterion.method) {
    case 'fqn':
      return pick(node => node.resourceType !== 'source' && fqnMatches(value, node))
    case 'tag':
      return pick(node => node.tags.some(tag => fnmatch(tag, value)))
    case 'group':
      return pick(node => {
        if (!isParsedNode(node) && node.resourceType !== 'metric') return false
        const group = node.config.group
        return typeof group === 'string' && group.length > 0 && fnmatch(group, value)
      })
    case 'access':
      return pick(node => node.resourceType === 'model' && node.access === value)
    case 'source':
      return searchSource(value, included)
    case 'exposure':
    case 'metric':
    case 'semantic_model':
    case 'saved_query':
    case 'unit_test':
      return searchPackageAndName(criterion.method, value, included)
    case 'path':
      return pick(
        node =>
          pathMatches(value, node.originalFilePath, true) ||
          (node.patchPath !== null && pathMatches(value, node.patchPath, false))
      )
    case 'version':
      return searchVersion(value, included)
    case 'file':
      return pick(node => {
        const name = node.originalFilePath.split('/').pop() ?? ''
        const stem = name.includes('.') && !name.startsWith('.') ? name.slice(0, name.lastIndexOf('.')) : name
        return fnmatch(name, value) || fnmatch(stem, value)
      })
    case 'package': {
      const pattern =
        value === 'this' && current.metadata.projectName !== null ? current.metadata.projectName : value
      return pick(node => fnmatch(node.packageName, pattern))
    }
    case 'config':
      return pick(
        node =>
          (isParsedNode(node) || node.resourceType === 'source') &&
          configMatches(node.config, criterion.methodArguments, value)
      )
    case 'resource_type':
      if (!NODE_TYPES.has(value))
        throw new UserError(
          `Invalid resource_type selector "${value}": use one of ${[...NODE_TYPES].join(', ')}.`
        )
      return pick(node => node.resourceType === value)
    case 'test_name':
      return pick(node =>
        node.resourceType === 'test'
          ? node.testMetadata !== null && fnmatch(node.testMetadata.name, value)
          : node.resourceType === 'unit_test' && fnmatch(node.name, value)
      )
    case 'test_type':
      return searchTestType(value, included)
    default:
      throw new Error(`searchNodeMethod does not handle the ${criterion.method} method (${criterion.raw}).`)
  }
}

/** `is_selected_node` of `selector_methods.py`, tried with and without the package prefix. */
function fqnMatches(selector: string, node: ManifestNode): boolean {
  const versioned = node.resourceType === 'model' && node.version !== null
  return (
    isSelectedNode(node.fqn, selector, versioned) || isSelectedNode(node.fqn.slice(1), selector, versioned)
  )
}

function isSelectedNode(fqn: string[], selector: string, versioned: boolean): boolean {
  if (fqn.length === 0) return false
  const selectorParts = selector.split('.')
  if (versioned) {
    if (fqn.length >= 2 && fqn[fqn.length - 2] === selector) return true
    if (fqn.slice(-2).join('_') === selectorParts.slice(-2).join('_')) return true
  } else if (fqn[fqn.length - 1] === selector) return true
  const flatFqn = fqn.flatMap(segment => segment.split('.'))
  if (flatFqn.length < selectorParts.length) return false
  const slurpFrom = selectorParts.findIndex(part => hasWildcard(part))
  const exactParts = slurpFrom === -1 ? selectorParts : selectorParts.slice(0, slurpFrom)
  if (!exactParts.every((part, index) => flatFqn[index] === part)) return false
  if (slurpFrom === -1) return true
  return fnmatch(flatFqn.slice(slurpFrom).join('.'), selectorParts.slice(slurpFrom).join('.'))
}

function searchSource(value: string, included: readonly ManifestNode[]): Set<string> {
  const parts = value.split('.')
  if (parts.length > 3) {
    throw new UserError(
      `Invalid source selector value "${value}". Sources must be of the form \${source_name}, \${source_name}.\${target_name}, or \${package_name}.\${source_name}.\${target_name}.`
    )
  }
  const [pkg, source, table] =
    parts.length === 3 ? parts : parts.length === 2 ? ['*', ...parts] : ['*', parts[0], '*']
  return new Set(
    included
      .filter(
        node =>
          node.resourceType === 'source' &&
          fnmatch(node.packageName, pkg) &&
          fnmatch(typeof node.extra.source_name === 'string' ? node.extra.source_name : '', source) &&
          fnmatch(node.name, table)
      )
      .map(node => node.uniqueId)
  )
}

function searchPackageAndName(
  resourceType: string,
  value: string,
  included: readonly ManifestNode[]
): Set<string> {
  const parts = value.split('.')
  if (parts.length > 2) {
    throw new UserError(
      `Invalid ${resourceType} selector value "${value}": use \${name} or \${package_name}.\${name}.`
    )
  }
  const [pkg, name] = parts.length === 2 ? parts : ['*', parts[0]]
  return new Set(
    included
      .filter(
        node =>
          node.resourceType === resourceType && fnmatch(node.packageName, pkg) && fnmatch(node.name, name)
      )
      .map(node => node.uniqueId)
  )
}

/**
 * `VersionSelectorMethod` over models: `latest` (version equals latest_version), `prerelease` / `old` (version
 * after / before latest_version, compared as numbers when both read as Python floats, else as strings; a
 * falsy version such as 0 is neither), `none` (unversioned).
 */
function searchVersion(value: string, included: readonly ManifestNode[]): Set<string> {
  const models = included.filter(node => node.resourceType === 'model')
  const compared = (node: ManifestNode): number | null =>
    node.version && node.latestVersion ? compareVersions(node.version, node.latestVersion) : null
  let predicate: (node: ManifestNode) => boolean
  if (value === 'latest') predicate = node => node.version !== null && node.version === node.latestVersion
  else if (value === 'prerelease') predicate = node => (compared(node) ?? 0) > 0
  else if (value === 'old') predicate = node => (compared(node) ?? 0) < 0
  else if (value === 'none') predicate = node => node.version === null
  else
    throw new UserError(
      `Invalid version type selector ${value}: expected one of: "latest", "prerelease", "old", or "none"`
    )
  return new Set(models.filter(predicate).map(node => node.uniqueId))
}

/** `UnparsedVersion.__lt__`: float order when both convert, else string order. */
function compareVersions(a: string | number, b: string | number): number {
  const [x, y] = [pythonFloat(a), pythonFloat(b)]
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0
  const [p, q] = [String(a), String(b)]
  return p < q ? -1 : p > q ? 1 : 0
}

const PYTHON_FLOAT =
  /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i

function pythonFloat(value: string | number): number | null {
  if (typeof value === 'number') return value
  const text = value.trim()
  if (!PYTHON_FLOAT.test(text)) return null
  if (/inf/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity
  if (/nan/i.test(text)) return Number.NaN
  return Number(text.replace(/_/g, ''))
}

/**
 * dbt globs the pattern on disk relative to the project root and matches nodes whose file, a folder
 * containing it, or the properties YAML that patched it (`patch_path`, not its folders) is a result. Without the
 * project on disk, the glob runs against those paths segment by segment (`*` stays within a folder, `**` spans
 * folders).
 */
function pathMatches(pattern: string, filePath: string, orParentFolder: boolean): boolean {
  const patternParts = pattern
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
    .split('/')
    .filter(part => part.length > 0)
  const pathParts = filePath.split('/')
  const shortest = orParentFolder ? 1 : pathParts.length
  for (let length = pathParts.length; length >= shortest; length--) {
    if (globSegments(patternParts, pathParts.slice(0, length))) return true
  }
  return false
}

function globSegments(pattern: string[], path: string[]): boolean {
  if (pattern.length === 0) return path.length === 0
  const [head, ...rest] = pattern
  if (head === '**')
    return path.some((_, index) => globSegments(rest, path.slice(index))) || globSegments(rest, [])
  return path.length > 0 && fnmatch(path[0], head) && globSegments(rest, path.slice(1))
}

/** `ConfigSelectorMethod`: string equality (case-insensitive for severity), `true`/`false` match booleans. */
function configMatches(config: JsonObject, keys: string[], selector: string): boolean {
  let value: Json | undefined = config
  for (const key of keys) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, key))
      return false
    value = value[key]
  }
  const caseInsensitive = keys.length === 1 && keys[0] === 'severity'
  const equalsSelector = (candidate: Json): boolean =>
    typeof candidate === 'string' &&
    (caseInsensitive ? candidate.toUpperCase() === selector.toUpperCase() : candidate === selector)
  const upper = selector.toUpperCase()
  if (Array.isArray(value)) {
    return (
      value.some(equalsSelector) ||
      (upper === 'TRUE' && value.some(item => item === true || item === 1)) ||
      (upper === 'FALSE' && value.some(item => item === false || item === 0))
    )
  }
  return (
    value !== undefined &&
    (equalsSelector(value) || (upper === 'TRUE' && value === true) || (upper === 'FALSE' && value === false))
  )
}

/** `TestTypeSelectorMethod`, including its `selector in ("data")` substring test. */
function searchTestType(value: string, included: readonly ManifestNode[]): Set<string> {
  const isGeneric = (node: ManifestNode): boolean =>
    node.resourceType === 'test' && node.testMetadata !== null
  const isSingular = (node: ManifestNode): boolean =>
    node.resourceType === 'test' && node.testMetadata === null
  let predicate: (node: ManifestNode) => boolean
  if (value === 'generic' || value === 'schema') predicate = isGeneric
  else if ('data'.includes(value)) predicate = node => node.resourceType === 'test'
  else if ('singular'.includes(value)) predicate = isSingular
  else if ('unit'.includes(value)) predicate = node => node.resourceType === 'unit_test'
  else
    throw new UserError(
      `Invalid test type selector ${value}: expected "generic", "singular", "unit", or "data".`
    )
  return new Set(included.filter(predicate).map(node => node.uniqueId))
}
