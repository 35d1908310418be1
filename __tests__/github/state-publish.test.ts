import { afterAll, beforeEach, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  describeWithManifest,
  MANIFEST_FIXTURE,
  testClock,
  wireEnvironment
} from '../fakes/github-fixtures.js'
import { FakeGitHub } from '../fakes/github-server.js'

const DEPLOY_RUN = 4242
const fake = await FakeGitHub.start()
wireEnvironment(fake, DEPLOY_RUN)
const { publishProductionState } = await import('../../src/github/state-publish.js')
const { findProductionState } = await import('../../src/github/production-state.js')
const { artifactStateStore } = await import('../../src/github/state-artifact-store.js')
type StatePublication = import('../../src/github/state-publish.js').StatePublication

let work: string

function publication(overrides: Partial<StatePublication> = {}): StatePublication {
  const runResults = join(work, 'run_results.json')
  writeFileSync(runResults, '{"results": [{"unique_id": "model.jaffle.orders", "status": "success"}]}')
  return {
    artifact: 'dbt-state',
    retentionDays: 30,
    manifestPath: MANIFEST_FIXTURE,
    runResultsPath: runResults,
    previousManifestPath: null,
    record: {
      commitSha: 'c0ffee0000000000000000000000000000000000',
      runId: DEPLOY_RUN,
      runUrl: `https://github.com/acme/analytics/actions/runs/${DEPLOY_RUN}`,
      producedAt: new Date().toISOString(),
      dbtVersion: '1.10.23',
      schemas: ['analytics'],
      details: { deployMode: 'blue-green' }
    },
    ...overrides
  }
}

beforeEach(() => {
  fake.reset()
  work = mkdtempSync(join(tmpdir(), 'publish-test-'))
})
afterAll(() => fake.close())

describeWithManifest('publishing production state', () => {
  test('uploads manifest, run results and state.json, and the next PR run downloads the same state', async () => {
    fake.addRun({ id: DEPLOY_RUN, head_sha: 'c0ffee0000000000000000000000000000000000' })

    const published = await publishProductionState(publication())

    expect(published).toMatchObject({
      artifactName: 'dbt-state',
      files: ['manifest.json', 'state.json', 'run_results.json']
    })
    expect(published.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    const destination = join(work, 'downloaded')
    const state = await findProductionState(
      {
        token: 'ghs_actions',
        owner: fake.owner,
        repo: fake.repo,
        artifact: 'dbt-state',
        workflow: 'deploy.yml',
        branch: 'main',
        maxRuns: 20,
        maxAgeHours: 168,
        destination
      },
      { clock: testClock() }
    )
    expect(state.found).toBe(true)
    if (!state.found) return
    expect(state.artifactId).toBe(published.artifactId)
    expect(state.provenance).toMatchObject({
      runId: DEPLOY_RUN,
      commitSha: 'c0ffee0000000000000000000000000000000000'
    })
    expect(state.record).toMatchObject({
      dbtVersion: '1.10.23',
      schemas: ['analytics'],
      details: { deployMode: 'blue-green' }
    })
    expect(readFileSync(state.manifestPath)).toEqual(readFileSync(MANIFEST_FIXTURE))
    expect(readFileSync(state.runResultsPath!, 'utf8')).toContain('model.jaffle.orders')
  })

  test('publishes the previous production manifest beside the new one, for rollback', async () => {
    const published = await publishProductionState(publication({ previousManifestPath: MANIFEST_FIXTURE }))

    expect(published.files).toEqual([
      'manifest.json',
      'state.json',
      'run_results.json',
      'previous-manifest.json'
    ])
  })

  test('publishes without run results when the deploy wrote none', async () => {
    const published = await publishProductionState(publication({ runResultsPath: null }))

    expect(published.files).toEqual(['manifest.json', 'state.json'])
  })

  test('on GitHub Enterprise Server, writes the state for an upload-artifact@v3 step and says so', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'))
    const ghes = {
      ...process.env,
      GITHUB_SERVER_URL: 'https://github.acme.internal',
      RUNNER_TEMP: runnerTemp
    }
    const store = artifactStateStore(
      {
        token: 'ghs_actions',
        owner: 'acme',
        repo: 'analytics',
        artifact: 'dbt-state',
        workflow: 'deploy.yml',
        branch: 'main',
        maxRuns: 20,
        maxAgeHours: 168,
        retentionDays: 30
      },
      ghes
    )
    const { manifestPath, runResultsPath, previousManifestPath, record } = publication()

    const location = await store.publish({ manifestPath, runResultsPath, previousManifestPath, record })

    const dir = join(runnerTemp, 'dbt-slim-ci-state')
    expect(location).toContain(`folder ${dir}: GitHub Enterprise Server has no artifact service for actions`)
    expect(location).toContain('as artifact `dbt-state` with `actions/upload-artifact@v3`')
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'run_results.json', 'state.json'])
    expect(fake.requests.filter(r => r.path.includes('ArtifactService'))).toEqual([])
  })

  test('outside a GitHub Actions job, says to use state-path', async () => {
    const local = { ...process.env, ACTIONS_RUNTIME_TOKEN: undefined }

    await expect(publishProductionState(publication(), local)).rejects.toThrow(/`state-path`/)
  })
})
