/** A dbt version reduced to what the comparison rules switch on: major, minor, patch. */
export interface DbtVersion {
  major: number
  minor: number
  patch: number
}

/**
 * Reads `1.9.4`, `1.5.0b5`, `1.8.0a1`. Anything unreadable (dbt's own fixtures use `PREVIOUS`) becomes null,
 * which callers treat as "not the running version".
 */
export function parseDbtVersion(text: string): DbtVersion | null {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim())
  if (!match) return null
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0) }
}

/** The newest dbt minor whose rules this port follows, used when a manifest's version is unreadable. */
export const LATEST_KNOWN: DbtVersion = { major: 1, minor: 12, patch: 0 }

/** The dbt whose rules apply to a manifest: the one that wrote it. */
export function writerOf(manifest: { metadata: { dbtVersion: string } }): DbtVersion {
  return parseDbtVersion(manifest.metadata.dbtVersion) ?? LATEST_KNOWN
}

/** True when `version` is at least `major.minor[.patch]`. */
export function isAtLeast(version: DbtVersion, major: number, minor: number, patch = 0): boolean {
  if (version.major !== major) return version.major > major
  if (version.minor !== minor) return version.minor > minor
  return version.patch >= patch
}

export function formatDbtVersion(version: DbtVersion): string {
  return `${version.major}.${version.minor}.${version.patch}`
}
