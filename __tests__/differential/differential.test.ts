/**
 * Differential tests: for every edit of __tests__/differential/edits.yml and every `state:` selector, our
 * engine selects exactly what real dbt selects (`dbt ls --resource-type all`), for dbt 1.12 (flag
 * state_modified_compare_more_unrendered_values on by default) and dbt 1.10 (flag off).
 * Where dbt stops with an error (a breaking change to a versioned model's contract), our comparison must
 * report a fatal breaking contract change instead; where dbt warns about a breaking change to an unversioned
 * model, our comparison must report the same models.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { loadManifest } from '../../src/manifest/load.js'
import type { Manifest } from '../../src/manifest/types.js'
import { selectNodes } from '../../src/selector/select.js'
import { compareManifests } from '../../src/state/compare.js'
import type { StateComparison } from '../../src/state/types.js'
import { readCatalog } from './catalog.js'
import { dbtVenv, isInstalled, runOracle, type DbtVenv, type OracleRun } from './oracle.js'

const ORACLE_TIMEOUT_MS = 20 * 60 * 1000
const catalog = readCatalog()
const venvs = [dbtVenv('dbt-1.12'), dbtVenv('dbt-1.10')]
const editNames = catalog.edits.map(edit => edit.name)
/** dbt's UnversionedBreakingChange warning names the model: "…contracted, unversioned model <name> (<path>)…". */
const UNVERSIONED_MODEL = /unversioned model (\S+)/
const cases = catalog.edits.flatMap(edit =>
  catalog.selectors.map(selector => ({ edit: edit.name, selector }))
)

interface EngineRun {
  current: Manifest
  state: Manifest
  comparison: StateComparison
}

const missing = venvs.filter(venv => !isInstalled(venv))
if (missing.length > 0 && process.env.CI !== 'true') {
  console.warn(
    `Skipping the differential tests: ${missing.map(venv => venv.dir).join(', ')} missing; run \`bash scripts/setup-dbt.sh\`.`
  )
}
const describeWithDbt = missing.length > 0 && process.env.CI !== 'true' ? describe.skip : describe

describeWithDbt('our state selection matches real dbt', () => {
  const oracles = new Map<string, OracleRun>()
  const states = new Map<string, Manifest>()
  const engineRuns = new Map<string, Promise<EngineRun>>()

  beforeAll(async () => {
    if (missing.length > 0) {
      throw new Error(
        `dbt is not installed in ${missing.map(venv => venv.dir).join(', ')}: run \`bash scripts/setup-dbt.sh\`.`
      )
    }
    const runs = await Promise.all(venvs.map(venv => runOracle(venv)))
    for (const [index, venv] of venvs.entries()) {
      oracles.set(venv.name, runs[index])
      states.set(venv.name, await loadManifest(runs[index].stateManifest))
    }
  }, ORACLE_TIMEOUT_MS)

  function engineRun(venv: DbtVenv, edit: string): Promise<EngineRun> {
    const key = `${venv.name}/${edit}`
    let runForEdit = engineRuns.get(key)
    if (!runForEdit) {
      const state = states.get(venv.name)!
      runForEdit = loadManifest(oracles.get(venv.name)!.currentManifest(edit)).then(current => ({
        current,
        state,
        comparison: compareManifests(current, state)
      }))
      engineRuns.set(key, runForEdit)
    }
    return runForEdit
  }

  describe.each(venvs)('$name', venv => {
    test.each(cases)('$edit: $selector selects what dbt selects', async ({ edit, selector }) => {
      const dbt = oracles.get(venv.name)!.edits[edit].selections[selector]
      const { current, state, comparison } = await engineRun(venv, edit)

      if (Array.isArray(dbt)) {
        const ours = selectNodes({ current, state, comparison, select: [selector], exclude: [] })
        expect(ours.selected).toEqual(dbt)
      } else {
        const fatal = [...comparison.nodes.values()].filter(node =>
          node.reasons.some(reason => reason.code === 'contract_changed' && reason.fatal)
        )
        expect({ dbtError: dbt.error.type, fatal: fatal.map(node => node.uniqueId) }).toEqual({
          dbtError: 'ContractBreakingChangeError',
          fatal: dbt.error.node ? expect.arrayContaining([dbt.error.node]) : expect.any(Array)
        })
        expect(fatal.length).toBeGreaterThan(0)
      }
    })

    test.each(editNames)(
      '%s: warns about the same unversioned breaking contract changes as dbt',
      async edit => {
        const dbtWarnings = oracles.get(venv.name)!.edits[edit].warnings['state:modified'] ?? []
        const { current, state, comparison } = await engineRun(venv, edit)

        const warnedByDbt = dbtWarnings
          .filter(warning => warning.startsWith('UnversionedBreakingChange'))
          .map(warning => UNVERSIONED_MODEL.exec(warning)?.[1])
        const warnedByUs = [...comparison.nodes.values()]
          .filter(node =>
            node.reasons.some(
              reason => reason.code === 'contract_changed' && reason.breaking.length > 0 && !reason.fatal
            )
          )
          .map(node => (current.nodes.get(node.uniqueId) ?? state.nodes.get(node.uniqueId))?.name)
        expect([...new Set(warnedByUs)].sort()).toEqual([...new Set(warnedByDbt)].sort())
      }
    )
  })
})
