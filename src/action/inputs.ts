import * as core from '@actions/core'
import { parseSettings } from '../config/parse-settings.js'
import type { SettingName } from '../config/options.js'
import type { Settings } from '../config/settings.js'

export type { Settings } from '../config/settings.js'

/** The action's settings from its inputs: the only place that reads `core.getInput`. */
export function getSettings(read: (name: SettingName) => string = name => core.getInput(name)): Settings {
  return parseSettings(read, 'action')
}
