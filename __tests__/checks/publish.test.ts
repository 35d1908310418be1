/** Check runs reach the loopback GitHub (validated against GitHub's OpenAPI description) in batches of 50 annotations. */
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'
import type { Annotation } from '../../src/checks/annotations.js'
import type { CheckRunContent } from '../../src/checks/content.js'
import { publishCheckRuns } from '../../src/github/check-runs.js'
import { FakeGitHub } from '../fakes/github-server.js'

let fake: FakeGitHub
beforeAll(async () => {
  fake = await FakeGitHub.start()
})
afterAll(async () => {
  await fake.close()
})
beforeEach(() => fake.reset())

const annotation = (line: number): Annotation => ({
  path: 'transform/models/marts/_marts.yml',
  start_line: line,
  end_line: line,
  annotation_level: 'failure',
  title: `Test ${line} failed`,
  message: 'Got 1 result'
})
const check = (name: string, annotations: Annotation[]): CheckRunContent => ({
  name,
  conclusion: annotations.length ? 'failure' : 'success',
  title: `${annotations.length} failed`,
  summary: '#### dbt Slim CI',
  annotations
})
const publish = (contents: CheckRunContent[], token = 'ghs_actions') =>
  publishCheckRuns(
    {
      token,
      owner: fake.owner,
      repo: fake.repo,
      headSha: 'a'.repeat(40),
      detailsUrl: 'https://github.com/acme/analytics/actions/runs/1'
    },
    contents,
    { GITHUB_API_URL: fake.url }
  )

test('each phase becomes one completed check run with its conclusion', async () => {
  const outcome = await publish([
    check('dbt plan', []),
    check('dbt build', []),
    check('dbt tests', [annotation(3)])
  ])

  expect(outcome).toEqual({
    published: true,
    urls: fake.checkRuns.map(c => `https://github.com/${fake.fullName}/runs/${c.id}`)
  })
  expect(fake.checkRuns.map(c => [c.name, c.status, c.conclusion, c.head_sha])).toEqual([
    ['dbt plan', 'completed', 'success', 'a'.repeat(40)],
    ['dbt build', 'completed', 'success', 'a'.repeat(40)],
    ['dbt tests', 'completed', 'failure', 'a'.repeat(40)]
  ])
  expect(fake.checkRuns[2].annotations).toEqual([annotation(3)])
})

test('120 annotations go as 50 with the create request and 50 and 20 as updates', async () => {
  const many = Array.from({ length: 120 }, (_, i) => annotation(i + 1))

  await publish([check('dbt tests', many)])

  expect(fake.checkRuns).toHaveLength(1)
  expect(fake.checkRuns[0].batches).toEqual([50, 50, 20])
  expect(fake.checkRuns[0].annotations).toEqual(many)
  expect(fake.requests.map(r => r.method)).toEqual(['POST', 'PATCH', 'PATCH'])
})

test('a token without checks: write gets a reason naming the permission, not an exception', async () => {
  fake.tokens.set('ghs_readonly', {
    login: 'github-actions[bot]',
    type: 'Bot',
    canReadUser: false,
    canWrite: true,
    canWriteChecks: false
  })

  const outcome = await publish([check('dbt plan', []), check('dbt build', [])], 'ghs_readonly')

  expect(outcome).toMatchObject({ published: false, urls: [] })
  expect(outcome.published === false && outcome.reason).toContain('`permissions: checks: write`')
  expect(fake.checkRuns).toEqual([])
  expect(fake.requests).toHaveLength(1)
})
