// `npm run bench [-- sizes…]`: manifest loading, comparison and selection on synthetic projects of 10k, 50k
// and 100k nodes (the 100k files exceed V8's maximum string length), the action's cold start, and (without sizes)
// the tool against hand-written dbt commands on a generated 1,500-model project (scripts/bench/project.mjs), and
// the data diff of a 10M-row model against its own build time (scripts/bench/data-diff.mjs; needs Postgres), and
// a one-model deploy against production of 10k, 1M and 10M unchanged rows (scripts/bench/deploy-size.mjs).
// For each pair it also times dbt-core's own selection of the same pair (scripts/bench/dbt-selection.py) where
// both files fit its reader's limits here (up to 50k nodes; `--dbt-all` tries the 100k pair as well) and checks
// that dbt selects what we select. Our engine and JSON.parse are best of 3, dbt-core one run.
// `npm run bench -- --project` runs only the project comparison.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureColdStart } from './cold-start.mjs'
import { benchDataDiff } from './data-diff.mjs'
import { benchDeploySize } from './deploy-size.mjs'
import { bundleEngine, measure } from './engine.mjs'
import { measureDbtSelection, sameRulesAs } from './dbt-core.mjs'
import { ensurePair } from './generate.mjs'
import { benchProject } from './project.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const workDir = path.join(root, '.work/bench')
const baseManifest = path.resolve(
  root,
  '../shared/fixtures/manifests/algorand-models/4f3ec1a50cf1ef8bbbbfcf57b9cfe9bc8e139399.json'
)
/** V8's maximum string length: larger files cannot be read into one string for JSON.parse at all. */
const MAX_STRING_BYTES = 2 ** 29 - 24
/** Pairs above this size need several GB and minutes in dbt-core: measured only with --dbt-all. */
const DBT_MAX_NODES = 50_000
const BEST_OF = 3
const onlyProject = process.argv.includes('--project')
const dbtAll = process.argv.includes('--dbt-all')
const sizes = process.argv
  .slice(2)
  .filter(arg => !arg.startsWith('--'))
  .map(Number)
if (onlyProject) {
  await benchProject()
  process.exit(0)
}

mkdirSync(workDir, { recursive: true })
if (!existsSync(baseManifest)) {
  console.error(`The benchmark scales ${baseManifest}; that fixture folder is missing.`)
  process.exit(1)
}
const engine = await bundleEngine(workDir)
console.log('engine: loadManifest + compareManifests + selectNodes (ours and JSON.parse best of 3)')
console.log(
  'nodes    | MB state/current | load state | load current | compare+select | total  | peak RSS | JSON.parse both | ours/JSON.parse'
)
const dbtRows = []
for (const members of sizes.length > 0 ? sizes : [10_000, 50_000, 100_000]) {
  console.error(`(generating or reusing the ${members}-node pair in .work/bench)`)
  const pair = ensurePair(baseManifest, members, workDir)
  const dbt = members <= DBT_MAX_NODES || dbtAll ? dbtSelection(pair, members) : null
  const oursFile = path.join(workDir, `selected-ours-${members}.json`)
  const options = JSON.stringify(dbt ? sameRulesAs(dbt) : {})
  const load = best(() => measure(['load', engine, pair.state, pair.current, oursFile, options]), total)
  const fits = pair.stateBytes < MAX_STRING_BYTES && pair.currentBytes < MAX_STRING_BYTES
  const parse = fits
    ? best(
        () => measure(['parse', pair.state, pair.current], ['--max-old-space-size=16384']),
        p => p.parse
      )
    : null
  console.log(
    [
      String(pair.members).padEnd(8),
      `${mb(pair.stateBytes)}/${mb(pair.currentBytes)}`.padEnd(16),
      `${load.loadState.toFixed(2)} s`.padEnd(10),
      `${load.loadCurrent.toFixed(2)} s`.padEnd(12),
      (load.compare === null
        ? 'not available'
        : `${load.compare.toFixed(2)} s (${load.selected} sel.)`
      ).padEnd(14),
      `${total(load).toFixed(2)} s`.padEnd(6),
      `${Math.round(load.maxRssMb)} MB`.padEnd(8),
      (parse ? `${parse.parse.toFixed(2)} s` : 'exceeds max string').padEnd(15),
      parse ? `${(total(load) / parse.parse).toFixed(2)}x` : 'n/a'
    ].join(' | ')
  )
  if (dbt) dbtRows.push({ members: pair.members, dbt, ours: load, oursIds: readSelected(oursFile) })
}
printDbtComparison(dbtRows)
coldStart()
if (sizes.length === 0) await benchProject()
if (sizes.length === 0) await benchDataDiff()
if (sizes.length === 0) await benchDeploySize()

function coldStart() {
  const { action, bare } = measureColdStart(root)
  console.log(
    action === null
      ? `cold start: dist/index.js not built (node -e 0: ${bare.toFixed(0)} ms)`
      : `cold start (dist/index.js on a push it skips, median of 5): ${action.toFixed(0)} ms, node -e 0 ${bare.toFixed(0)} ms`
  )
}

/** dbt-core's figures for the pair, or null (with the reason printed) when it cannot run here. */
function dbtSelection(pair, members) {
  console.error(
    `(dbt-core selecting state:modified+ on the ${members}-node pair: about a second per 1,000 nodes)`
  )
  try {
    const dbt = measureDbtSelection(pair, path.join(workDir, `selected-dbt-${members}.json`))
    if (dbt === null) console.error('(dbt-core: .venv/dbt-1.12 is missing; run `npm run setup:dbt`)')
    return dbt
  } catch (error) {
    console.error(`(dbt-core could not select on the ${members}-node pair: ${error.message})`)
    return null
  }
}

function printDbtComparison(rows) {
  if (rows.length === 0) return
  console.log(
    'dbt-core 1.12 selection of the same pair (PreviousState + Manifest.from_writable_manifest, Linker, ResourceTypeSelector; one run; state_modified_compare_more_unrendered_values off, ours with the same rules)'
  )
  console.log(
    'nodes    | dbt load state+current | link+select | dbt total | dbt peak RSS | ours total | dbt/ours | same selection'
  )
  for (const { members, dbt, ours, oursIds } of rows) {
    const agree = sameIds(dbt.ids, oursIds)
    console.log(
      [
        String(members).padEnd(8),
        `${(dbt.loadState + dbt.loadCurrent).toFixed(2)} s`.padEnd(22),
        `${(dbt.link + dbt.select).toFixed(2)} s`.padEnd(11),
        `${dbt.total.toFixed(2)} s`.padEnd(9),
        `${Math.round(dbt.maxRssMb)} MB`.padEnd(12),
        `${total(ours).toFixed(2)} s`.padEnd(10),
        `${(dbt.total / total(ours)).toFixed(1)}x`.padEnd(8),
        agree ? `yes (${dbt.ids.length} nodes)` : `NO: dbt ${dbt.ids.length}, ours ${oursIds.length}`
      ].join(' | ')
    )
  }
}

function sameIds(a, b) {
  return a.length === b.length && a.every((id, index) => id === b[index])
}

function readSelected(file) {
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** Loading both files, comparing and selecting: what planning costs. */
function total(load) {
  return load.loadState + load.loadCurrent + (load.compare ?? 0)
}

/** The run with the smallest `key` of BEST_OF runs of `run`: the machine is shared, so noise only adds time. */
function best(run, key) {
  let fastest = null
  for (let attempt = 0; attempt < BEST_OF; attempt++) {
    const result = run()
    if (fastest === null || key(result) < key(fastest)) fastest = result
  }
  return fastest
}

function mb(bytes) {
  return Math.round(bytes / 1024 / 1024)
}
