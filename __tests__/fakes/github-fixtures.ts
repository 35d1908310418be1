import { describe } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Clock } from '../../src/github/clock.js'
import type { FakeGitHub } from './github-server.js'
import { buildZip } from './github-zip.js'
import type { ZipFixtureEntry } from './github-zip.js'

/** A small real manifest (schema v12, written by dbt 1.9.9), read from the shared fixtures, never copied. */
export const MANIFEST_FIXTURE = fileURLToPath(
  new URL('../../../shared/fixtures/manifests/dbt-core-state/state_v12_at_v1.9.9.json', import.meta.url)
)

/** Runs the suite when the fixture is present; without it skips, except under CI=true where it must fail. */
export const describeWithManifest =
  existsSync(MANIFEST_FIXTURE) || process.env.CI === 'true' ? describe : describe.skip

export function manifestText(): string {
  return readFileSync(MANIFEST_FIXTURE, 'utf8')
}

/** A state artifact archive as the deploy publishes it, plus any extra entries a test wants inside. */
export function stateZip(record: object = {}, extra: ZipFixtureEntry[] = []): Buffer {
  return buildZip([
    { name: 'manifest.json', data: manifestText() },
    { name: 'run_results.json', data: '{"results": []}' },
    {
      name: 'state.json',
      data: JSON.stringify({
        producer: 'dbt-slim-ci',
        formatVersion: 1,
        producedAt: new Date().toISOString(),
        ...record
      })
    },
    ...extra
  ])
}

/** A clock whose sleeps return at once and move time forward; `slept` lists the waits asked for. */
export function testClock(start = new Date()): Clock & { slept: number[] } {
  let now = start.getTime()
  const slept: number[] = []
  return {
    slept,
    now: () => new Date(now),
    sleep: async milliseconds => {
      slept.push(milliseconds)
      now += milliseconds
    }
  }
}

/**
 * Points the libraries at the fake. Must run before `@actions/github` is first imported: it reads
 * GITHUB_API_URL at module load, and `@actions/artifact` uses its defaults.
 */
export function wireEnvironment(fake: FakeGitHub, runId: number): void {
  Object.assign(process.env, fake.environment(runId))
  delete process.env.GITHUB_SERVER_URL
}
