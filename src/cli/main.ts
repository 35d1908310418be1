import { UserError } from '../errors.js'
import { parseCommandArgs } from './args.js'
import { UsageError, type CliCommand, type CliIo } from './command.js'
import { COMMANDS } from './commands.js'
import { VERSION } from './version.js'

export const PROCESS_IO: CliIo = {
  stdout: text => void process.stdout.write(text),
  stderr: text => void process.stderr.write(text)
}

export function generalUsage(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map(command => command.name.length))
  return `Usage: dbt-slim-ci <command> [options]

Commands:
${commands.map(command => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run \`dbt-slim-ci <command> --help\` for a command's options.
  --help       show this help
  --version    print the version
`
}

/**
 * Runs one command line and returns the exit status: 0 success, 2 usage or user error (message only),
 * 1 anything else (with the stack, as it is a bug); a flow cancelled by a signal exits as that signal would
 * (130 SIGINT, 143 SIGTERM) after writing its report. A flow that failed exits 1, except a deploy or rollback
 * that changed production but could not publish its state: 3 ("deployed, state not yet published"; re-run it).
 */
export async function main(
  argv: string[],
  io: CliIo = PROCESS_IO,
  commands: readonly CliCommand[] = COMMANDS
): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined) {
    io.stderr(generalUsage(commands))
    return 2
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(generalUsage(commands))
    return 0
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const command = commands.find(candidate => candidate.name === first)
  if (!command) {
    io.stderr(`dbt-slim-ci: unknown command "${first}".\n\n${generalUsage(commands)}`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage)
    return 0
  }
  try {
    return await command.run(parseCommandArgs(command, rest), io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dbt-slim-ci: ${error.message}\n\n${command.usage}`)
      return 2
    }
    if (error instanceof UserError) {
      io.stderr(`dbt-slim-ci: ${error.message}\n`)
      return 2
    }
    io.stderr(
      `dbt-slim-ci: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    )
    return 1
  }
}
