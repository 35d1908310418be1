import type { FileHash, ManifestNode } from '../manifest/types.js'

export interface SeedHashComparison {
  same: boolean
  /** The big-seed warning dbt prints (SeedIncreased, SeedExceedsLimitSamePath, SeedExceedsLimitAndPathChanged). */
  warning: string | null
}

/** dbt's `FileHash.__eq__`: a `none` hash never equals anything; otherwise both name and checksum must match. */
export function sameFileHash(current: FileHash, state: FileHash): boolean {
  return current.name !== 'none' && current.name === state.name && current.checksum === state.checksum
}

/**
 * `SeedNode.same_seeds`: seeds over the size limit are hashed by path, so two path-mode hashes of the
 * same path are "same" even when the contents changed; dbt warns about every path-mode outcome.
 */
export function compareSeedHashes(current: ManifestNode, state: ManifestNode): SeedHashComparison {
  const same = sameFileHash(current.checksum, state.checksum)
  if (current.checksum.name !== 'path') return { same, warning: null }
  const seed = `${current.packageName}.${current.name}`
  if (state.checksum.name !== 'path') {
    return {
      same,
      warning: `Found a seed (${seed}) >1MiB in size, but the previous version was not: it is marked modified.`
    }
  }
  if (same) {
    return {
      same,
      warning: `Found a seed (${seed}) >1MiB in size at the same path; dbt cannot compare its contents, so it is treated as unmodified.`
    }
  }
  return {
    same,
    warning: `Found a seed (${seed}) >1MiB in size at a new path: it is marked modified.`
  }
}
