/** Which containers garbage collection drops, and the reason it gives for every one it drops or keeps. */
import { expect, test } from '@jest/globals'
import { planGc, type GcCandidate, type GcInput, type PullRequestStatus } from '../../src/gc/plan.js'
import type { OwnershipMark } from '../../src/warehouse/ownership-mark.js'

const now = new Date('2026-12-02T12:00:00.000Z')
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()

function mark(fields: Partial<OwnershipMark> & { builtHoursAgo: number }): OwnershipMark {
  const { builtHoursAgo, ...rest } = fields
  return {
    role: 'pr',
    repository: 'acme/analytics',
    pullRequest: 1,
    createdAt: hoursAgo(builtHoursAgo + 1),
    updatedAt: hoursAgo(builtHoursAgo),
    ...rest
  }
}

const pr = (name: string, m: OwnershipMark | null): GcCandidate => ({
  container: { level: 'schema', database: 'test', name },
  kind: 'pr',
  mark: m
})
const leftover = (name: string, kind: 'green' | 'previous', m: OwnershipMark | null): GcCandidate => ({
  container: { level: 'schema', database: 'test', name },
  kind,
  mark: m
})

function plan(candidates: GcCandidate[], fields: Partial<GcInput> = {}) {
  return planGc({
    repository: 'acme/analytics',
    candidates,
    protectedNames: new Set(['analytics', 'analytics_staging']),
    pullRequests: new Map<number, PullRequestStatus>(),
    now,
    ttlHours: 168,
    productionSince: null,
    ...fields
  }).map(d => [d.container.name, d.action, d.reason])
}

test('a closed pull request loses its schema however recently it was built', () => {
  expect(
    plan([pr('analytics_pr_1', mark({ builtHoursAgo: 1 }))], {
      pullRequests: new Map([[1, { state: 'closed' }]])
    })
  ).toEqual([['analytics_pr_1', 'drop', 'pull request #1 is closed']])
})

test('an open pull request keeps its schema within the TTL and loses it past the TTL', () => {
  const pullRequests = new Map<number, PullRequestStatus>([
    [1, { state: 'open' }],
    [2, { state: 'open' }]
  ])
  expect(
    plan(
      [
        pr('analytics_pr_1', mark({ builtHoursAgo: 5 })),
        pr('analytics_pr_2', mark({ pullRequest: 2, builtHoursAgo: 200 }))
      ],
      { pullRequests }
    )
  ).toEqual([
    [
      'analytics_pr_1',
      'keep',
      'pull request #1 is open, 5 hours since it was last built: within the TTL of 168 hours'
    ],
    [
      'analytics_pr_2',
      'drop',
      'pull request #2 is open, 8 days since it was last built: older than the TTL of 168 hours'
    ]
  ])
})

test('without GitHub only the TTL decides, and the reason says the state was not asked', () => {
  expect(plan([pr('analytics_pr_1', mark({ builtHoursAgo: 169 }))], { pullRequests: null })).toEqual([
    [
      'analytics_pr_1',
      'drop',
      "pull request #1's state was not asked (TTL only), 7 days since it was last built: older than the TTL of 168 hours"
    ]
  ])
})

test("a pull request GitHub would not describe falls back to the TTL, with GitHub's answer", () => {
  expect(
    plan([pr('analytics_pr_1', mark({ builtHoursAgo: 2 }))], {
      pullRequests: new Map([[1, { state: 'unknown', why: 'HTTP 404' }]])
    })
  ).toEqual([
    [
      'analytics_pr_1',
      'keep',
      "pull request #1's state is unknown (HTTP 404), 2 hours since it was last built: within the TTL of 168 hours"
    ]
  ])
})

test('a schema production uses is kept even when it carries a closed pull request mark', () => {
  expect(
    plan([pr('ANALYTICS', mark({ builtHoursAgo: 500 }))], {
      pullRequests: new Map([[1, { state: 'closed' }]])
    })
  ).toEqual([['ANALYTICS', 'keep', 'production uses it']])
})

test("another repository's marks are kept: this run cannot ask about its pull requests", () => {
  expect(plan([pr('their_pr_1', mark({ repository: 'someone/else', builtHoursAgo: 500 }))])).toEqual([
    ['their_pr_1', 'keep', 'its mark belongs to someone/else']
  ])
})

test('green leftovers are dropped past the TTL and kept within it', () => {
  const deploy = (builtHoursAgo: number) => mark({ role: 'deploy', pullRequest: null, builtHoursAgo })
  expect(
    plan([
      leftover('analytics__green', 'green', deploy(300)),
      leftover('analytics__green_staging', 'green', deploy(3))
    ])
  ).toEqual([
    [
      'analytics__green',
      'drop',
      'a green leftover of a deploy that did not swap, 12 days since it was last built: older than the TTL of 168 hours'
    ],
    [
      'analytics__green_staging',
      'keep',
      'a green leftover of a deploy that did not swap, 3 hours since it was last built: within the TTL of 168 hours'
    ]
  ])
})

test('the previous production ages from when the current production replaced it', () => {
  const builtLongAgo = mark({ role: 'deploy', pullRequest: null, builtHoursAgo: 1000 })
  expect(
    plan([leftover('analytics__previous', 'previous', builtLongAgo)], { productionSince: hoursAgo(20) })
  ).toEqual([
    [
      'analytics__previous',
      'keep',
      'the previous production (rollback), 20 hours since it stopped being production: within the TTL of 168 hours'
    ]
  ])
})

test('a green or previous container without a deploy mark is kept: nothing says dbt-slim-ci made it', () => {
  expect(
    plan([
      leftover('analytics__previous', 'previous', null),
      leftover('analytics__green', 'green', mark({ builtHoursAgo: 500 }))
    ])
  ).toEqual([
    ['analytics__green', 'keep', 'its mark says a pull request built it, not a deploy'],
    ['analytics__previous', 'keep', 'it has no ownership mark, so nothing says dbt-slim-ci built it']
  ])
})
