/**
 * What the selector of each dbt minor knows, so that a selection reads a manifest as the dbt that wrote it:
 * its `state:` sub-selectors, its methods, its `--indirect-selection` modes, and where empty-body nodes stand.
 * Each entry is checked against that minor's dbt-core source (`graph/selector_methods.py`, `graph/selector.py`,
 * `main.py`/`cli/params.py`) and the version matrix (`npm run test:versions`).
 */
import { UserError } from '../errors.js'
import { formatDbtVersion, isAtLeast, type DbtVersion } from '../state/dbt-version.js'
import type { IndirectSelection, MethodName } from './selector-syntax.js'

/** `StateSelectorMethod.search`'s `state_checks`, with the minor that added each (in dbt's order). */
const STATE_VALUES: readonly (readonly [string, number])[] = [
  ['new', 0],
  ['old', 6],
  ['modified', 0],
  ['unmodified', 6],
  ['modified.body', 0],
  ['modified.configs', 0],
  ['modified.persisted_descriptions', 0],
  ['modified.relation', 0],
  ['modified.macros', 0],
  ['modified.contract', 5]
]

/** Methods younger than dbt 1.3, with the minor that added them (`MethodName`). */
const METHOD_SINCE: Partial<Record<MethodName, number>> = {
  group: 5,
  access: 5,
  version: 5,
  semantic_model: 7,
  saved_query: 7,
  unit_test: 8,
  selector: 12
}

const INDIRECT_SINCE: Record<IndirectSelection, number> = { eager: 0, cautious: 0, buildable: 4, empty: 5 }

/** The command a selection is for: `dbt ls` keeps empty-body nodes (1.6+), the commands that run nodes do not. */
export type SelectionCommand = 'list' | 'build'

/**
 * How a selection treats nodes whose body is empty: as graph members (`dbt ls` from 1.6), outside the graph
 * so that `+` does not walk through them (every command up to 1.5, `dbt build` up to 1.8), or in the graph but
 * dropped from the result (`dbt build` from 1.9).
 */
export type EmptyNodeRule = 'member' | 'outside_graph' | 'dropped'

export interface SelectorRules {
  version: DbtVersion
  stateValues: string[]
  emptyNodes: EmptyNodeRule
  /** Throws dbt's refusal when this dbt has no such method. */
  checkMethod(method: MethodName): void
  /** Throws dbt's refusal when this dbt has no such `--indirect-selection` mode. */
  checkIndirectSelection(mode: IndirectSelection): void
}

export function selectorRules(version: DbtVersion, command: SelectionCommand): SelectorRules {
  const has = (minor: number): boolean => isAtLeast(version, 1, minor)
  const name = `dbt ${formatDbtVersion(version)}`
  return {
    version,
    stateValues: STATE_VALUES.filter(([, minor]) => has(minor)).map(([value]) => value),
    emptyNodes: !has(6)
      ? 'outside_graph'
      : command === 'list'
        ? 'member'
        : has(9)
          ? 'dropped'
          : 'outside_graph',
    checkMethod(method) {
      const since = METHOD_SINCE[method]
      if (since !== undefined && !has(since))
        throw new UserError(
          `'${method}' is not a valid method name in ${name} (the \`${method}:\` method came with dbt 1.${since}): the manifest was written by ${name}, so select as it does or upgrade dbt.`
        )
    },
    checkIndirectSelection(mode) {
      if (!has(INDIRECT_SINCE[mode])) {
        const modes = Object.entries(INDIRECT_SINCE)
          .filter(([, minor]) => has(minor))
          .map(([m]) => `'${m}'`)
        throw new UserError(
          `--indirect-selection: invalid choice: '${mode}' in ${name} (choose from ${modes.join(', ')}; '${mode}' came with dbt 1.${INDIRECT_SINCE[mode]}).`
        )
      }
    }
  }
}
