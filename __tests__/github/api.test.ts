import { afterAll, beforeEach, describe, expect, test } from '@jest/globals'
import { testClock, wireEnvironment } from '../fakes/github-fixtures.js'
import { FakeGitHub } from '../fakes/github-server.js'

const fake = await FakeGitHub.start()
wireEnvironment(fake, 1)
const { GitHubApi } = await import('../../src/github/api.js')
const { GitHubApiError } = await import('../../src/github/api-errors.js')
const { apiBaseUrl, createOctokit, currentWorkflowFile, isGhes } = await import('../../src/github/octokit.js')

const readRepository = { description: 'read the repository', permission: 'contents: read' }
let clock: ReturnType<typeof testClock>

function api(token = 'ghs_actions') {
  return new GitHubApi(createOctokit(token), fake.url, clock)
}

function getRepository(client = api()) {
  return client.call(readRepository, octokit =>
    octokit.rest.repos.get({ owner: fake.owner, repo: fake.repo })
  )
}

beforeEach(() => {
  fake.reset()
  clock = testClock()
})
afterAll(() => fake.close())

describe('calling GitHub', () => {
  test('retries a server error with backoff, then succeeds', async () => {
    fake.fail({ path: /^\/repos\/acme\/analytics$/, status: 502, message: 'Bad Gateway', times: 2 })

    const { data } = await getRepository()

    expect(data.default_branch).toBe('main')
    expect(clock.slept).toEqual([1000, 2000])
  })

  test('does not retry a client error', async () => {
    fake.fail({ path: /^\/repos\/acme\/analytics$/, status: 422, message: 'Validation Failed', times: 5 })

    await expect(getRepository()).rejects.toThrow(
      // Octokit adds GitHub's documentation_url to the message.
      'GitHub could not read the repository (HTTP 422: Validation Failed - https://docs.github.com/rest).'
    )
    expect(clock.slept).toEqual([])
  })

  test('waits a minute on a secondary rate limit that sends no headers', async () => {
    fake.fail({
      path: /^\/repos\/acme\/analytics$/,
      status: 403,
      message: 'You have exceeded a secondary rate limit'
    })

    await getRepository()

    expect(clock.slept).toEqual([60_000])
  })

  test('marks a failure caused by rate limiting, so callers can tell it from a missing permission', async () => {
    fake.fail({
      path: /^\/repos\/acme\/analytics$/,
      status: 429,
      message: 'Too Many Requests',
      headers: { 'retry-after': '3600' }
    })

    const error = await getRepository().catch((e: unknown) => e)

    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error).toMatchObject({ status: 429, rateLimited: true })
  })

  test('stops after the attempt limit even when each wait would fit', async () => {
    fake.fail({
      path: /^\/repos\/acme\/analytics$/,
      status: 429,
      message: 'Too Many Requests',
      headers: { 'retry-after': '1' },
      times: 10
    })

    await expect(getRepository()).rejects.toMatchObject({ rateLimited: true })
    expect(clock.slept).toEqual([1000, 1000, 1000])
  })

  test('reads every page of a list through a failure in the middle', async () => {
    for (let i = 0; i < 250; i++) fake.addComment(5, `comment ${i}`)
    fake.fail({ method: 'GET', path: /\/issues\/5\/comments$/, status: 503, message: 'Service Unavailable' })
    const client = api()
    const list = client.octokit.paginate.iterator(client.octokit.rest.issues.listComments, {
      owner: fake.owner,
      repo: fake.repo,
      issue_number: 5,
      per_page: 100
    })

    const sizes: number[] = []
    for await (const page of client.pages(readRepository, list)) sizes.push(page.length)

    expect(sizes).toEqual([100, 100, 50])
  })
})

describe('where GitHub is', () => {
  test('the API URL comes from GITHUB_API_URL at call time', () => {
    expect(apiBaseUrl({ GITHUB_API_URL: 'https://ghes.acme.internal/api/v3/' })).toBe(
      'https://ghes.acme.internal/api/v3'
    )
    expect(apiBaseUrl({})).toBe('https://api.github.com')
  })

  test('GitHub Enterprise Server is any server other than github.com, GHE.com or localhost', () => {
    expect(isGhes({})).toBe(false)
    expect(isGhes({ GITHUB_SERVER_URL: 'https://github.com' })).toBe(false)
    expect(isGhes({ GITHUB_SERVER_URL: 'https://acme.ghe.com' })).toBe(false)
    expect(isGhes({ GITHUB_SERVER_URL: 'http://fake.localhost' })).toBe(false)
    expect(isGhes({ GITHUB_SERVER_URL: 'https://github.acme.internal' })).toBe(true)
  })

  test('the current workflow file comes from GITHUB_WORKFLOW_REF', () => {
    const env = { GITHUB_WORKFLOW_REF: 'acme/analytics/.github/workflows/dbt.yml@refs/pull/17/merge' }

    expect(currentWorkflowFile(env)).toBe('dbt.yml')
    expect(currentWorkflowFile({})).toBeNull()
  })
})
