/**
 * Differential tests of the selector methods that read more than the two manifests: for every edit of
 * __tests__/differential/methods.yml and each of its selectors, our selection is what real `dbt ls` 1.12
 * selects, read from the same files dbt read (the state folder's run_results.json and sources.json, this run's
 * target/sources.json, the project's selectors.yml); where dbt stops with an error, so do we.
 * dbt's answers come from __tests__/differential/oracle-results/methods; only edits whose inputs changed run dbt.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { loadManifest } from '../../src/manifest/load.js'
import { loadSelectionArtifacts } from '../../src/selector/load-artifacts.js'
import { selectNodes } from '../../src/selector/select.js'
import { compareManifests } from '../../src/state/compare.js'
import { METHODS_CATALOG, readCatalog, selectorsOf } from './catalog.js'
import { selectionOf } from './selection-args.js'
import { dbtVenv, isInstalled, runOracle, warnAboutRecomputedResults, type OracleRun } from './oracle.js'

const ORACLE_TIMEOUT_MS = 10 * 60 * 1000
const catalog = readCatalog(METHODS_CATALOG)
const dbt = dbtVenv('dbt-1.12')
const cases = catalog.edits.flatMap(edit => selectorsOf(catalog, edit).map(selector => ({ edit, selector })))

const skipWithoutDbt = !isInstalled(dbt) && process.env.CI !== 'true'
if (skipWithoutDbt) {
  console.warn(
    `Skipping the selector method differential tests: ${dbt.dir} missing; run \`bash scripts/setup-dbt.sh\`.`
  )
}

;(skipWithoutDbt ? describe.skip : describe)('selector methods match real dbt 1.12', () => {
  let oracle: OracleRun

  beforeAll(async () => {
    if (!isInstalled(dbt))
      throw new Error(`dbt is not installed in ${dbt.dir}: run \`bash scripts/setup-dbt.sh\`.`)
    oracle = await runOracle(dbt, { catalog: METHODS_CATALOG })
    warnAboutRecomputedResults([oracle])
  }, ORACLE_TIMEOUT_MS)

  /** Reads what dbt read: selectors.yml first, as dbt reads it while loading the project. */
  async function ourSelection(edit: string, selector: string): Promise<string[]> {
    const artifacts = await loadSelectionArtifacts({
      stateDir: oracle.stateDir(edit),
      projectDir: oracle.editDir(edit),
      currentTargetDir: oracle.editDir(edit),
      indirectSelection: 'eager'
    })
    const [current, state] = await Promise.all([
      loadManifest(oracle.currentManifest(edit)),
      loadManifest(oracle.stateManifest)
    ])
    const comparison = compareManifests(current, state)
    return selectNodes({ current, state, comparison, exclude: [], artifacts, ...selectionOf(selector) })
      .selected
  }

  test.each(cases)('$edit.name: `$selector` selects what dbt selects', async ({ edit, selector }) => {
    const answer = oracle.edits[edit.name].selections[selector]

    if (Array.isArray(answer)) {
      await expect(ourSelection(edit.name, selector)).resolves.toEqual(answer)
    } else {
      // a project dbt cannot parse is refused before any manifest is read
      const refusal = edit.fails_to_parse ? /selectors? file/ : /./
      await expect(ourSelection(edit.name, selector)).rejects.toThrow(UserError)
      await expect(ourSelection(edit.name, selector)).rejects.toThrow(refusal)
    }
  })
})
