import type { ParseArgsConfig } from 'node:util'
import { UserError } from '../errors.js'
import type { Cancellation } from '../flow/cancellation.js'

/** Where a command writes: the process streams in production, a buffer in tests. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** What the process's SIGINT/SIGTERM cancel; absent, no signal reaches the run. */
  cancellation?: Cancellation
}

/** Options of one subcommand, as node:util `parseArgs` takes them. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>

export interface ParsedCommandArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
  positionals: string[]
}

/** One `dbt-slim-ci <name>` subcommand: register it in commands.ts. */
export interface CliCommand {
  name: string
  /** One line for the command list. */
  summary: string
  /** The full help text of the command. */
  usage: string
  options: CommandOptions
  /** How many positional arguments the command takes (exactly). */
  positionals: number
  run(args: ParsedCommandArgs, io: CliIo): Promise<number>
}

/** Bad command-line arguments: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends UserError {
  override name = 'UsageError'
}
