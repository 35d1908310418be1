/**
 * "Changed by this PR" vs "changed on main since the last deploy", with real git repositories made here and real
 * dbt on the example project: production state names the commit it was built from, main moves on, a PR branches
 * from main. Dry runs, so the plan, the report and the exact dbt command are what is checked.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CliIo } from '../../src/cli/command.js'
import { main } from '../../src/cli/main.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { git, productionStateOf } from '../helpers/git-state.js'
import { describeWithPostgres, uniquePrefix } from '../helpers/postgres.js'

const production = uniquePrefix('scope')

describeWithPostgres('selection scope', () => {
  let project: ProjectCopy
  let stateDir: string
  let scratch: string
  let deployed: string

  async function defer(dir: string, ...args: string[]): Promise<{ exitCode: number; stdout: string }> {
    let stdout = ''
    const io: CliIo = { stdout: text => void (stdout += text), stderr: text => void (stdout += text) }
    const exitCode = await main(
      [
        'defer',
        '--pr',
        '1',
        '--state',
        stateDir,
        '--dry-run',
        '--project-dir',
        dir,
        '--dbt-executable',
        dbtBin(),
        '--work-dir',
        path.join(scratch, 'work'),
        ...args
      ],
      io
    )
    return { exitCode, stdout }
  }

  beforeAll(async () => {
    project = new ProjectCopy(production)
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-scope-'))
    writeFileSync(project.file('.gitignore'), 'target/\nlogs/\n.work/\n')
    git(project.dir, 'init', '-q', '-b', 'main')
    git(project.dir, 'add', '.')
    git(project.dir, 'commit', '-q', '-m', 'v1: deployed')
    deployed = git(project.dir, 'rev-parse', 'HEAD')
    // Production state as a deploy of v1 publishes it: dbt's manifest of v1, and state.json naming the commit.
    stateDir = productionStateOf(project.dir, path.join(scratch, 'state'), deployed)
    // Main moves on without a deploy: a model's SQL and a macro two models use.
    project.edit('models/marts/fct_orders.sql', text => `${text}\n-- main: a comment changes the body\n`)
    project.edit('macros/order_statuses.sql', text =>
      text.replace("['completed', 'shipped']", "['completed', 'shipped', 'delivered']")
    )
    git(project.dir, 'commit', '-q', '-am', 'main: fct_orders and revenue_statuses')
    // The PR branches from main and changes one staging model.
    git(project.dir, 'checkout', '-q', '-b', 'feature')
    project.edit('models/staging/stg_customers.sql', text => `${text}\n-- pr: a comment changes the body\n`)
    git(project.dir, 'commit', '-q', '-am', 'pr: stg_customers')
  }, 120_000)

  afterAll(() => {
    project.dispose()
    rmSync(scratch, { recursive: true, force: true })
  })

  test("by default every change is built, main's listed apart under a warning that production is behind", async () => {
    const run = await defer(project.dir)

    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      `warning: Production is behind main by 1 commit: it was built from ${deployed.slice(0, 7)}`
    )
    expect(run.stdout).toMatch(/Changed by this PR: 1\n {2}stg_customers\n/)
    expect(run.stdout).toMatch(
      /Changed on main since the last deploy \([0-9a-f]{12}\): 3\n {2}dim_customers\n {2}fct_orders\n {2}revenue_daily\n/
    )
    expect(run.stdout).toContain('they were built too (selection-scope production)')
    expect(run.stdout).toMatch(/dbt build --select state:modified\+ --indirect-selection eager --defer/)
  }, 180_000)

  test("selection-scope pr builds only the PR's change and its descendants, and excludes main's", async () => {
    const run = await defer(project.dir, '--selection-scope', 'pr')

    expect(run.exitCode).toBe(0)
    // dim_customers changed on main too, but it reads stg_customers: the PR's change reaches it, so it is built.
    expect(run.stdout).toContain(
      'dbt build --select state:modified+ --exclude fqn:shop.marts.fct_orders fqn:shop.marts.finance.revenue_daily fqn:shop.reporting.weekly_revenue '
    )
    expect(run.stdout).toMatch(
      /Not built \(selection-scope pr\): 8\n {2}fct_orders\n {2}revenue_daily\n {2}weekly_revenue\n {2}assert_order_amounts_match_payments\n/
    )
    expect(run.stdout).toContain('with selection-scope pr they were not built, and read production')
  }, 180_000)

  test('a shallow checkout fails selection-scope pr naming the flag and the fix; production builds everything and says why it cannot split', async () => {
    const shallow = path.join(scratch, 'shallow')
    git(scratch, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${project.dir}`, shallow)

    const pr = await defer(shallow, '--selection-scope', 'pr')
    expect(pr.exitCode).toBe(1)
    expect(pr.stdout).toContain(
      `\`--selection-scope\` is \`pr\`, which needs the git history: The commit production was built from (${deployed.slice(0, 12)}) is not in this checkout (it is a shallow clone: only the latest commits were fetched).`
    )
    expect(pr.stdout).toContain('git fetch --unshallow')

    const fallback = await defer(shallow)
    expect(fallback.exitCode).toBe(0)
    expect(fallback.stdout).toContain(
      "Cannot tell this PR's changes from main's: The commit production was built from"
    )
  }, 180_000)
})
