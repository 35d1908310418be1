// `npm run bench [-- sizes…]`: manifest loading, comparison and selection on synthetic projects of 10k, 50k
// and 100k nodes (the 100k files exceed V8's maximum string length), the action's cold start, and (without sizes)
// the tool against hand-written dbt commands on a generated 1,500-model project (scripts/bench/project.mjs), and
// the data diff of a 10M-row model against its own build time (scripts/bench/data-diff.mjs; needs Postgres), and
// a one-model deploy against production of 10k, 1M and 10M unchanged rows (scripts/bench/deploy-size.mjs).
// `npm run bench -- --project` runs only the project comparison.
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureColdStart } from './cold-start.mjs'
import { benchDataDiff } from './data-diff.mjs'
import { benchDeploySize } from './deploy-size.mjs'
import { bundleEngine, measure } from './engine.mjs'
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
const onlyProject = process.argv.includes('--project')
const sizes = process.argv
  .slice(2)
  .filter(arg => arg !== '--project')
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
console.log('engine: loadManifest + compareManifests + selectNodes')
console.log(
  'nodes    | MB state/current | load state | load current | compare+select | total  | peak RSS | JSON.parse both | ratio'
)
for (const members of sizes.length > 0 ? sizes : [10_000, 50_000, 100_000]) {
  console.error(`(generating or reusing the ${members}-node pair in .work/bench)`)
  const pair = ensurePair(baseManifest, members, workDir)
  const load = measure(['load', engine, pair.state, pair.current])
  const fits = pair.stateBytes < MAX_STRING_BYTES && pair.currentBytes < MAX_STRING_BYTES
  const parse = fits ? measure(['parse', pair.state, pair.current], ['--max-old-space-size=16384']) : null
  const loadBoth = load.loadState + load.loadCurrent
  const total = loadBoth + (load.compare ?? 0)
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
      `${total.toFixed(2)} s`.padEnd(6),
      `${Math.round(load.maxRssMb)} MB`.padEnd(8),
      (parse ? `${parse.parse.toFixed(2)} s` : 'exceeds max string').padEnd(15),
      parse ? `${(loadBoth / parse.parse).toFixed(2)}x` : 'n/a'
    ].join(' | ')
  )
}
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

function mb(bytes) {
  return Math.round(bytes / 1024 / 1024)
}
