/**
 * The bundled action through what a repository meets on GitHub beyond the happy path, with real dbt and real
 * Postgres against the loopback GitHub: the adoption pull request (slim-ci.yml and deploy.yml added together,
 * no deploy run yet), a deploy re-run (and a re-run of an outdated deploy), a locked pull request, a fork pull
 * request pushed again before its comment job, a merge-queue check, and GitHub Enterprise Server, where
 * artifacts go through upload-artifact@v3.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { FakeGitHub } from '../fakes/github-server.js'
import { buildZip } from '../fakes/github-zip.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { describeWithPostgres, uniquePrefix } from '../helpers/postgres.js'
import { expectSucceeded, runAction, type ActionRun } from '../helpers/run-action.js'

const production = uniquePrefix('e2e_gh')
const FORK = 'contributor/analytics'

describeWithPostgres('the action on GitHub’s harder paths', () => {
  let fake: FakeGitHub
  let project: ProjectCopy
  let db: pg.Client
  let deployRunId: number

  const repository = () => ({ full_name: fake.fullName, default_branch: 'main' })
  const inputs = (extra: Record<string, string> = {}) => ({
    mode: 'auto',
    'project-dir': project.dir,
    'dbt-executable': dbtBin(),
    'github-token': 'ghs_actions',
    'state-workflow': 'deploy.yml',
    ...extra
  })

  function deploy(
    runId: number,
    attempt: number,
    env: Record<string, string> = {},
    extra: Record<string, string> = {}
  ): Promise<ActionRun> {
    const run = fake.runs.find(r => r.id === runId)!
    return runAction({
      inputs: inputs(extra),
      eventName: 'push',
      event: { ref: 'refs/heads/main', repository: repository() },
      env: {
        ...fake.environment(runId),
        GITHUB_RUN_ID: String(runId),
        GITHUB_RUN_ATTEMPT: String(attempt),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: run.head_sha,
        ...env
      }
    })
  }

  function pullRequest(
    number: number,
    options: {
      runId?: number
      headSha?: string
      headRepository?: string
      extra?: Record<string, string>
    } = {}
  ): Promise<ActionRun> {
    const { runId = 80_000 + number, headSha = `feed${number}`, headRepository = fake.fullName } = options
    return runAction({
      inputs: inputs(options.extra),
      eventName: 'pull_request',
      event: {
        action: 'synchronize',
        number,
        pull_request: {
          number,
          head: { sha: headSha, repo: { full_name: headRepository } },
          base: { repo: { full_name: fake.fullName } }
        },
        repository: repository()
      },
      env: {
        ...fake.environment(runId),
        GITHUB_RUN_ID: String(runId),
        GITHUB_REF: `refs/pull/${number}/merge`,
        GITHUB_SHA: headSha
      }
    })
  }

  beforeAll(async () => {
    dbtBin()
    fake = await FakeGitHub.start()
    project = new ProjectCopy(production)
    db = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' })
    await db.connect()
  }, 60_000)

  afterAll(async () => {
    const schemas = await db.query(`select nspname from pg_namespace where nspname like $1`, [
      `${production}%`
    ])
    for (const { nspname } of schemas.rows) await db.query(`drop schema "${nspname}" cascade`)
    await db?.end()
    await fake?.close()
    project?.dispose()
  })

  test('the adoption pull request, before deploy.yml ever ran, builds everything and says why', async () => {
    fake.pullRequests.set(1, { headSha: 'feed1' })
    const run = await pullRequest(1)
    expectSucceeded(run)
    expect(run.outputs.mode).toBe('defer')
    expect(run.outputs['state-run-id']).toBe('')
    expect(JSON.parse(run.outputs.selected)).toContain('model.shop.fct_orders')
    const [comment] = fake.comments.filter(c => c.issue === 1)
    expect(comment.body).toContain('The workflow `deploy.yml` named in `state-workflow` has no runs yet')
  }, 600_000)

  test('the first deploy after the adoption PR merges publishes the first state', async () => {
    deployRunId = fake.addRun({ workflow: 'deploy.yml', event: 'push', hoursAgo: 0 }).id
    expectSucceeded(await deploy(deployRunId, 1))
    expect(fake.artifacts.filter(a => a.runId === deployRunId && a.name === 'dbt-state')).toHaveLength(1)
  }, 900_000)

  test('a deploy re-run publishes its state again, replacing the artifact of its first attempt', async () => {
    const [first] = fake.artifacts.filter(a => a.runId === deployRunId && a.name === 'dbt-state')
    const rerun = await deploy(deployRunId, 2)
    expectSucceeded(rerun)
    const states = fake.artifacts.filter(a => a.runId === deployRunId && a.name === 'dbt-state')
    expect(states).toHaveLength(1)
    expect(states[0].id).not.toBe(first.id)
  }, 900_000)

  test('re-running a deploy older than the one production came from is refused, production untouched', async () => {
    const [published] = fake.artifacts.filter(a => a.runId === deployRunId && a.name === 'dbt-state')
    const newer = fake.addRun({ workflow: 'deploy.yml', event: 'push', hoursAgo: 0 })
    fake.addArtifact(newer.id, 'dbt-state', published.zip)
    const before = await db.query(`select count(*) from pg_namespace where nspname like $1`, [
      `${production}%`
    ])
    try {
      const rerun = await deploy(deployRunId, 3)
      expect(rerun.exitCode).toBe(1)
      expect(rerun.log).toContain(
        `This deploy run (${deployRunId}) is older than run ${newer.id}, which produced the production state`
      )
      expect(fake.artifacts.filter(a => a.runId === deployRunId && a.name === 'dbt-state')).toEqual([
        published
      ])
      const after = await db.query(`select count(*) from pg_namespace where nspname like $1`, [
        `${production}%`
      ])
      expect(after.rows).toEqual(before.rows)
    } finally {
      fake.runs = fake.runs.filter(run => run !== newer)
      fake.artifacts = fake.artifacts.filter(a => a.runId !== newer.id)
    }
  }, 600_000)

  test('a pull request after the re-run defers to the state the re-run published', async () => {
    project.edit('models/reporting/weekly_revenue.sql', sql => `-- weekly\n${sql}`)
    fake.pullRequests.set(2, { headSha: 'feed2' })
    const run = await pullRequest(2)
    expectSucceeded(run)
    expect(run.outputs['state-run-id']).toBe(String(deployRunId))
    expect(JSON.parse(run.outputs.selected)).toContain('model.shop.weekly_revenue')
    expect(JSON.parse(run.outputs.selected)).not.toContain('model.shop.fct_orders')
  }, 600_000)

  test('a locked pull request gets no comment, a warning that says why, and a passing build', async () => {
    fake.pullRequests.set(3, { headSha: 'feed3', locked: true })
    const run = await pullRequest(3)
    expectSucceeded(run)
    expect(run.outputs.status).toBe('success')
    expect(run.log).toContain(
      '::warning::No PR comment: The report comment was not posted on pull request #3'
    )
    expect(run.log).toContain('the conversation is locked')
    expect(run.summary).toContain('weekly_revenue')
    expect(fake.comments.filter(c => c.issue === 3)).toEqual([])
  }, 600_000)

  test('a fork pull request pushed again before its comment job gets no stale comment', async () => {
    fake.tokens.set('ghs_fork', {
      login: 'github-actions[bot]',
      type: 'Bot',
      canReadUser: false,
      canWrite: false
    })
    const built = 'f0f0000000000000000000000000000000000004'
    const forkRun = fake.addRun({
      workflow: 'fork-safe-ci.yml',
      event: 'pull_request',
      head_sha: built,
      head_branch: 'fix-revenue',
      headRepository: FORK,
      hoursAgo: 0
    })
    fake.pullRequests.set(4, { headSha: built, headRef: 'fix-revenue', headRepository: FORK })
    const ci = await pullRequest(4, {
      runId: forkRun.id,
      headSha: built,
      headRepository: FORK,
      extra: { 'github-token': 'ghs_fork', comment: 'false' }
    })
    expectSucceeded(ci)
    expect(fake.artifacts.some(a => a.runId === forkRun.id && a.name === 'dbt-slim-ci-report')).toBe(true)
    fake.pullRequests.set(4, {
      headSha: 'f0f1000000000000000000000000000000000004',
      headRef: 'fix-revenue',
      headRepository: FORK
    })
    const comment = await runAction({
      inputs: { mode: 'auto', 'github-token': 'ghs_actions' },
      eventName: 'workflow_run',
      event: {
        workflow_run: {
          id: forkRun.id,
          head_sha: built,
          head_branch: 'fix-revenue',
          head_repository: { full_name: FORK }
        },
        repository: repository()
      },
      env: { ...fake.environment(forkRun.id + 1), GITHUB_RUN_ID: String(forkRun.id + 1) }
    })
    expectSucceeded(comment)
    expect(comment.log).toContain('::notice::Not commenting on pull request #4: it has newer commits')
    expect(fake.comments.filter(c => c.issue === 4)).toEqual([])
  }, 600_000)

  test('a merge-queue check defers for the pull request its branch names', async () => {
    fake.pullRequests.set(5, { headSha: 'aaaa5' })
    const run = await runAction({
      inputs: inputs(),
      eventName: 'merge_group',
      event: {
        action: 'checks_requested',
        merge_group: { head_ref: 'refs/heads/gh-readonly-queue/main/pr-5-aaaa5', head_sha: 'aaaa5' },
        repository: repository()
      },
      env: {
        ...fake.environment(85_005),
        GITHUB_RUN_ID: '85005',
        GITHUB_REF: 'refs/heads/gh-readonly-queue/main/pr-5-aaaa5',
        GITHUB_SHA: 'aaaa5'
      }
    })
    expectSucceeded(run)
    expect(run.outputs.mode).toBe('defer')
    expect(run.outputs['pr-schema']).toBe(`${production}_pr_5`)
    expect(run.outputs['state-run-id']).toBe(String(deployRunId))
    expect(JSON.parse(run.outputs.selected)).toContain('model.shop.weekly_revenue')
  }, 600_000)

  test('on GitHub Enterprise Server a deploy leaves its state for an upload step, and PRs find it once uploaded', async () => {
    const ghes = { GITHUB_SERVER_URL: 'https://github.acme.internal' }
    const run = fake.addRun({ workflow: 'deploy.yml', event: 'push', hoursAgo: 0 })
    // The open PRs' views read production tables by object id; the preflight would (rightly) stop this swap.
    const deployed = await deploy(run.id, 1, ghes, { preflight: 'warn' })
    expectSucceeded(deployed)
    expect(fake.artifacts.filter(a => a.runId === run.id)).toEqual([])
    const folder = /Published the new production state to folder (\S+): GitHub Enterprise Server/.exec(
      deployed.log
    )?.[1]
    expect(folder).toBeDefined()
    // What actions/upload-artifact@v3 uploads from that folder.
    fake.addArtifact(
      run.id,
      'dbt-state',
      buildZip(readdirSync(folder!).map(name => ({ name, data: readFileSync(path.join(folder!, name)) })))
    )
    project.edit('models/marts/dim_customers.sql', sql => `-- customers\n${sql}`)
    fake.pullRequests.set(6, { headSha: 'feed6' })
    const pr = await runAction({
      inputs: inputs(),
      eventName: 'pull_request',
      event: {
        action: 'synchronize',
        number: 6,
        pull_request: {
          number: 6,
          head: { sha: 'feed6', repo: { full_name: fake.fullName } },
          base: { repo: { full_name: fake.fullName } }
        },
        repository: repository()
      },
      env: { ...fake.environment(86_006), GITHUB_RUN_ID: '86006', GITHUB_SHA: 'feed6', ...ghes }
    })
    expectSucceeded(pr)
    expect(pr.outputs['state-run-id']).toBe(String(run.id))
    expect(JSON.parse(pr.outputs.selected)).toContain('model.shop.dim_customers')
    expect(JSON.parse(pr.outputs.selected)).not.toContain('model.shop.fct_orders')
    expect(pr.log).toContain('GitHub Enterprise Server does not support `@actions/artifact` v2')
  }, 900_000)
})
