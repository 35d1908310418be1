import { parse } from 'yaml'
import { UserError } from '../errors.js'
import {
  INDIRECT_SELECTION_MODES,
  parseCriterion,
  parseMethod,
  type IndirectSelection,
  type SelectionCriterion,
  type SelectionGroup,
  type SelectionSpec
} from './selector-syntax.js'
import { isObject } from '../util/object.js'

export interface NamedSelector {
  name: string
  default: boolean
  definition: SelectionSpec
}

/** A project's selectors.yml, parsed as dbt parses it when it loads the project (`config/selectors.py`). */
export interface SelectorsFile {
  file: string
  /** In file order. */
  selectors: NamedSelector[]
}

type Raw = unknown

/**
 * Parses selectors.yml like dbt's `SelectorConfig.from_path` + `parse_from_selectors_definition`: every
 * definition is parsed up front, so a bad one fails every command, as in dbt. `indirectSelection` is the
 * `--indirect-selection` of the run: criteria without their own `indirect_selection` take it, set operations
 * keep dbt's eager default.
 */
export function parseSelectorsFile(
  text: string,
  file: string,
  indirectSelection: IndirectSelection,
  env: Readonly<Record<string, string | undefined>> = process.env
): SelectorsFile {
  let data: Raw
  try {
    data = parse(text)
  } catch (error) {
    throw new UserError(`Could not read selector file ${file}: ${(error as Error).message}`)
  }
  if (data === null || data === undefined)
    throw new UserError(`Could not read selector file ${file}: No data found in selector file.`)
  const fail: (problem: string) => never = problem => {
    throw new UserError(
      `Could not parse selector file ${file}: ${problem} See https://docs.getdbt.com/reference/node-selection/yaml-selectors.`
    )
  }
  const rendered = render(data, env, fail)
  if (!isObject(rendered) || !Array.isArray(rendered.selectors))
    fail('the file needs a top-level `selectors:` list.')
  const selectors: NamedSelector[] = []
  let defaultName: string | null = null
  for (const entry of (rendered as { selectors: Raw[] }).selectors) {
    if (!isObject(entry) || typeof entry.name !== 'string')
      fail('every selector needs a `name` (a string) and a `definition`.')
    const { name, definition } = entry as { name: string; definition: Raw }
    if (typeof definition !== 'string' && !isObject(definition))
      fail(
        `selector \`${name}\` needs a \`definition\`: a string or a dictionary (union, intersection, method/value), not a list.`
      )
    if (entry.default !== undefined && typeof entry.default !== 'boolean')
      fail(`\`default\` of selector \`${name}\` must be true or false.`)
    const isDefault = entry.default === true
    if (isDefault && defaultName !== null) {
      throw new UserError(
        `Error when parsing the selector file ${file}. Found multiple selectors with \`default: true\`:${defaultName} and ${name}`
      )
    }
    if (isDefault) defaultName = name
    try {
      selectors.push({
        name,
        default: isDefault,
        definition: parseDefinition(definition, indirectSelection, true)
      })
    } catch (error) {
      throw new UserError(
        `Could not read selector file data in ${file} (selector \`${name}\`): ${(error as Error).message}`
      )
    }
  }
  return { file, selectors }
}

/** dbt renders selectors.yml with its base Jinja context; env_var() is what selector files use. */
function render(
  value: Raw,
  env: Readonly<Record<string, string | undefined>>,
  fail: (problem: string) => never
): Raw {
  if (Array.isArray(value)) return value.map(item => render(item, env, fail))
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v, env, fail)]))
  if (typeof value !== 'string' || !/\{[{%#]/.test(value)) return value
  return value
    .replace(
      /\{\{\s*env_var\(\s*(['"])([^'"]+)\1\s*(?:,\s*(['"])([^'"]*)\3\s*)?\)\s*\}\}/g,
      (_, _q, name: string, _q2, fallback?: string) => {
        const found = env[name] ?? fallback
        if (found === undefined) fail(`Env var required but not provided: '${name}'.`)
        return found as string
      }
    )
    .replace(/\{[{%#][\s\S]*?[}%#]\}/, expression =>
      fail(
        `\`${expression}\` is Jinja this tool cannot render in a selector file: only {{ env_var('NAME') }} and {{ env_var('NAME', 'default') }} are supported.`
      )
    )
}

/** `graph/cli.py` `parse_from_definition`. */
function parseDefinition(
  definition: Raw,
  indirectSelection: IndirectSelection,
  rootLevel = false
): SelectionSpec {
  if (typeof definition === 'string') return parseCriterion(definition, indirectSelection)
  if (!isObject(definition))
    throw new UserError(
      `Expected to find union, intersection, str or dict, instead found ${JSON.stringify(definition)}`
    )
  const setKey = 'union' in definition ? 'union' : 'intersection' in definition ? 'intersection' : null
  if (setKey && rootLevel && Object.keys(definition).length > 1)
    throw new UserError(
      `Only a single 'union' or 'intersection' key is allowed in a root level selector definition; found ${Object.keys(definition).join(',')}.`
    )
  if (setKey) return parseSetDefinition(setKey, definition, indirectSelection)
  return parseDictDefinition(definition, indirectSelection)
}

function listAt(definition: Record<string, Raw>, key: string): Raw[] {
  const values = definition[key]
  if (!Array.isArray(values)) throw new UserError(`Invalid value for key "${key}". Expected a list.`)
  for (const value of values)
    if (typeof value !== 'string' && !isObject(value))
      throw new UserError(
        `Invalid value type ${JSON.stringify(value)} in key "${key}", expected dict or str.`
      )
  return values
}

function exclusions(
  definition: Record<string, Raw>,
  indirectSelection: IndirectSelection
): SelectionSpec | null {
  const parts = listAt(definition, 'exclude').map(part => parseDefinition(part, indirectSelection))
  if (parts.length === 0) return null
  if (parts.length === 1) return parts[0]
  return group('union', parts, JSON.stringify(definition.exclude))
}

function group(kind: SelectionGroup['kind'], components: SelectionSpec[], raw: string): SelectionGroup {
  // dbt builds YAML set operations with the default indirect selection, whatever the flag says.
  return { kind, raw, components, indirectSelection: 'eager' }
}

function parseSetDefinition(
  kind: 'union' | 'intersection',
  definition: Record<string, Raw>,
  indirectSelection: IndirectSelection
): SelectionSpec {
  const include: SelectionSpec[] = []
  let exclude: SelectionSpec | null = null
  let sawExclude = false
  for (const part of listAt(definition, kind)) {
    if (isObject(part) && 'exclude' in part) {
      if (sawExclude)
        throw new UserError(
          'You cannot provide multiple exclude arguments to the same selector set operator.'
        )
      sawExclude = true
      exclude = exclusions(part, indirectSelection)
    } else include.push(parseDefinition(part, indirectSelection))
  }
  const raw = JSON.stringify(definition)
  const combined = group(kind, include, raw)
  return exclude ? group('difference', [combined, exclude], raw) : combined
}

/** `{method: value}` or `{method, value, parents, children, …, exclude}`. */
function parseDictDefinition(
  definition: Record<string, Raw>,
  indirectSelection: IndirectSelection
): SelectionSpec {
  const keys = Object.keys(definition)
  let fields: Record<string, Raw>
  let exclude: SelectionSpec | null = null
  if (keys.length === 1) fields = { method: keys[0], value: definition[keys[0]] }
  else if ('method' in definition && 'value' in definition) {
    fields = definition
    if ('exclude' in definition) exclude = exclusions(definition, indirectSelection)
  } else {
    throw new UserError(
      `Expected either 1 key or else "method" and "value" keys, but got ${JSON.stringify(keys)}`
    )
  }
  const criterion = criterionFromFields(JSON.stringify(definition), fields, indirectSelection)
  return exclude ? group('difference', [criterion, exclude], JSON.stringify(definition)) : criterion
}

/** `SelectionCriteria.selection_criteria_from_dict`. */
function criterionFromFields(
  raw: string,
  fields: Record<string, Raw>,
  indirectSelection: IndirectSelection
): SelectionCriterion {
  if (fields.value === undefined) throw new UserError(`Invalid node spec "${raw}" - no search value!`)
  const mode = fields.indirect_selection ?? indirectSelection
  if (!(INDIRECT_SELECTION_MODES as readonly Raw[]).includes(mode))
    throw new UserError(
      `indirect_selection "${String(mode)}" in ${raw}: use one of ${INDIRECT_SELECTION_MODES.join(', ')}.`
    )
  const { method, methodArguments } = parseMethod(String(fields.method), raw)
  const childrensParents = Boolean(fields.childrens_parents)
  const children = Boolean(fields.children)
  if (childrensParents && children)
    throw new UserError(`Invalid node spec ${raw} - "@" prefix and "+" suffix are incompatible.`)
  return {
    kind: 'criterion',
    raw,
    method,
    methodArguments,
    value: String(fields.value),
    childrensParents,
    parents: Boolean(fields.parents),
    parentsDepth: depthOf(fields.parents_depth),
    children,
    childrenDepth: depthOf(fields.children_depth),
    indirectSelection: mode as IndirectSelection
  }
}

function depthOf(value: Raw): number | null {
  if (value === undefined || value === null || value === '' || value === 0) return null
  const depth = Number(value)
  if (!Number.isInteger(depth))
    throw new UserError(`Invalid node spec - could not handle parent depth ${String(value)}`)
  return depth
}
