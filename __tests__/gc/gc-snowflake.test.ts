/**
 * Garbage collection on Snowflake (the real snowflake-sdk against the loopback Snowflake), asking the loopback
 * GitHub which pull requests are closed: the exact statements it sends, what it drops and what it keeps.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from '@jest/globals'
import { pullRequestStates } from '../../src/github/pull-request-states.js'
import { sweep, type SweepInput } from '../../src/gc/sweep.js'
import { formatMark, type OwnershipMark } from '../../src/warehouse/ownership-mark.js'
import {
  createSnowflakeWarehouse,
  snowflakeSettingsFromProfile,
  type SnowflakeWarehouseRunOptions
} from '../../src/warehouse/snowflake/index.js'
import type { Warehouse } from '../../src/warehouse/warehouse.js'
import { FakeGitHub } from '../fakes/github-server.js'
import { FakeSnowflakeServer } from '../fakes/snowflake-server.js'

const now = new Date()
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()
const mark = (fields: Partial<OwnershipMark> & { builtHoursAgo: number }): string => {
  const { builtHoursAgo, ...rest } = fields
  return formatMark({
    role: 'pr',
    repository: 'acme/analytics',
    pullRequest: 1,
    createdAt: hoursAgo(builtHoursAgo),
    updatedAt: hoursAgo(builtHoursAgo),
    ...rest
  })
}
const deploy = { role: 'deploy' as const, pullRequest: null }

let github: FakeGitHub
let snowflake: FakeSnowflakeServer
let warehouse: Warehouse
const logged: string[] = []

beforeAll(async () => {
  github = await FakeGitHub.start()
})
afterAll(async () => {
  await github.close()
})
beforeEach(async () => {
  github.reset()
  logged.length = 0
  snowflake = await FakeSnowflakeServer.start({ password: 'secret' })
})
afterEach(async () => {
  await warehouse.close()
  await snowflake.stop()
})

async function connect(options: SnowflakeWarehouseRunOptions = {}): Promise<Warehouse> {
  const settings = snowflakeSettingsFromProfile({
    account: 'acme',
    user: 'ci',
    password: 'secret',
    database: 'analytics',
    role: 'transformer'
  })
  warehouse = await createSnowflakeWarehouse(settings, {
    accessUrl: snowflake.url,
    queryTag: 'gc',
    ...options
  })
  return warehouse
}

function input(fields: Partial<SweepInput> = {}): SweepInput {
  return {
    repository: github.fullName,
    targets: [
      {
        level: 'schema',
        database: null,
        production: 'analytics',
        green: 'analytics__green',
        previous: 'analytics__previous'
      }
    ],
    productionSchemas: [{ database: 'analytics', schema: 'analytics' }],
    pullRequests: {
      ask: numbers =>
        pullRequestStates({ token: 'ghs_actions', owner: github.owner, repo: github.repo }, numbers, {
          GITHUB_API_URL: github.url
        })
    },
    now,
    ttlHours: 168,
    productionSince: hoursAgo(400),
    dryRun: false,
    log: { info: message => logged.push(message), warning: message => logged.push(`warning: ${message}`) },
    ...fields
  }
}

function seed(): Map<string, string | null> {
  github.pullRequests.set(7, { headSha: 'a'.repeat(40), state: 'closed', merged: true })
  github.pullRequests.set(8, { headSha: 'b'.repeat(40) })
  return snowflake.schemaCatalog({
    'ANALYTICS.ANALYTICS': mark({ pullRequest: 7, builtHoursAgo: 1 }),
    'ANALYTICS.ANALYTICS_PR_7': mark({ pullRequest: 7, builtHoursAgo: 1 }),
    'ANALYTICS.REVIEW_APP_SEVEN': mark({ pullRequest: 7, builtHoursAgo: 2 }),
    'ANALYTICS.ANALYTICS_PR_8': mark({ pullRequest: 8, builtHoursAgo: 3 }),
    'ANALYTICS.ANALYTICS__PREVIOUS': mark({ ...deploy, builtHoursAgo: 900 }),
    'ANALYTICS.MARTS': 'the finance marts'
  })
}

test('drops the schemas of a closed pull request whatever their name, and the old previous production', async () => {
  const catalog = seed()

  const { gc, failures } = await sweep(await connect(), input())

  expect(failures).toEqual([])
  expect(snowflake.sql).toEqual([
    // The connection's default database, then the one production state names: the same here.
    'SHOW SCHEMAS IN DATABASE "ANALYTICS"',
    'SHOW SCHEMAS IN DATABASE "ANALYTICS"',
    // Does the green exist; does the previous exist, and its mark.
    `SHOW SCHEMAS LIKE 'ANALYTICS__GREEN' IN DATABASE "ANALYTICS"`,
    `SHOW SCHEMAS LIKE 'ANALYTICS__PREVIOUS' IN DATABASE "ANALYTICS"`,
    `SHOW SCHEMAS LIKE 'ANALYTICS__PREVIOUS' IN DATABASE "ANALYTICS"`,
    'DROP SCHEMA IF EXISTS "ANALYTICS"."ANALYTICS__PREVIOUS"',
    'DROP SCHEMA IF EXISTS "ANALYTICS"."ANALYTICS_PR_7"',
    'DROP SCHEMA IF EXISTS "ANALYTICS"."REVIEW_APP_SEVEN"'
  ])
  expect([...catalog.keys()].sort()).toEqual([
    'ANALYTICS.ANALYTICS',
    'ANALYTICS.ANALYTICS_PR_8',
    'ANALYTICS.MARTS'
  ])
  // Leftovers are named as the project names them; marked schemas as Snowflake stores them.
  expect(gc.dropped.map(entry => [entry.name, entry.reason])).toEqual([
    [
      'analytics__previous',
      'the previous production (rollback), 16 days since it stopped being production: older than the TTL of 168 hours'
    ],
    ['ANALYTICS_PR_7', 'pull request #7 is closed'],
    ['REVIEW_APP_SEVEN', 'pull request #7 is closed']
  ])
  expect(gc.kept.map(entry => [entry.name, entry.reason])).toEqual([
    ['ANALYTICS', 'production uses it'],
    [
      'ANALYTICS_PR_8',
      'pull request #8 is open, 3 hours since it was last built: within the TTL of 168 hours'
    ]
  ])
  expect(github.requests.map(r => `${r.method} ${r.path}`)).toEqual([
    `GET /repos/${github.fullName}/pulls/7`,
    `GET /repos/${github.fullName}/pulls/8`
  ])
})

test('a pull request GitHub does not know keeps its schema until the TTL, saying why', async () => {
  snowflake.schemaCatalog({ 'ANALYTICS.ANALYTICS_PR_9': mark({ pullRequest: 9, builtHoursAgo: 5 }) })

  const { gc } = await sweep(await connect(), input())

  expect(gc.dropped).toEqual([])
  expect(gc.kept[0].reason).toMatch(
    /^pull request #9's state is unknown \(GitHub could not read pull request #9 \(HTTP 404: Not Found/
  )
})

test('without GitHub the TTL alone decides, and the report says so', async () => {
  snowflake.schemaCatalog({
    'ANALYTICS.ANALYTICS_PR_7': mark({ pullRequest: 7, builtHoursAgo: 1 }),
    'ANALYTICS.ANALYTICS_PR_6': mark({ pullRequest: 6, builtHoursAgo: 200 })
  })

  const { gc } = await sweep(await connect(), input({ pullRequests: { ask: null, why: 'no token' } }))

  expect(gc).toMatchObject({ pullRequestStates: 'ttl-only', note: 'no token' })
  expect(gc.dropped.map(entry => entry.name)).toEqual(['ANALYTICS_PR_6'])
  expect(gc.kept.map(entry => entry.name)).toEqual(['ANALYTICS_PR_7'])
  expect(logged).toContain('warning: no token')
  expect(github.requests).toEqual([])
})

test('a dry run sends only the SHOW statements and lists the drops it would make', async () => {
  const catalog = seed()

  const { gc } = await sweep(await connect({ dryRun: true }), input({ dryRun: true }))

  expect(snowflake.sql.every(sql => sql.startsWith('SHOW '))).toBe(true)
  expect(catalog.size).toBe(6)
  expect(gc.dropped.map(entry => entry.name)).toEqual([
    'analytics__previous',
    'ANALYTICS_PR_7',
    'REVIEW_APP_SEVEN'
  ])
  expect(warehouse.statements.filter(s => s.skipped).map(s => s.sql)).toEqual([
    'DROP SCHEMA IF EXISTS "ANALYTICS"."ANALYTICS__PREVIOUS"',
    'DROP SCHEMA IF EXISTS "ANALYTICS"."ANALYTICS_PR_7"',
    'DROP SCHEMA IF EXISTS "ANALYTICS"."REVIEW_APP_SEVEN"'
  ])
})
