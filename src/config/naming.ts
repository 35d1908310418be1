import { settingOption, type SettingName } from './options.js'
import type { Front } from './settings.js'

/** How a message names a setting: ``Input `state-path` `` for the action, `` `--state` `` for the CLI. */
export function settingLabel(name: SettingName, front: Front): string {
  const flag = settingOption(name).flag
  return front === 'cli' && flag ? `\`--${flag.name}\`` : `Input \`${name}\``
}

/** How the user sets a value, in their front end's words: `` `preflight: warn` `` or `` `--preflight warn` ``. */
export function howToSet(name: SettingName, value: string, front: Front): string {
  const flag = settingOption(name).flag
  if (front === 'action' || !flag) return `\`${name}: ${value}\``
  if (flag.kind === 'switch') return value === 'false' ? `\`--no-${flag.name}\`` : `\`--${flag.name}\``
  return `\`--${flag.name} ${value}\``
}
