/**
 * The dbt version matrix (`npm run test:versions`): for every edit of versions.yml and each selector, our
 * selection, with the rules of the dbt that wrote the current manifest, is what that real dbt's `dbt ls`
 * selects, for dbt 1.3, 1.5, 1.7, 1.9, 1.10, 1.11 and 1.12; where that dbt stops with an error, so do we.
 * Opt-in: DBT_SLIM_CI_VERSIONS=1 runs every version, DBT_SLIM_CI_VERSIONS=dbt-1.3,dbt-1.7 some; the older
 * minors come from scripts/setup-dbt-versions.sh.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { loadManifest } from '../../src/manifest/load.js'
import { selectNodes } from '../../src/selector/select.js'
import { compareManifests } from '../../src/state/compare.js'
import { readCatalog, runsOn, selectorsOf, VERSIONS_CATALOG } from './catalog.js'
import {
  dbtVenv,
  isInstalled,
  pinnedDbtVersion,
  runOracle,
  warnAboutRecomputedResults,
  type OracleRun
} from './oracle.js'
import { selectionOf } from './selection-args.js'

const ORACLE_TIMEOUT_MS = 30 * 60 * 1000
const catalog = readCatalog(VERSIONS_CATALOG)
const ALL_VERSIONS = ['dbt-1.3', 'dbt-1.5', 'dbt-1.7', 'dbt-1.9', 'dbt-1.10', 'dbt-1.11', 'dbt-1.12']
/** `1` runs every version; a list (`dbt-1.3,dbt-1.7`) runs those. */
const requested = process.env.DBT_SLIM_CI_VERSIONS ?? ''
const enabled = requested.length > 0
const venvs = (requested === '1' || !enabled ? ALL_VERSIONS : requested.split(',')).map(dbtVenv)
const missing = venvs.filter(venv => !isInstalled(venv))

;(enabled ? describe : describe.skip)('selection matches real dbt of each version', () => {
  const oracles = new Map<string, OracleRun>()

  if (missing.length > 0) {
    // Without the versions there is nothing to enumerate, and an empty `describe.each` is itself an error.
    test('every requested dbt is installed', () => {
      throw new Error(
        `dbt is not installed in ${missing.map(venv => venv.dir).join(', ')}: run \`bash scripts/setup-dbt-versions.sh\` (and setup-dbt.sh).`
      )
    })
    return
  }

  beforeAll(async () => {
    // One at a time: each older dbt is a process per command, and the machine has two cores.
    for (const venv of venvs) oracles.set(venv.name, await runOracle(venv, { catalog: VERSIONS_CATALOG }))
    warnAboutRecomputedResults([...oracles.values()])
  }, ORACLE_TIMEOUT_MS)

  const versionCases = venvs.map(venv => ({ venv: venv.name, version: pinnedDbtVersion(venv) }))

  describe.each(versionCases)('$venv ($version)', ({ venv, version }) => {
    const cases = catalog.edits
      .filter(edit => runsOn(edit.dbt, version))
      .flatMap(edit => selectorsOf(catalog, edit).map(selector => ({ edit: edit.name, selector })))

    test.each(cases)('$edit: `$selector` selects what dbt selects', async ({ edit, selector }) => {
      const oracle = oracles.get(venv)!
      const answer = oracle.edits[edit].selections[selector]
      const select = async () => {
        const [current, state] = await Promise.all([
          loadManifest(oracle.currentManifest(edit)),
          loadManifest(oracle.stateManifest)
        ])
        const comparison = compareManifests(current, state)
        return selectNodes({ current, state, comparison, exclude: [], ...selectionOf(selector) }).selected
      }
      if (Array.isArray(answer)) await expect(select()).resolves.toEqual(answer)
      else await expect(select()).rejects.toThrow(UserError)
    })
  })
})
