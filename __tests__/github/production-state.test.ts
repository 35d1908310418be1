import { afterAll, beforeEach, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeWithManifest, stateZip, testClock, wireEnvironment } from '../fakes/github-fixtures.js'
import { FakeGitHub } from '../fakes/github-server.js'
import { buildZip } from '../fakes/github-zip.js'

const fake = await FakeGitHub.start()
wireEnvironment(fake, 1)
// Imported only now: @actions/github reads GITHUB_API_URL when it loads.
const { findProductionState } = await import('../../src/github/production-state.js')
const { GitHubApi } = await import('../../src/github/api.js')
const { createOctokit } = await import('../../src/github/octokit.js')
const { UserError, ArtifactError } = await import('../../src/errors.js')
type StateLookup = import('../../src/github/production-state.js').StateLookup

let destination: string
let clock: ReturnType<typeof testClock>

function lookup(overrides: Partial<StateLookup> = {}): StateLookup {
  return {
    token: 'ghs_actions',
    owner: fake.owner,
    repo: fake.repo,
    artifact: 'dbt-state',
    workflow: 'deploy.yml',
    branch: 'main',
    maxRuns: 20,
    maxAgeHours: 168,
    destination,
    ...overrides
  }
}

function find(overrides: Partial<StateLookup> = {}, env: Record<string, string | undefined> = process.env) {
  return findProductionState(lookup(overrides), { clock, env })
}

beforeEach(() => {
  fake.reset()
  destination = mkdtempSync(join(tmpdir(), 'state-test-'))
  clock = testClock()
})
afterAll(() => fake.close())

describeWithManifest('finding the production state artifact', () => {
  test('takes the newest successful deploy run that has the artifact, and reports where it came from', async () => {
    const older = fake.addRun({ hoursAgo: 30 })
    fake.addArtifact(older.id, 'dbt-state', stateZip())
    const newest = fake.addRun({ hoursAgo: 2 })
    const artifact = fake.addArtifact(
      newest.id,
      'dbt-state',
      stateZip({ producedAt: new Date(Date.now() - 2 * 3_600_000).toISOString() })
    )

    const state = await find()

    expect(state.found).toBe(true)
    if (!state.found) return
    expect(state.provenance).toMatchObject({
      source: 'artifact',
      runId: newest.id,
      commitSha: newest.head_sha,
      location: 'dbt-state',
      dbtVersion: state.manifest.metadata.dbtVersion
    })
    expect(state.artifactId).toBe(artifact.id)
    expect(state.provenance.runUrl).toContain(`/actions/runs/${newest.id}`)
    expect(state.provenance.ageSeconds).toBeGreaterThan(1.9 * 3600)
    expect(state.manifestPath).toBe(join(destination, 'manifest.json'))
    expect(state.runResultsPath).toBe(join(destination, 'run_results.json'))
    expect(state.manifest.metadata.schemaVersion).toBe(12)
    expect(state.warnings).toEqual([])
    expect(state.examinedRuns.map(run => run.outcome)).toEqual(['selected'])
    const blobDownload = fake.requests.find(r => r.path.startsWith('/blob/artifacts/'))
    expect(blobDownload?.userAgent).toContain('@actions/artifact')
  })

  test('pages back through runs until one has a live artifact, three pages deep', async () => {
    for (let i = 0; i < 230; i++) fake.addRun({ hoursAgo: 1 + i / 100 })
    const run = fake.addRun({ hoursAgo: 10 })
    fake.addArtifact(run.id, 'dbt-state', stateZip())

    const state = await find({ maxRuns: 250 })

    expect(state.found && state.provenance.runId).toBe(run.id)
    const pages = fake.requests
      .filter(r => r.path.endsWith('/runs') && r.query.get('status') === 'success')
      .map(r => r.query.get('page') ?? '1')
    expect(pages).toEqual(['1', '2', '3'])
  })

  test('stops looking after state-max-runs runs', async () => {
    for (let i = 0; i < 5; i++) fake.addRun({ hoursAgo: 1 + i })
    const run = fake.addRun({ hoursAgo: 10 })
    fake.addArtifact(run.id, 'dbt-state', stateZip())

    const state = await find({ maxRuns: 5 })

    expect(state.found).toBe(false)
    expect(state.examinedRuns).toHaveLength(5)
  })

  test('falls back to an older run when the newest artifact is listed as expired', async () => {
    const older = fake.addRun({ hoursAgo: 48 })
    fake.addArtifact(older.id, 'dbt-state', stateZip())
    const newest = fake.addRun({ hoursAgo: 1 })
    fake.addArtifact(newest.id, 'dbt-state', stateZip(), { expired: true })

    const state = await find()

    expect(state.found && state.provenance.runId).toBe(older.id)
    expect(state.examinedRuns.map(run => [run.runId, run.outcome])).toEqual([
      [newest.id, 'artifact-expired'],
      [older.id, 'selected']
    ])
    expect(state.found && state.warnings.map(w => w.kind)).toEqual(['newer-runs-unusable'])
  })

  test('falls back when the artifact expires between listing and download (HTTP 410)', async () => {
    const older = fake.addRun({ hoursAgo: 48 })
    fake.addArtifact(older.id, 'dbt-state', stateZip())
    const newest = fake.addRun({ hoursAgo: 1 })
    const gone = fake.addArtifact(newest.id, 'dbt-state', stateZip())
    fake.fail({
      path: new RegExp(`/artifacts/${gone.id}/zip$`),
      status: 410,
      message: 'Artifact has expired'
    })

    const state = await find()

    expect(state.found && state.provenance.runId).toBe(older.id)
    expect(state.examinedRuns[0]).toMatchObject({ runId: newest.id, outcome: 'artifact-expired' })
  })

  test('falls back when a run published no artifact of that name', async () => {
    const older = fake.addRun({ hoursAgo: 48 })
    fake.addArtifact(older.id, 'dbt-state', stateZip())
    const newest = fake.addRun({ hoursAgo: 1 })
    fake.addArtifact(newest.id, 'coverage-report', stateZip())

    const state = await find()

    expect(state.found && state.provenance.runId).toBe(older.id)
    expect(state.examinedRuns[0]).toMatchObject({ runId: newest.id, outcome: 'artifact-missing' })
  })

  test("never takes state from a fork's run, even of a branch with the same name", async () => {
    const ours = fake.addRun({ hoursAgo: 24 })
    fake.addArtifact(ours.id, 'dbt-state', stateZip())
    const fork = fake.addRun({ hoursAgo: 1, headRepository: 'mallory/analytics' })
    const poisoned = fake.addArtifact(fork.id, 'dbt-state', stateZip())

    const state = await find()

    expect(state.found && state.provenance.runId).toBe(ours.id)
    expect(state.examinedRuns[0]).toMatchObject({ runId: fork.id, outcome: 'fork' })
    expect(fake.requests.some(r => r.path.includes(`/artifacts/${poisoned.id}/`))).toBe(false)
    expect(fake.requests.some(r => r.path.includes(`/runs/${fork.id}/artifacts`))).toBe(false)
  })

  test('ignores runs of events that do not deploy, such as pull_request', async () => {
    const deploy = fake.addRun({ hoursAgo: 24, event: 'schedule' })
    fake.addArtifact(deploy.id, 'dbt-state', stateZip())
    const pr = fake.addRun({ hoursAgo: 1, event: 'pull_request' })
    fake.addArtifact(pr.id, 'dbt-state', stateZip())

    const state = await find()

    expect(state.found && state.provenance.runId).toBe(deploy.id)
    expect(state.examinedRuns[0]).toMatchObject({ runId: pr.id, outcome: 'event' })
  })

  test('uses the repository default branch when no branch is given', async () => {
    fake.defaultBranch = 'trunk'
    const run = fake.addRun({ hoursAgo: 1, head_branch: 'trunk' })
    fake.addArtifact(run.id, 'dbt-state', stateZip())
    fake.addRun({ hoursAgo: 0.5, head_branch: 'feature' })

    const state = await find({ branch: null })

    expect(state.found && state.provenance.runId).toBe(run.id)
  })

  test('with no usable run anywhere, says so with every run looked at and why it was passed over', async () => {
    fake.addRun({ hoursAgo: 1, headRepository: 'mallory/analytics' })
    const expired = fake.addRun({ hoursAgo: 2 })
    fake.addArtifact(expired.id, 'dbt-state', stateZip(), { expired: true })
    fake.addRun({ hoursAgo: 3 })

    const state = await find()

    expect(state.found).toBe(false)
    if (state.found) return
    expect(state.provenance.source).toBe('none')
    expect(state.examinedRuns.map(run => run.outcome)).toEqual([
      'fork',
      'artifact-expired',
      'artifact-missing'
    ])
    expect(state.reasons[0]).toContain('3 newest successful run(s) of workflow `deploy.yml` on `main`')
  })

  test('with no successful run at all, says the workflow has none', async () => {
    fake.addRun({ hoursAgo: 1, conclusion: 'failure' })

    const state = await find()

    expect(state.found).toBe(false)
    expect(!state.found && state.reasons[0]).toContain('No successful run of workflow `deploy.yml` on `main`')
  })
})

describeWithManifest('verifying what was downloaded', () => {
  test('rejects an artifact whose digest does not match the one GitHub lists', async () => {
    const run = fake.addRun()
    fake.addArtifact(run.id, 'dbt-state', stateZip(), { digest: `sha256:${'0'.repeat(64)}` })

    const failure = find()

    await expect(failure).rejects.toBeInstanceOf(ArtifactError)
    await expect(failure).rejects.toThrow(/digest does not match/)
  })

  test('rejects a corrupted zip with a message naming the artifact and run', async () => {
    const run = fake.addRun()
    const zip = stateZip()
    zip.fill(0x55, 40, 400)
    fake.addArtifact(run.id, 'dbt-state', zip)

    await expect(find()).rejects.toThrow(new RegExp(`dbt-state.*run ${run.id}.*not a usable zip archive`))
  })

  test('refuses an archive with an entry that climbs out of the target folder, writing nothing', async () => {
    const run = fake.addRun()
    const outside = join(destination, '..', 'escaped.json')
    fake.addArtifact(run.id, 'dbt-state', stateZip({}, [{ name: '../escaped.json', data: '{}' }]))

    await expect(find()).rejects.toThrow(/points outside the extraction folder/)
    expect(existsSync(outside)).toBe(false)
    expect(readdirSync(destination)).toEqual([])
  })

  test('rejects an artifact that has no manifest.json', async () => {
    const run = fake.addRun()
    fake.addArtifact(run.id, 'dbt-state', buildZip([{ name: 'state.json', data: '{}' }]))

    await expect(find()).rejects.toThrow(/holds no manifest.json/)
  })

  test('extracts only the state files and skips anything else in the archive', async () => {
    const run = fake.addRun()
    fake.addArtifact(run.id, 'dbt-state', stateZip({}, [{ name: 'notes/readme.txt', data: 'hello' }]))

    await find()

    expect(readdirSync(destination).sort()).toEqual(['manifest.json', 'run_results.json', 'state.json'])
  })
})

describeWithManifest('GitHub Enterprise Server', () => {
  test('downloads through the REST zip endpoint, since @actions/artifact refuses to run there', async () => {
    const run = fake.addRun()
    fake.addArtifact(run.id, 'dbt-state', stateZip())
    const ghes = { ...process.env, GITHUB_SERVER_URL: 'https://github.acme.internal' }

    const state = await find({}, ghes)

    expect(state.found && state.provenance.runId).toBe(run.id)
    const blobDownload = fake.requests.find(r => r.path.startsWith('/blob/artifacts/'))
    expect(blobDownload?.userAgent).not.toContain('@actions/artifact')
  })

  test('checks the digest on the REST path too', async () => {
    const run = fake.addRun()
    fake.addArtifact(run.id, 'dbt-state', stateZip(), { digest: `sha256:${'f'.repeat(64)}` })
    const ghes = { ...process.env, GITHUB_SERVER_URL: 'https://github.acme.internal' }

    await expect(find({}, ghes)).rejects.toThrow(/digest does not match/)
  })
})

describeWithManifest('warnings about the state in use', () => {
  test('warns when the state is older than state-max-age-hours', async () => {
    const run = fake.addRun({ hoursAgo: 200 })
    fake.addArtifact(
      run.id,
      'dbt-state',
      stateZip({ producedAt: new Date(Date.now() - 200 * 3_600_000).toISOString() })
    )

    const state = await find({ maxAgeHours: 168 })

    expect(state.found && state.warnings).toEqual([
      expect.objectContaining({ kind: 'stale', maxAgeHours: 168 })
    ])
  })

  test('lists newer commits whose deploy runs failed: production may not match the branch', async () => {
    const deployed = fake.addRun({ hoursAgo: 10 })
    fake.addArtifact(deployed.id, 'dbt-state', stateZip())
    const failed = fake.addRun({ hoursAgo: 5, conclusion: 'failure' })
    const timedOut = fake.addRun({ hoursAgo: 3, conclusion: 'timed_out' })
    fake.addRun({ hoursAgo: 20, conclusion: 'failure' })
    fake.addRun({ hoursAgo: 2, conclusion: 'failure', headRepository: 'mallory/analytics' })

    const state = await find()

    expect(state.found).toBe(true)
    if (!state.found) return
    const warning = state.warnings.find(w => w.kind === 'newer-deploys-failed')
    expect(
      warning?.kind === 'newer-deploys-failed' && warning.runs.map(r => [r.runId, r.conclusion])
    ).toEqual([
      [timedOut.id, 'timed_out'],
      [failed.id, 'failure']
    ])
    expect(warning?.message).toContain(failed.head_sha.slice(0, 7))
  })
})

describeWithManifest('GitHub refusing or failing', () => {
  test('waits out a rate limit until x-ratelimit-reset, then carries on', async () => {
    const run = fake.addRun()
    fake.addArtifact(run.id, 'dbt-state', stateZip())
    const reset = Math.ceil(clock.now().getTime() / 1000) + 30
    fake.fail({
      path: /\/runs$/,
      status: 403,
      message: 'API rate limit exceeded',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }
    })

    const state = await find()

    expect(state.found).toBe(true)
    expect(clock.slept).toHaveLength(1)
    expect(clock.slept[0]).toBeGreaterThan(29_000)
  })

  test('waits for retry-after on a secondary rate limit (429)', async () => {
    const run = fake.addRun()
    fake.addArtifact(run.id, 'dbt-state', stateZip())
    fake.fail({
      path: /\/artifacts$/,
      status: 429,
      message: 'secondary rate limit',
      headers: { 'retry-after': '7' }
    })

    await find()

    expect(clock.slept).toEqual([7000])
  })

  test('gives up when the rate limit resets later than the bound, saying when it resets', async () => {
    fake.fail({
      path: /\/runs$/,
      status: 403,
      message: 'API rate limit exceeded',
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600)
      },
      times: 10
    })

    await expect(find()).rejects.toThrow(/rate limit.*allows requests again at/)
    expect(clock.slept).toEqual([])
  })

  test('a rejected token names the github-token input', async () => {
    await expect(find({ token: 'revoked' })).rejects.toThrow(/HTTP 401.*`github-token`/)
  })

  test('a missing token names the github-token input and the state-path alternative', async () => {
    await expect(find({ token: '' })).rejects.toThrow(/`github-token`.*`state-path`/)
  })

  test('a token without actions: read is told which permission to add', async () => {
    fake.fail({ path: /\/runs$/, status: 403, message: 'Resource not accessible by integration' })

    const failure = find()

    await expect(failure).rejects.toBeInstanceOf(UserError)
    await expect(failure).rejects.toThrow(/add `permissions: actions: read` to the job/i)
  })

  test('a workflow GitHub does not know (404) is no production state yet, and says why', async () => {
    fake.addRun({ workflow: 'deploy.yml' })

    const state = await find({ workflow: 'deploy.yaml' })

    expect(state.found).toBe(false)
    expect(!state.found && state.reasons[0]).toMatch(
      /workflow `deploy.yaml` named in `state-workflow` has no runs yet.*everything is built/
    )
    expect(state.provenance.warnings).toEqual([
      { code: 'missing', message: expect.stringContaining('`deploy.yaml`') }
    ])
  })

  test('an unreachable API is retried a bounded number of times, then reported as a network failure', async () => {
    const api = new GitHubApi(
      createOctokit('ghs_actions', { GITHUB_API_URL: 'http://127.0.0.1:9' }),
      'http://127.0.0.1:9',
      clock
    )

    await expect(findProductionState(lookup(), { api, clock })).rejects.toThrow(
      /no answer from GitHub at http:\/\/127.0.0.1:9/
    )
    expect(clock.slept).toEqual([1000, 2000, 4000])
  })
})
