import { copyFile, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { runSourceFreshness } from '../dbt/source-freshness.js'
import { targetFolder } from '../dbt/target-folder.js'
import type { Environment, ResolvedState } from '../environment.js'
import type { Manifest } from '../manifest/types.js'
import { summarizePlan } from '../plan/build-plan.js'
import type { Report } from '../report/types.js'
import { fresherSources } from '../selector/artifact-methods.js'
import { loadSelectionArtifacts } from '../selector/load-artifacts.js'
import { parseFreshness } from '../selector/selection-artifacts.js'
import { selectionMethods, selectNodes } from '../selector/select.js'
import { compareManifests } from '../state/compare.js'

/** The environment of dbt commands that name production's relations (as the deploy's production parse). */
const PRODUCTION_NAMING = { DBT_SLIM_CI_MODE: 'deploy' }

/** What a deploy builds: everything (first deploy, or `deploy-selection: full`) or the selection against production. */
export interface DeploySelection {
  /** True when the deploy builds every node. */
  full: boolean
  selected: string[]
}

/** Selects with dbt's state:modified semantics against production state and puts the plan into the report. */
export async function selectForDeploy(
  env: Environment,
  report: Report,
  current: Manifest,
  state: Pick<ResolvedState, 'manifest' | 'dir'>,
  greenEnv: Record<string, string>
): Promise<DeploySelection> {
  const { settings } = env
  const production = state.manifest
  const full = !production || settings.deploy.selection === 'full'
  const comparison = production && !full ? compareManifests(current, production) : null
  for (const warning of comparison?.warnings ?? []) env.log.warning(`${warning.uniqueId}: ${warning.message}`)
  const greenTarget = targetFolder(env.workDir, greenEnv)
  const locations = {
    stateDir: state.dir,
    projectDir: settings.dbt.projectDir,
    // dbt build runs with the green naming and reads that target folder's sources.json
    currentTargetDir: greenTarget,
    indirectSelection: settings.selection.indirectSelection
  }
  let artifacts = await loadSelectionArtifacts(locations)
  const usesFreshness = selectionMethods(settings.selection, artifacts.selectors).has('source_status')
  if (settings.deploy.sourceFreshness || (usesFreshness && comparison)) {
    const freshness = await runSourceFreshness(env, PRODUCTION_NAMING, settings.deploy.sourceFreshness)
    report.freshness = freshness
    if (freshness.file) {
      await mkdir(greenTarget, { recursive: true })
      await copyFile(freshness.file, path.join(greenTarget, 'sources.json'))
      const currentSources = await readFreshness(freshness.file)
      artifacts = { ...artifacts, currentSources }
      if (usesFreshness && artifacts.stateSources)
        freshness.fresher = [...fresherSources(artifacts.stateSources, currentSources)].sort()
    }
  }
  const selected = comparison
    ? selectNodes({
        current,
        state: production,
        comparison,
        select: settings.selection.select,
        exclude: settings.selection.exclude,
        indirectSelection: settings.selection.indirectSelection,
        artifacts,
        command: 'build'
      }).selected
    : [...current.nodes.keys()].sort()
  const selector = full
    ? production
      ? 'everything (`deploy-selection: full`)'
      : 'everything (no production state)'
    : [...settings.selection.select, ...settings.selection.exclude.map(e => `--exclude ${e}`)].join(' ')
  const summary = summarizePlan(current, production, comparison, selector, selected)
  Object.assign(report, { plan: summary.plan, nodes: summary.nodes })
  return { full, selected }
}

/** `--select …` of the deploy's build: its selection as given, and nodes it must build besides. */
export function deploySelectionArgs(env: Environment, also: readonly string[]): string[] {
  const { selection } = env.settings
  return [
    '--select',
    ...selection.select,
    ...also,
    ...(selection.exclude.length ? ['--exclude', ...selection.exclude] : []),
    '--indirect-selection',
    selection.indirectSelection
  ]
}

/** The sources.json a deploy publishes with its state: its freshness check's, when `source-freshness` is on. */
export function publishedSources(report: Report): string | null {
  return report.freshness?.published ? report.freshness.file : null
}

async function readFreshness(file: string) {
  return parseFreshness(await readFile(file, 'utf8'), file)
}
