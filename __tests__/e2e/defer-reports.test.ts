/**
 * What a defer job publishes when it cannot build, and how its report artifact lives beside other jobs and
 * attempts of the same run: the bundled action against the loopback GitHub, on a project dbt cannot parse.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { FakeGitHub } from '../fakes/github-server.js'
import { dbtBin } from '../helpers/example-project.js'
import { runAction } from '../helpers/run-action.js'

const PR = 21
const RUN_ID = 61_000
const UNPARSEABLE = 'name: [not, a, name]\nprofile: shop\n'

describe('a defer job that fails before or in dbt', () => {
  let fake: FakeGitHub
  let projectDir: string

  const deferRun = (inputs: Record<string, string> = {}, attempt = 1) =>
    runAction({
      inputs: {
        mode: 'auto',
        'project-dir': projectDir,
        'dbt-executable': dbtBin(),
        'github-token': 'ghs_actions',
        'state-workflow': 'deploy.yml',
        ...inputs
      },
      eventName: 'pull_request',
      event: {
        action: 'synchronize',
        number: PR,
        pull_request: {
          number: PR,
          head: { sha: 'c0ffee', repo: { full_name: fake.fullName } },
          base: { repo: { full_name: fake.fullName } }
        },
        repository: { full_name: fake.fullName, default_branch: 'main' }
      },
      env: {
        ...fake.environment(RUN_ID),
        GITHUB_RUN_ID: String(RUN_ID),
        GITHUB_RUN_ATTEMPT: String(attempt),
        GITHUB_REF: `refs/pull/${PR}/merge`,
        GITHUB_SHA: 'c0ffee'
      }
    })

  beforeAll(async () => {
    fake = await FakeGitHub.start()
    projectDir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-broken-'))
    // A dbt_project.yml dbt refuses to parse: the run fails in its parse step.
    writeFileSync(path.join(projectDir, 'dbt_project.yml'), UNPARSEABLE)
    writeFileSync(
      path.join(projectDir, 'profiles.yml'),
      'shop:\n  target: ci\n  outputs:\n    ci: {type: postgres, host: 127.0.0.1, port: 5432, user: postgres, password: "", dbname: test, schema: analytics, threads: 1}\n'
    )
  }, 60_000)
  afterAll(async () => {
    await fake.close()
    rmSync(projectDir, { recursive: true, force: true })
  })
  beforeEach(() => fake.reset())

  test('fails before dbt: still writes its summary, outputs, comment and report, and fails the step', async () => {
    const run = await deferRun()
    expect(run.exitCode).toBe(1)
    expect(run.outputs.mode).toBe('defer')
    expect(run.outputs.status).toBe('failure')
    expect(run.summary).toContain('dbt Slim CI failed')
    expect(fake.comments.filter(c => c.issue === PR)).toHaveLength(1)
    expect(fake.comments[0].body).toContain('dbt Slim CI failed')
    expect(fake.artifacts.map(a => a.name)).toEqual(['dbt-slim-ci-report'])
  }, 120_000)

  test("fails in dbt: still writes its summary with dbt's error, outputs and comment", async () => {
    writeFileSync(path.join(projectDir, 'dbt_project.yml'), 'name: shop\nprofile: shop\nversion: "1.0"\n')
    mkdirSync(path.join(projectDir, 'models'), { recursive: true })
    writeFileSync(path.join(projectDir, 'models/broken.sql'), 'select 1 as id {{ config( }}\n')
    try {
      const run = await deferRun()
      expect(run.exitCode).toBe(1)
      expect(run.outputs.status).toBe('failure')
      expect(run.summary).toContain('broken')
      expect(fake.comments[0].body).toContain('dbt Slim CI failed')
      expect(fake.artifacts.map(a => a.name)).toEqual(['dbt-slim-ci-report'])
    } finally {
      writeFileSync(path.join(projectDir, 'dbt_project.yml'), UNPARSEABLE)
    }
  }, 120_000)

  test('two jobs of one run with their own comment ids each upload their report and keep their comment', async () => {
    const postgres = await deferRun({ 'comment-id': 'postgres' })
    const snowflake = await deferRun({ 'comment-id': 'snowflake' })
    expect([postgres.log, snowflake.log].join('')).not.toContain('Could not upload the full report')
    expect(fake.artifacts.map(a => a.name).sort()).toEqual([
      'dbt-slim-ci-report-postgres',
      'dbt-slim-ci-report-snowflake'
    ])
    expect(fake.comments.map(c => c.body.split('\n')[0]).sort()).toEqual([
      '<!-- dbt-slim-ci:postgres -->',
      '<!-- dbt-slim-ci:snowflake -->'
    ])
  }, 120_000)

  test('a re-run replaces the report its earlier attempt uploaded and updates the same comment', async () => {
    await deferRun({}, 1)
    const first = fake.artifacts.map(a => a.id)
    const rerun = await deferRun({}, 2)
    expect(rerun.log).not.toContain('Could not upload the full report')
    const reports = fake.artifacts.filter(a => a.name === 'dbt-slim-ci-report')
    expect(reports).toHaveLength(1)
    expect(first).not.toContain(reports[0].id)
    expect(fake.comments).toHaveLength(1)
  }, 120_000)
})
