import { afterAll, beforeEach, expect, test, describe } from '@jest/globals'
import { testClock, wireEnvironment } from '../fakes/github-fixtures.js'
import { FakeGitHub } from '../fakes/github-server.js'

const fake = await FakeGitHub.start()
wireEnvironment(fake, 1)
const { PullRequestComments } = await import('../../src/github/pull-request-comments.js')
const { MAX_COMMENT_LENGTH } = await import('../../src/github/comment-body.js')

const PR = 17
const MARKER = '<!-- dbt-slim-ci:comment -->'

function comments(token = 'ghs_actions', options: { id?: string; author?: string } = {}) {
  return PullRequestComments.forToken(
    token,
    { owner: fake.owner, repo: fake.repo, number: PR },
    options,
    process.env,
    testClock()
  )
}

function onPullRequest() {
  return fake.comments.filter(comment => comment.issue === PR)
}

beforeEach(() => fake.reset())
afterAll(() => fake.close())

describe('the sticky report comment', () => {
  test('is created with the marker on its first line when the pull request has none', async () => {
    const result = await comments().upsert('## dbt Slim CI\n3 models modified')

    expect(result).toMatchObject({ posted: true, action: 'created', removedDuplicates: 0 })
    expect(onPullRequest().map(c => c.body)).toEqual([`${MARKER}\n## dbt Slim CI\n3 models modified`])
  })

  test('is updated in place on the next run', async () => {
    await comments().upsert('first run')

    const result = await comments().upsert('second run')

    expect(result).toMatchObject({ posted: true, action: 'updated' })
    expect(onPullRequest().map(c => c.body)).toEqual([`${MARKER}\nsecond run`])
  })

  test('is left alone when the report did not change', async () => {
    await comments().upsert('same report')

    const result = await comments().upsert('same report')

    expect(result).toMatchObject({ posted: true, action: 'unchanged' })
    expect(fake.requests.filter(r => r.method === 'PATCH')).toEqual([])
  })

  test('is found among more than 100 comments, on a later page', async () => {
    for (let i = 0; i < 130; i++) fake.addComment(PR, `review comment ${i}`, 'octocat', 'User')
    const ours = fake.addComment(PR, `${MARKER}\nold report`)
    for (let i = 0; i < 20; i++) fake.addComment(PR, `later comment ${i}`, 'octocat', 'User')

    const result = await comments().upsert('new report')

    expect(result).toMatchObject({ posted: true, action: 'updated', commentId: ours.id })
    expect(onPullRequest()).toHaveLength(151)
    const pages = fake.requests.filter(r => r.path.endsWith(`/issues/${PR}/comments`) && r.method === 'GET')
    expect(pages.map(r => [r.query.get('per_page'), r.query.get('page') ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2']
    ])
  })

  test('ignores a comment by someone else that quotes the marker', async () => {
    const human = fake.addComment(PR, `${MARKER}\nI copied your comment`, 'octocat', 'User')

    await comments().upsert('report')

    expect(onPullRequest()).toHaveLength(2)
    expect(fake.comments.find(c => c.id === human.id)?.body).toBe(`${MARKER}\nI copied your comment`)
  })

  test('only matches the marker on the first line', async () => {
    fake.addComment(PR, `quoting:\n${MARKER}\nold`)

    const result = await comments().upsert('report')

    expect(result).toMatchObject({ action: 'created' })
  })

  test('keeps one comment per marker id, so two jobs can keep two comments', async () => {
    await comments('ghs_actions', { id: 'postgres' }).upsert('postgres report')
    await comments('ghs_actions', { id: 'snowflake' }).upsert('snowflake report')
    await comments('ghs_actions', { id: 'postgres' }).upsert('postgres report v2')

    expect(onPullRequest().map(c => c.body)).toEqual([
      '<!-- dbt-slim-ci:postgres -->\npostgres report v2',
      '<!-- dbt-slim-ci:snowflake -->\nsnowflake report'
    ])
  })

  test("matches by the token's login when GitHub tells it (a personal access token)", async () => {
    fake.tokens.set('ghp_personal', { login: 'release-bot', type: 'User', canReadUser: true, canWrite: true })
    fake.addComment(PR, `${MARKER}\nfrom github-actions`)
    const mine = fake.addComment(PR, `${MARKER}\nfrom release-bot`, 'release-bot', 'User')

    const result = await comments('ghp_personal').upsert('report')

    expect(result).toMatchObject({ action: 'updated', commentId: mine.id })
  })

  test('matches an App installation token by the bot login of the comment it created', async () => {
    fake.tokens.set('ghs_app', { login: 'acme-ci[bot]', type: 'Bot', canReadUser: false, canWrite: true })

    await comments('ghs_app').upsert('first')
    const result = await comments('ghs_app').upsert('second')

    expect(result).toMatchObject({ action: 'updated' })
    expect(onPullRequest().map(c => [c.login, c.body])).toEqual([['acme-ci[bot]', `${MARKER}\nsecond`]])
  })

  test('two runs upserting at the same time end with exactly one comment', async () => {
    fake.holdCommentCreationsUntil(2)

    const results = await Promise.all([comments().upsert('run A'), comments().upsert('run B')])

    expect(onPullRequest()).toHaveLength(1)
    expect(results.every(r => r.posted)).toBe(true)
    expect(new Set(results.map(r => r.posted && r.commentId)).size).toBe(1)
  })

  test('cleans up duplicates left behind by earlier races, keeping the oldest', async () => {
    const oldest = fake.addComment(PR, `${MARKER}\nA`)
    fake.addComment(PR, `${MARKER}\nB`)

    const result = await comments().upsert('C')

    expect(result).toMatchObject({ action: 'updated', commentId: oldest.id, removedDuplicates: 1 })
    expect(onPullRequest().map(c => c.body)).toEqual([`${MARKER}\nC`])
  })

  test('caps the body at 65,536 characters with a truncation note, keeping the marker', async () => {
    const huge = Array.from({ length: 5000 }, (_, i) => `| model_${i} | modified | body changed |`).join('\n')

    await comments().upsert(huge)

    const [posted] = onPullRequest()
    expect(posted.body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(posted.body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(posted.body).toMatch(/comment truncated/)
  })

  test('on a fork pull request with a read-only token, reports that it could not post instead of failing', async () => {
    fake.tokens.set('ghs_fork', {
      login: 'github-actions[bot]',
      type: 'Bot',
      canReadUser: false,
      canWrite: false
    })

    const result = await comments('ghs_fork').upsert('report')

    expect(result.posted).toBe(false)
    expect(!result.posted && result.reason).toMatch(/HTTP 403.*forks.*`permissions: pull-requests: write`/)
    expect(onPullRequest()).toEqual([])
  })

  test('a rejected token still fails the run, naming the github-token input', async () => {
    await expect(comments('revoked').upsert('report')).rejects.toThrow(/`github-token`/)
  })
})
