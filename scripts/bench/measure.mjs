// One benchmark measurement in a fresh process, so peak RSS belongs to it alone. Prints one JSON line.
// Usage: node measure.mjs load <bundle.mjs> <state.json> <current.json> [<selected.json> [<compare-options>]]
//        (the selected unique_ids, sorted, are written to <selected.json> after the timing; <compare-options>
//        is the JSON of compareManifests' options, e.g. the dbt version whose rules apply)
//        node measure.mjs parse <state.json> <current.json>
import { readFileSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const [mode, ...args] = process.argv.slice(2)
const seconds = start => (performance.now() - start) / 1000
const result = mode === 'load' ? await measureLoad(...args) : measureParse(...args)
console.log(JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 }))

async function measureLoad(bundle, stateFile, currentFile, selectedFile, compareOptions = '{}') {
  const lib = await import(pathToFileURL(bundle).href)
  let start = performance.now()
  const state = await lib.loadManifest(stateFile)
  const loadState = seconds(start)
  start = performance.now()
  const current = await lib.loadManifest(currentFile)
  const loadCurrent = seconds(start)
  if (!lib.compareManifests || !lib.selectNodes) return { loadState, loadCurrent, compare: null }
  start = performance.now()
  const comparison = lib.compareManifests(current, state, JSON.parse(compareOptions))
  const selection = lib.selectNodes({ current, state, comparison, select: ['state:modified+'], exclude: [] })
  const compare = seconds(start)
  if (selectedFile) writeFileSync(selectedFile, JSON.stringify(selection.selected))
  return { loadState, loadCurrent, compare, selected: selection.selected.length }
}

function measureParse(stateFile, currentFile) {
  const start = performance.now()
  for (const file of [stateFile, currentFile]) JSON.parse(readFileSync(file, 'utf8'))
  return { parse: seconds(start) }
}
