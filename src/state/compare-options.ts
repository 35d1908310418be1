import type { Manifest } from '../manifest/types.js'
import { UserError } from '../errors.js'
import { isAtLeast, parseDbtVersion, writerOf, type DbtVersion } from './dbt-version.js'

/**
 * `state_modified_compare_more_unrendered_values`: `on`/`off` as in dbt 1.9+, `legacy` for dbt ≤1.8 which has
 * no such flag (and compares the same way as `off`).
 */
export type UnrenderedValuesMode = 'on' | 'off' | 'legacy'

export interface CompareOptions {
  /** Overrides the default taken from the running dbt version (on ≥1.12, off 1.9–1.11, legacy ≤1.8). */
  stateModifiedCompareMoreUnrenderedValues?: boolean
  /** The dbt version whose rules apply; defaults to the current manifest's `metadata.dbt_version`. */
  dbtVersion?: string
  /** "Now" for deprecation dates of removed contracted models; defaults to the time of the call. */
  now?: Date
}

/** The rule set a comparison runs with, after defaults; reported so a reader knows which rules applied. */
export interface CompareSettings {
  dbtVersion: DbtVersion
  unrenderedValues: UnrenderedValuesMode
  /** True when the 1.12 cross-version normalisation of statically parsed config kwargs applies. */
  normaliseStaticKwargs: boolean
  now: Date
}

export function resolveCompareSettings(
  current: Manifest,
  state: Manifest,
  options: CompareOptions = {}
): CompareSettings {
  const dbtVersion = resolveRunningVersion(current, options.dbtVersion)
  const unrenderedValues = resolveUnrenderedValuesMode(
    dbtVersion,
    options.stateModifiedCompareMoreUnrenderedValues
  )
  // dbt compares the version strings exactly (its own fixtures use "PREVIOUS" to force the upgrade)
  const versionsDiffer = state.metadata.dbtVersion !== (options.dbtVersion ?? current.metadata.dbtVersion)
  return {
    dbtVersion,
    unrenderedValues,
    normaliseStaticKwargs: unrenderedValues === 'on' && isAtLeast(dbtVersion, 1, 12) && versionsDiffer,
    now: options.now ?? new Date()
  }
}

function resolveRunningVersion(current: Manifest, override: string | undefined): DbtVersion {
  if (override !== undefined) {
    const parsed = parseDbtVersion(override)
    if (!parsed)
      throw new UserError(`dbt version "${override}" is not a version like 1.10.2: pass a dbt version.`)
    return parsed
  }
  return writerOf(current)
}

function resolveUnrenderedValuesMode(
  version: DbtVersion,
  override: boolean | undefined
): UnrenderedValuesMode {
  if (override !== undefined) return override ? 'on' : 'off'
  if (isAtLeast(version, 1, 12)) return 'on'
  if (isAtLeast(version, 1, 9)) return 'off'
  return 'legacy'
}
