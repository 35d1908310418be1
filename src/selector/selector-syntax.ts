import { UserError } from '../errors.js'

/** dbt's selector methods (`MethodName`). */
export const METHOD_NAMES = [
  'fqn',
  'tag',
  'group',
  'access',
  'source',
  'path',
  'file',
  'package',
  'config',
  'test_name',
  'test_type',
  'resource_type',
  'state',
  'exposure',
  'metric',
  'result',
  'source_status',
  'version',
  'semantic_model',
  'saved_query',
  'unit_test',
  'selector'
] as const
export type MethodName = (typeof METHOD_NAMES)[number]

export type IndirectSelection = 'eager' | 'cautious' | 'buildable' | 'empty'
export const INDIRECT_SELECTION_MODES: readonly IndirectSelection[] = [
  'eager',
  'cautious',
  'buildable',
  'empty'
]

/** One `[@][N+]method[.args]:value[+N]` term. */
export interface SelectionCriterion {
  kind: 'criterion'
  raw: string
  method: MethodName
  methodArguments: string[]
  value: string
  childrensParents: boolean
  parents: boolean
  parentsDepth: number | null
  children: boolean
  childrenDepth: number | null
  indirectSelection: IndirectSelection
}

export interface SelectionGroup {
  kind: 'union' | 'intersection' | 'difference'
  raw: string
  components: SelectionSpec[]
  indirectSelection: IndirectSelection
}

export type SelectionSpec = SelectionCriterion | SelectionGroup

/** `graph/selector_spec.py` RAW_SELECTOR_PATTERN. */
const RAW_SELECTOR_PATTERN =
  /^(?<childrensParents>@)?(?<parents>(?<parentsDepth>\d*)\+)?(?:(?<method>[\w.]+):)?(?<value>.*?)(?<children>\+(?<childrenDepth>\d*))?$/

/** What a bare value means: a path if it has a `/`, a file name if it ends .sql/.py/.csv, else an fqn. */
function defaultMethod(value: string): MethodName {
  if (value.includes('/')) return 'path'
  if (/\.(sql|py|csv)$/i.test(value)) return 'file'
  return 'fqn'
}

/** `method.arg1.arg2` of a criterion, e.g. `config.materialized`. */
export function parseMethod(text: string, raw: string): { method: MethodName; methodArguments: string[] } {
  const [name, ...methodArguments] = text.split('.')
  if (!(METHOD_NAMES as readonly string[]).includes(name)) {
    throw new UserError(
      `'${name}' is not a valid method name in selector "${raw}". Valid methods: ${METHOD_NAMES.join(', ')}.`
    )
  }
  return { method: name as MethodName, methodArguments }
}

export function parseCriterion(raw: string, indirectSelection: IndirectSelection): SelectionCriterion {
  const match = RAW_SELECTOR_PATTERN.exec(raw)
  if (!match?.groups)
    throw new UserError(`Invalid selector spec "${raw}": check the --select/--exclude value.`)
  const groups = match.groups
  const value = groups.value ?? ''
  const { method, methodArguments } =
    groups.method === undefined
      ? { method: defaultMethod(value), methodArguments: [] }
      : parseMethod(groups.method, raw)
  const childrensParents = groups.childrensParents !== undefined
  const children = groups.children !== undefined
  if (childrensParents && children) {
    throw new UserError(`Invalid node spec ${raw} - "@" prefix and "+" suffix are incompatible.`)
  }
  return {
    kind: 'criterion',
    raw,
    method,
    methodArguments,
    value,
    childrensParents,
    parents: groups.parents !== undefined,
    parentsDepth: depth(groups.parentsDepth),
    children,
    childrenDepth: depth(groups.childrenDepth),
    indirectSelection
  }
}

function depth(text: string | undefined): number | null {
  return text ? Number(text) : null
}

/**
 * `graph/cli.py` `parse_union`: every argument is split on spaces (union); each part is split on commas
 * (intersection).
 */
export function parseUnion(args: readonly string[], indirectSelection: IndirectSelection): SelectionGroup {
  const parts = args.flatMap(arg => arg.split(' ')).filter(part => part.length > 0)
  return {
    kind: 'union',
    raw: args.join(' '),
    indirectSelection,
    components: parts.map(part => ({
      kind: 'intersection',
      raw: part,
      indirectSelection,
      components: part.split(',').map(term => parseCriterion(term, indirectSelection))
    }))
  }
}

/**
 * `--select` minus `--exclude`. As in dbt, the difference group itself always uses eager indirect selection,
 * so tests attached to excluded nodes go with them.
 */
export function parseSelection(
  select: readonly string[],
  exclude: readonly string[],
  indirectSelection: IndirectSelection
): SelectionGroup {
  return {
    kind: 'difference',
    raw: `${select.join(' ')} --exclude ${exclude.join(' ')}`,
    indirectSelection: 'eager',
    components: [parseUnion(select, indirectSelection), parseUnion(exclude, indirectSelection)]
  }
}
