import { INDIRECT_SELECTION_MODES } from '../selector/selector-syntax.js'
import { selectNodes } from '../selector/select.js'
import { explainNode } from '../state/explain.js'
import { choiceOption, stringListOption, stringOption } from './args.js'
import type { CliCommand } from './command.js'
import { loadStateInputs, STATE_OPTIONS, STATE_OPTIONS_USAGE } from './state-inputs.js'

export const explainCommand: CliCommand = {
  name: 'explain',
  summary: 'say in plain words why one node is or is not selected',
  usage: `Usage: dbt-slim-ci explain --state <dir|file> --manifest <file> [options] <node>

<node> is a unique_id (model.my_project.orders) or a node name.

${STATE_OPTIONS_USAGE}
  --select <expr>        the selection to explain against; repeatable (default: state:modified+)
  --exclude <expr>       repeatable
  --selector <name>      a selector of selectors.yml, instead of --select/--exclude
  --indirect-selection <eager|cautious|buildable|empty>   default eager
`,
  options: {
    ...STATE_OPTIONS,
    select: { type: 'string', multiple: true, short: 's' },
    exclude: { type: 'string', multiple: true },
    selector: { type: 'string' },
    'indirect-selection': { type: 'string' }
  },
  positionals: 1,
  async run(args, io) {
    const indirectSelection = choiceOption(
      args,
      'explain',
      'indirect-selection',
      INDIRECT_SELECTION_MODES,
      'eager'
    )
    const { current, state, comparison, artifacts } = await loadStateInputs(
      args,
      'explain',
      indirectSelection
    )
    const selection = selectNodes({
      current,
      state,
      comparison,
      select: stringListOption(args, 'select'),
      exclude: stringListOption(args, 'exclude'),
      selector: stringOption(args, 'selector') ?? null,
      indirectSelection,
      artifacts
    })
    io.stdout(`${explainNode({ current, state, comparison, selection, node: args.positionals[0] })}\n`)
    return 0
  }
}
