import type { CliCommand } from './command.js'
import { demoCommand } from './demo-command.js'
import { explainCommand } from './explain-command.js'
import { cleanupCommand, deferCommand, deployCommand, gcCommand, rollbackCommand } from './flow-commands.js'
import { selectCommand } from './select-command.js'

/** Every `dbt-slim-ci` subcommand, in the order `--help` lists them. Register new commands here. */
export const COMMANDS: readonly CliCommand[] = [
  selectCommand,
  explainCommand,
  deferCommand,
  deployCommand,
  rollbackCommand,
  cleanupCommand,
  gcCommand,
  demoCommand
]
