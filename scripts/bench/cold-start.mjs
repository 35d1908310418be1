// The action's cold start: the bundled dist/index.js run as GitHub runs it, on a push to a branch that is not
// the default one, so it parses its inputs, reads the event, decides to skip and writes its outputs and summary:
// the whole startup path without any flow, and without a hook in production code.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'

/** Median wall time of `runs` runs of the bundle against `node -e 0`, in ms; null when the bundle is not built. */
export function measureColdStart(root, runs = 5) {
  const action = path.join(root, 'dist/index.js')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-cold-start-'))
  try {
    const eventPath = path.join(dir, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({ ref: 'refs/heads/feature', repository: { full_name: 'o/r', default_branch: 'main' } })
    )
    const env = {
      ...process.env,
      INPUT_MODE: 'auto',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: 'refs/heads/feature',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary')
    }
    const median = args => {
      const times = []
      for (let run = 0; run < runs; run++) {
        writeFileSync(env.GITHUB_OUTPUT, '')
        writeFileSync(env.GITHUB_STEP_SUMMARY, '')
        const start = performance.now()
        const child = spawnSync(process.execPath, args, { env, encoding: 'utf8' })
        times.push(performance.now() - start)
        if (child.status !== 0 || child.stdout.includes('::error::'))
          throw new Error(`${args.join(' ')} failed: ${child.stdout}${child.stderr}`)
      }
      return times.sort((a, b) => a - b)[Math.floor(runs / 2)]
    }
    const bare = median(['-e', '0'])
    if (!existsSync(action)) return { action: null, bare }
    return { action: median([action]), bare }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
