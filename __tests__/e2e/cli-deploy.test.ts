/**
 * `dbt-slim-ci deploy` and `rollback` from the command line, as a new user runs them: real dbt on the example
 * project, real Postgres, state in a local folder. The first deploy starts from nothing; dry runs change nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { main } from '../../src/cli/main.js'
import { dbtBin, ProjectCopy } from '../helpers/example-project.js'
import { describeWithPostgres, uniquePrefix } from '../helpers/postgres.js'

interface CliRun {
  status: number
  out: string
  err: string
}

describeWithPostgres('dbt-slim-ci deploy and rollback on the example project', () => {
  const production = uniquePrefix('cli_deploy')
  let project: ProjectCopy
  let scratch: string
  let stateDir: string
  let db: pg.Client

  async function cli(command: string, ...args: string[]): Promise<CliRun> {
    const run = { status: 0, out: '', err: '' }
    const io = {
      stdout: (text: string) => void (run.out += text),
      stderr: (text: string) => void (run.err += text)
    }
    run.status = await main(
      [
        command,
        '--project-dir',
        project.dir,
        '--profiles-dir',
        project.dir,
        // Rollback runs no dbt, so it has no --dbt-executable.
        ...(command === 'deploy' ? ['--dbt-executable', dbtBin()] : []),
        '--work-dir',
        path.join(scratch, 'work'),
        ...args
      ],
      io
    )
    return run
  }

  const schemas = async (): Promise<string[]> =>
    (
      await db.query<{ nspname: string }>(
        'select nspname from pg_namespace where starts_with(nspname, $1) order by 1',
        [production]
      )
    ).rows.map(r => r.nspname)

  /** Every relation with its kind, and every schema comment: what a dry run must leave exactly as it was. */
  const warehouseSnapshot = async (): Promise<string[]> =>
    (
      await db.query<{ line: string }>(
        `select n.nspname || '.' || coalesce(c.relname, '') || ':' || coalesce(c.relkind::text, '') ||
                ':' || coalesce(obj_description(n.oid, 'pg_namespace'), '') as line
           from pg_namespace n left join pg_class c on c.relnamespace = n.oid and c.relkind in ('r', 'v', 'm')
          where starts_with(n.nspname, $1) order by 1`,
        [production]
      )
    ).rows.map(r => r.line)

  /** The state folder's files and their bytes. */
  const folderSnapshot = (dir: string): Record<string, string> =>
    Object.fromEntries(
      readdirSync(dir)
        .sort()
        .map(name => [
          name,
          createHash('sha256')
            .update(readFileSync(path.join(dir, name)))
            .digest('hex')
        ])
    )

  beforeAll(async () => {
    dbtBin()
    project = new ProjectCopy(production)
    // The 1 MiB events seed takes most of a build; its first rows keep every model and test meaningful.
    project.edit('seeds/raw_events.csv', text => text.split('\n').slice(0, 200).join('\n') + '\n')
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-cli-deploy-'))
    stateDir = path.join(scratch, 'production-state')
    db = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' })
    await db.connect()
  }, 60_000)

  afterAll(async () => {
    for (const schema of db ? await schemas() : []) await db.query(`drop schema "${schema}" cascade`)
    await db?.end()
    project?.dispose()
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  test('--state naming a manifest file is refused before anything is built, naming --state and the fix', async () => {
    const elsewhere = path.join(scratch, 'prod')
    mkdirSync(elsewhere)
    writeFileSync(path.join(elsewhere, 'manifest.json'), readFileSync(project.file('dbt_project.yml')))
    const run = await cli('deploy', '--state', path.join(elsewhere, 'manifest.json'))
    expect(run.status).toBe(2)
    expect(run.err).toContain('`--state`')
    expect(run.err).toContain('is a file: production state is published into a folder of its own')
    expect(run.err).toContain(`Pass its folder (${elsewhere})`)
    expect(run.out).not.toContain('dbt build')
    expect(await schemas()).toEqual([])
  }, 60_000)

  describe('the first deploy into a --state folder that does not exist yet', () => {
    let run: CliRun
    let report: string

    beforeAll(async () => {
      run = await cli('deploy', '--state', stateDir, '--report', path.join(scratch, 'first.md'))
      report = readFileSync(path.join(scratch, 'first.md'), 'utf8')
    }, 600_000)

    test('builds every node and publishes the first state there', async () => {
      expect(run.status).toBe(0)
      expect(run.out).not.toContain('dbt parse')
      expect(Object.keys(folderSnapshot(stateDir))).toEqual([
        'manifest.json',
        'run_results.json',
        'state.json'
      ])
      expect(await schemas()).toContain(production)
      expect(await schemas()).not.toContain(`${production}__previous`)
    })

    test('reports no change counts, no dropped previous production and no rollback', () => {
      for (const text of [run.out, report]) {
        expect(text).toContain('there is no production state yet, so every node is built as new')
        expect(text).not.toMatch(/\b0 new\b/)
        expect(text).not.toContain('(dropped)')
        expect(text.toLowerCase()).not.toContain('to roll back')
      }
      // Every relation is new to production, so none has a previous version to keep.
      expect(report).toContain(`| \`${production}.fct_orders\` | created | — |`)
    })

    test('rollback then finds nothing to roll back to, and changes nothing', async () => {
      const before = folderSnapshot(stateDir)
      const rollback = await cli('rollback', '--state', stateDir)
      expect(rollback.status).toBe(1)
      expect(rollback.out).toContain('Nothing to roll back to')
      expect(folderSnapshot(stateDir)).toEqual(before)
    }, 600_000)
  })

  describe('after a change is deployed', () => {
    beforeAll(async () => {
      project.edit('models/marts/customer_segments.sql', sql => `${sql.trimEnd()}\n-- segments v2\n`)
    })

    test('deploy --dry-run builds, clones, swaps and publishes nothing, and lists the dbt command and SQL', async () => {
      const warehouse = await warehouseSnapshot()
      const state = folderSnapshot(stateDir)
      const run = await cli('deploy', '--state', stateDir, '--dry-run')
      expect(run.status).toBe(0)
      expect(run.out).toContain('Blue/green deploy dry run finished')
      expect(run.out).toMatch(/^ {4}dbt build --select state:modified\+ .*--state /m)
      // Production (whole schemas, or the relations that move) goes to the previous schema.
      expect(run.out).toMatch(new RegExp(`(RENAME TO|SET SCHEMA) "${production}__previous"`))
      expect(run.out).not.toContain('Cloned before building')
      expect(await warehouseSnapshot()).toEqual(warehouse)
      expect(folderSnapshot(stateDir)).toEqual(state)
    }, 600_000)

    describe('rollback --dry-run', () => {
      beforeAll(async () => {
        expect((await cli('deploy', '--state', stateDir)).status).toBe(0)
      }, 600_000)

      test('swaps nothing and leaves the state folder as it was, listing the SQL', async () => {
        const warehouse = await warehouseSnapshot()
        const state = folderSnapshot(stateDir)
        expect(Object.keys(state)).toContain('previous-manifest.json')
        const run = await cli('rollback', '--state', stateDir, '--dry-run')
        expect(run.status).toBe(0)
        expect(run.out).toContain('Rollback dry run finished')
        expect(run.out).toMatch(new RegExp(`(RENAME TO|SET SCHEMA) "${production}"`))
        expect(run.out).not.toContain('Rollback succeeded')
        expect(await warehouseSnapshot()).toEqual(warehouse)
        expect(folderSnapshot(stateDir)).toEqual(state)
      }, 600_000)
    })
  })
})
