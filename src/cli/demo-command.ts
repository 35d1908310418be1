import path from 'node:path'
import { runDemo } from '../demo/run-demo.js'
import { findDbt, packageRoot } from '../demo/locate.js'
import { UserError } from '../errors.js'
import { stringOption } from './args.js'
import type { CliCommand } from './command.js'

export const demoCommand: CliCommand = {
  name: 'demo',
  summary:
    'the whole story on the example project: plan, PR comment, deploy, swap, rollback (embedded Postgres)',
  usage: `Usage: dbt-slim-ci demo [options]

Runs on an embedded Postgres (PGlite), without GitHub or a warehouse server. Uses real dbt when it finds it
(.venv/dbt-1.12/bin/dbt, then dbt on PATH); otherwise replays a committed recording of a real dbt run.

  --work-dir <dir>       where the demo writes (default .work/demo in the checkout; emptied first)
  --dbt-executable <x>   the dbt to run
  --replay               replay the committed recording even when dbt is installed
  --record               also rewrite the committed recording (examples/demo) from this real dbt run
`,
  options: {
    'work-dir': { type: 'string' },
    'dbt-executable': { type: 'string' },
    replay: { type: 'boolean' },
    record: { type: 'boolean' }
  },
  positionals: 0,
  async run(args, io) {
    const root = await packageRoot()
    const replay = args.values.replay === true
    if (replay && args.values.record === true)
      throw new UserError('demo: --record needs real dbt, so it cannot be combined with --replay.')
    const started = Date.now()
    const outcome = await runDemo({
      projectDir: path.join(root, 'examples', 'dbt-project'),
      workDir: path.resolve(stringOption(args, 'work-dir') ?? path.join(root, '.work', 'demo')),
      dbtExecutable: replay ? null : (stringOption(args, 'dbt-executable') ?? (await findDbt(root))),
      dataDir: path.join(root, 'examples', 'demo'),
      record: args.values.record === true,
      write: io.stdout
    })
    io.stdout(
      `\nThe demo took ${((Date.now() - started) / 1000).toFixed(1)} s (${outcome.mode === 'dbt' ? 'real dbt' : 'replayed dbt recording'}).\n`
    )
    return 0
  }
}
