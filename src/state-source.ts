import { access } from 'node:fs/promises'
import path from 'node:path'
import type { ResolvedState } from './environment.js'
import type { ProductionState } from './github/production-state.js'
import type { StateWarning as LookupWarning } from './github/state-provenance.js'
import { STATE_FILES } from './github/state-record.js'
import type { StateWarning } from './report/types.js'

const WARNING_CODES: Record<LookupWarning['kind'], StateWarning['code']> = {
  stale: 'stale',
  'newer-deploys-failed': 'newer_failed_deploy',
  'newer-runs-unusable': 'other'
}

/** What the flows need from a state lookup: the loaded manifest, the record, and provenance in report terms. */
export async function resolvedStateOf(found: ProductionState): Promise<ResolvedState> {
  const p = found.provenance
  const provenance = {
    source: p.source,
    location: p.artifactName ?? p.path,
    runId: p.runId,
    runUrl: p.runUrl,
    commitSha: p.commitSha,
    producedAt: p.producedAt,
    ageSeconds: p.ageHours === null ? null : Math.round(p.ageHours * 3600),
    dbtVersion: p.dbtVersion,
    warnings: found.found
      ? found.warnings.map(w => ({ code: WARNING_CODES[w.kind], message: w.message }))
      : found.reasons.map(message => ({ code: 'missing' as const, message }))
  }
  if (!found.found) return { dir: null, manifest: null, record: null, previousManifestPath: null, provenance }
  // Absolute: dbt runs inside the project folder, where a relative path would point elsewhere.
  const dir = path.resolve(path.dirname(found.manifestPath))
  const previous = path.join(dir, STATE_FILES.previousManifest)
  const hasPrevious = await access(previous).then(
    () => true,
    () => false
  )
  return {
    dir,
    manifest: found.manifest,
    record: found.record,
    previousManifestPath: hasPrevious ? previous : null,
    provenance
  }
}
