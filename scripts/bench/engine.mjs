// The engine (manifest loading, comparison, selection) bundled from the TypeScript sources, and one measurement
// of it in a fresh Node process (scripts/bench/measure.mjs) so peak RSS belongs to that measurement alone.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Bundles loadManifest, compareManifests and selectNodes into `workDir/engine.mjs`. */
export async function bundleEngine(workDir) {
  const file = path.join(workDir, 'engine.mjs')
  await build({
    stdin: {
      contents: [
        "export { loadManifest } from './src/manifest/load.ts'",
        "export { compareManifests } from './src/state/compare.ts'",
        "export { selectNodes } from './src/selector/select.ts'"
      ].join('\n'),
      resolveDir: root,
      loader: 'ts'
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: file,
    logLevel: 'silent'
  })
  return file
}

/** Runs measure.mjs with `args` and returns the JSON line it printed. */
export function measure(args, nodeOptions = []) {
  const output = execFileSync(
    process.execPath,
    [...nodeOptions, path.join(root, 'scripts/bench/measure.mjs'), ...args],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 }
  )
  return JSON.parse(output.trim().split('\n').at(-1))
}
