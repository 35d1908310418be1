// Regenerates examples/demo/dbt-recording.json.br: builds the CLI, then runs the demo with the project's real dbt
// (bash scripts/setup-dbt.sh) on PGlite and records every dbt invocation. Run it after changing the example project
// or the demo's pull request (src/demo/pr-change.ts); __tests__/demo/demo.test.ts says when it is stale.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const dbt = '.venv/dbt-1.12/bin/dbt'
if (!existsSync(dbt)) {
  console.error(
    `${dbt} is missing: run bash scripts/setup-dbt.sh first. The recording must come from real dbt.`
  )
  process.exit(1)
}
const run = args => execFileSync(process.execPath, args, { stdio: 'inherit' })
run(['scripts/build.mjs'])
run(['dist/cli.js', 'demo', '--record', '--dbt-executable', dbt, '--work-dir', '.work/demo-record'])
