import * as core from '@actions/core'
import { parseSettings } from '../config/parse-settings.js'
import type { SettingName } from '../config/options.js'
import type { Settings } from '../config/settings.js'
import { connectionSecrets } from '../warehouse/profile.js'

/**
 * The action's settings from its inputs: the only place that reads `core.getInput`. Every `connection` value is
 * masked before anything else can log it, whichever flow runs and whether or not it connects.
 */
export function getSettings(
  read: (name: SettingName) => string = name => core.getInput(name),
  mask: (secret: string) => void = secret => core.setSecret(secret)
): Settings {
  const settings = parseSettings(read, 'action')
  connectionSecrets(settings.connection).forEach(mask)
  return settings
}
