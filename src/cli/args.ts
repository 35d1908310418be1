import { parseArgs } from 'node:util'
import { UsageError, type CliCommand, type ParsedCommandArgs } from './command.js'

/** Parses a subcommand's arguments strictly: unknown flags and wrong positional counts are usage errors. */
export function parseCommandArgs(command: CliCommand, argv: string[]): ParsedCommandArgs {
  let parsed: ParsedCommandArgs
  try {
    parsed = parseArgs({
      args: argv,
      options: command.options,
      allowPositionals: true,
      allowNegative: true,
      strict: true
    })
  } catch (error) {
    const unknown = /^Unknown option '([^']+)'/.exec((error as Error).message)
    throw new UsageError(
      unknown
        ? `${command.name}: unknown option ${unknown[1]}; the options of ${command.name} are below.`
        : `${command.name}: ${(error as Error).message}`
    )
  }
  if (parsed.positionals.length !== command.positionals) {
    const expected = command.positionals === 0 ? 'no arguments' : `${command.positionals} argument(s)`
    throw new UsageError(
      `${command.name}: expected ${expected}, got ${parsed.positionals.length > 0 ? parsed.positionals.join(' ') : 'none'}.`
    )
  }
  return parsed
}

export function stringOption(args: ParsedCommandArgs, name: string): string | undefined {
  const value = args.values[name]
  return typeof value === 'string' ? value : undefined
}

export function requiredStringOption(args: ParsedCommandArgs, commandName: string, name: string): string {
  const value = stringOption(args, name)
  if (value === undefined) throw new UsageError(`${commandName}: --${name} is required.`)
  return value
}

export function stringListOption(args: ParsedCommandArgs, name: string): string[] {
  const value = args.values[name]
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string')
}

/** An option restricted to a few values. */
export function choiceOption<T extends string>(
  args: ParsedCommandArgs,
  commandName: string,
  name: string,
  choices: readonly T[],
  fallback: T
): T {
  const value = stringOption(args, name)
  if (value === undefined) return fallback
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`${commandName}: --${name} must be one of ${choices.join(', ')} (got "${value}").`)
  }
  return value as T
}
