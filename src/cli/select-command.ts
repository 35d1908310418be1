import { INDIRECT_SELECTION_MODES } from '../selector/selector-syntax.js'
import { selectNodes } from '../selector/select.js'
import { choiceOption, stringListOption, stringOption } from './args.js'
import type { CliCommand } from './command.js'
import { selectionJson, selectionText } from './render-selection.js'
import { loadStateInputs, STATE_OPTIONS, STATE_OPTIONS_USAGE } from './state-inputs.js'

const OUTPUTS = ['json', 'text'] as const

export const selectCommand: CliCommand = {
  name: 'select',
  summary: 'list the nodes dbt would select against production state (default state:modified+)',
  usage: `Usage: dbt-slim-ci select --state <dir|file> --manifest <file> [options]

Prints what \`dbt ls --resource-type all --state … --select … --exclude …\` would, with the reasons each
node is new, modified or removed.

${STATE_OPTIONS_USAGE}
  --select <expr>        dbt selector; repeat for a union (default: state:modified+)
  --exclude <expr>       dbt selector to remove; repeatable
  --selector <name>      a selector of selectors.yml, instead of --select/--exclude
  --indirect-selection <eager|cautious|buildable|empty>   tests of selected nodes (default eager)
  --output <json|text>   default text
`,
  options: {
    ...STATE_OPTIONS,
    select: { type: 'string', multiple: true, short: 's' },
    exclude: { type: 'string', multiple: true },
    selector: { type: 'string' },
    'indirect-selection': { type: 'string' },
    output: { type: 'string' }
  },
  positionals: 0,
  async run(args, io) {
    const indirectSelection = choiceOption(
      args,
      'select',
      'indirect-selection',
      INDIRECT_SELECTION_MODES,
      'eager'
    )
    const output = choiceOption(args, 'select', 'output', OUTPUTS, 'text')
    const { current, state, comparison, artifacts } = await loadStateInputs(
      args,
      'select',
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
    io.stdout(
      output === 'json'
        ? `${JSON.stringify(selectionJson(selection, comparison), null, 2)}\n`
        : selectionText(selection, comparison)
    )
    return 0
  }
}
