import { parseSettings } from '../config/parse-settings.js'
import { settingOption, type SettingName } from '../config/options.js'
import type { Settings } from '../config/settings.js'
import type { CommandOptions, ParsedCommandArgs } from './command.js'

/** The node:util options of the flags that set these settings. */
export function settingFlags(names: readonly SettingName[]): CommandOptions {
  const options: CommandOptions = {}
  for (const name of names) {
    const flag = settingOption(name).flag
    if (!flag) throw new Error(`Setting ${name} has no CLI flag.`)
    options[flag.name] =
      flag.kind === 'switch'
        ? { type: 'boolean' }
        : { type: 'string', multiple: flag.kind === 'list', ...(name === 'select' ? { short: 's' } : {}) }
  }
  return options
}

/** Help lines for these settings' flags, in the order given. */
export function settingsUsage(names: readonly SettingName[]): string {
  return usageLines(
    names.map(name => {
      const option = settingOption(name)
      const flag = option.flag
      if (!flag) throw new Error(`Setting ${name} has no CLI flag.`)
      const negatable = flag.kind === 'switch' && option.default === 'true'
      const left = `--${negatable ? '[no-]' : ''}${flag.name}${flag.value ? ` ${flag.value}` : ''}`
      return [left, flag.help]
    })
  )
}

/** Aligned `  --flag <value>   help` lines; a long flag puts its help on the next line. */
export function usageLines(entries: readonly [string, string][]): string {
  const width = 24
  return entries
    .map(([left, help]) =>
      left.length < width ? `  ${left.padEnd(width)} ${help}` : `  ${left}\n  ${' '.repeat(width)} ${help}`
    )
    .join('\n')
}

/** The settings of a CLI run: the given flags, every other setting at its default. */
export function settingsFromFlags(args: ParsedCommandArgs, names: readonly SettingName[]): Settings {
  const used = new Set(names)
  return parseSettings(name => (used.has(name) ? flagText(args, name) : ''), 'cli')
}

function flagText(args: ParsedCommandArgs, name: SettingName): string {
  const flag = settingOption(name).flag
  const value = flag ? args.values[flag.name] : undefined
  if (value === undefined) return ''
  if (typeof value === 'boolean') return String(value)
  return (Array.isArray(value) ? value : [value]).map(String).join('\n')
}
