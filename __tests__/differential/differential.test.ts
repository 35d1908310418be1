/**
 * Differential tests: for every edit of __tests__/differential/edits.yml and every `state:` selector, our
 * engine selects exactly what real dbt selects (`dbt ls --resource-type all`), for dbt 1.12 (flag
 * state_modified_compare_more_unrendered_values on by default), dbt 1.10 (flag off), and dbt 1.12 comparing
 * with a state manifest written by dbt 1.10 (an upgrade, the main source of false positives).
 * Where dbt stops with an error (a breaking change to a versioned model's contract), our comparison must
 * report a fatal breaking contract change instead; where dbt warns about a breaking change to an unversioned
 * model, our comparison must report the same models.
 * dbt's answers come from __tests__/differential/oracle-results; only edits whose inputs changed run dbt.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { loadManifest } from '../../src/manifest/load.js'
import type { Manifest } from '../../src/manifest/types.js'
import { selectNodes } from '../../src/selector/select.js'
import { compareManifests } from '../../src/state/compare.js'
import type { StateComparison } from '../../src/state/types.js'
import { readCatalog } from './catalog.js'
import { dbtVenv, isInstalled, runOracle, warnAboutRecomputedResults, type OracleRun } from './oracle.js'

const ORACLE_TIMEOUT_MS = 25 * 60 * 1000
const catalog = readCatalog()
const newer = dbtVenv('dbt-1.12')
const older = dbtVenv('dbt-1.10')
/**
 * The edits also run against the older version's state: the representation changes between versions (config
 * kwargs, hook key spellings, seed hashing, source configs) are exercised by these without paying for every edit.
 */
const CROSS_VERSION_EDITS = [
  'model-body',
  'config-in-sql',
  'config-in-properties-yaml',
  'hook-in-dbt-project',
  'env-var-in-sql-config',
  'env-var-in-dbt-project-config',
  'var-in-yaml-config',
  'target-changed',
  'source-schema-literal',
  'source-top-level-meta',
  'seed-row-added',
  'seed-crlf-line-endings',
  'big-seed-edited',
  'test-severity-changed',
  'contract-varchar-size-changed',
  'contract-breaking-versioned',
  'macro-edited-direct',
  'unit-test-given-rows',
  'jinja-condition-in-sql-config-swapped'
]
const ALL_EDITS = catalog.edits.map(edit => edit.name)
/** The three comparisons, in the order beforeAll runs their oracles. */
const suites = [
  { title: 'dbt 1.12', edits: ALL_EDITS },
  { title: 'dbt 1.10', edits: ALL_EDITS },
  { title: 'dbt 1.12 against a dbt 1.10 state', edits: CROSS_VERSION_EDITS }
]
/** dbt's UnversionedBreakingChange warning names the model: "…contracted, unversioned model <name> (<path>)…". */
const UNVERSIONED_MODEL = /unversioned model (\S+)/

interface EngineRun {
  current: Manifest
  state: Manifest
  comparison: StateComparison
}

const missing = [newer, older].filter(venv => !isInstalled(venv))
const skipWithoutDbt = missing.length > 0 && process.env.CI !== 'true'
if (skipWithoutDbt) {
  console.warn(
    `Skipping the differential tests: ${missing.map(venv => venv.dir).join(', ')} missing; run \`bash scripts/setup-dbt.sh\`.`
  )
}

;(skipWithoutDbt ? describe.skip : describe)('our state selection matches real dbt', () => {
  const oracles = new Map<string, OracleRun>()
  const states = new Map<string, Promise<Manifest>>()
  const engineRuns = new Map<string, Promise<EngineRun>>()

  beforeAll(async () => {
    if (missing.length > 0) {
      throw new Error(
        `dbt is not installed in ${missing.map(venv => venv.dir).join(', ')}: run \`bash scripts/setup-dbt.sh\`.`
      )
    }
    const olderRun = runOracle(older)
    const runs = await Promise.all([
      runOracle(newer),
      olderRun,
      olderRun.then(stateFrom => runOracle(newer, { stateFrom, only: CROSS_VERSION_EDITS }))
    ])
    for (const [index, suite] of suites.entries()) oracles.set(suite.title, runs[index])
    warnAboutRecomputedResults(runs)
  }, ORACLE_TIMEOUT_MS)

  function oracle(suite: string): OracleRun {
    return oracles.get(suite)!
  }

  function engineRun(suite: string, edit: string): Promise<EngineRun> {
    const key = `${suite}/${edit}`
    if (!engineRuns.has(key)) {
      if (!states.has(suite)) states.set(suite, loadManifest(oracle(suite).stateManifest))
      const run = Promise.all([loadManifest(oracle(suite).currentManifest(edit)), states.get(suite)!]).then(
        ([current, state]) => ({ current, state, comparison: compareManifests(current, state) })
      )
      engineRuns.set(key, run)
    }
    return engineRuns.get(key)!
  }

  describe.each(suites)('$title', ({ title, edits }) => {
    const cases = edits.flatMap(edit => catalog.selectors.map(selector => ({ edit, selector })))

    test.each(cases)('$edit: $selector selects what dbt selects', async ({ edit, selector }) => {
      const dbt = oracle(title).edits[edit].selections[selector]
      const { current, state, comparison } = await engineRun(title, edit)

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

    test.each(edits)('%s: warns about the same unversioned breaking contract changes as dbt', async edit => {
      const dbtWarnings = oracle(title).edits[edit].warnings['state:modified'] ?? []
      const { current, state, comparison } = await engineRun(title, edit)

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
    })
  })
})
