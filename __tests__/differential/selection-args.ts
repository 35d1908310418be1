import type { IndirectSelection } from '../../src/selector/selector-syntax.js'
import type { SelectionInput } from '../../src/selector/types.js'

/**
 * A catalog selector as our selection input, as the oracle passes it to `dbt ls`: '' is no selection at all,
 * an entry starting with `--` is arguments (`--selector x`, `--indirect-selection m --select y`), anything else
 * is `--select <selector>`.
 */
export function selectionOf(
  selector: string
): Pick<SelectionInput, 'select' | 'selector' | 'indirectSelection'> {
  if (!selector.startsWith('--')) return { select: selector === '' ? [] : [selector], selector: null }
  const args = selector.split(/\s+/)
  const input: Pick<SelectionInput, 'select' | 'selector' | 'indirectSelection'> = {
    select: [],
    selector: null
  }
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]]
    if (flag === '--select') input.select = [value]
    else if (flag === '--selector') input.selector = value
    else if (flag === '--indirect-selection') input.indirectSelection = value as IndirectSelection
    else throw new Error(`The differential tests do not know the dbt argument ${flag} (in "${selector}").`)
  }
  return input
}
