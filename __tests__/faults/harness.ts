/**
 * The fault suite's harness: the real CLI (bundled from the source into a temporary folder) deploying a small dbt
 * project into a Postgres database of its own, so its deploy lock, swap lock and event trigger touch nobody else.
 * The test pauses a deploy where it wants with locks it holds (the deploy must wait on them), watches it through
 * pg_stat_activity and pg_locks, and kills or signals it there.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readdir, readFile, readlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { deployLockKey as deployLockName } from '../../src/deploy/flow.js'
import { deployLockKey, lockKeyLiteral, swapLockKey } from '../../src/warehouse/postgres/lock-key.js'
import { openPgSession } from '../../src/warehouse/postgres/pg-session.js'
import type { SqlClient } from '../../src/warehouse/postgres/sql-client.js'
import { DBT_VENV } from '../helpers/example-project.js'
import { TEST_CONNECTION, ident, uniquePrefix } from '../helpers/postgres.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** The version the project is at: the deploy under test moves production from v1 to v2. */
export type Version = 'v1' | 'v2'

/** One production relation as the catalog and its rows show it. */
export interface RelationState {
  oid: number
  kind: string
  /** Every row, as text, sorted: equal row sets compare equal. */
  rows: string[]
}

/** Production (and its previous schema) at one moment. */
export interface ProductionSnapshot {
  relations: Record<string, RelationState>
  /** The version `totals` says production holds, or null when it is missing. */
  version: Version | null
  previousVersion: Version | null
}

/** How a CLI run ended. */
export interface CliExit {
  code: number | null
  signal: NodeJS.Signals | null
  output: string
}

export interface RunningCli {
  child: ChildProcess
  exit: Promise<CliExit>
  output(): string
}

/** Builds the CLI from the source once, into a temporary folder (dist/ is never touched). */
export async function buildCli(): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-faults-cli-'))
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), out], {
      cwd: ROOT,
      stdio: 'inherit'
    })
    child.on('error', reject)
    child.on('close', code => (code === 0 ? resolve() : reject(new Error(`build exited ${code}`))))
  })
  return path.join(out, 'cli.js')
}

/** The fixture: a project of a seed, two tables and a view, in one schema of the suite's own database. */
export class FaultWorld {
  readonly database = uniquePrefix('faults')
  readonly schema = 'analytics'
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-faults-'))
  readonly project = path.join(this.dir, 'project')
  readonly stateDir = path.join(this.dir, 'state')
  /** A key the v2 `totals` model takes shared: the test holds it exclusively to pause the build. */
  readonly buildPauseKey = BigInt(
    `0x${createHash('sha256').update(`${this.database}:build`).digest('hex').slice(0, 15)}`
  )
  admin!: SqlClient
  private cli = ''

  async setUp(): Promise<void> {
    const server = await openPgSession(TEST_CONNECTION)
    await server.query(`CREATE DATABASE ${ident(this.database)}`)
    await server.close()
    this.admin = await openPgSession({
      ...TEST_CONNECTION,
      database: this.database,
      applicationName: 'faults admin'
    })
    this.cli = await buildCli()
    mkdirSync(path.join(this.project, 'models'), { recursive: true })
    mkdirSync(path.join(this.project, 'seeds'), { recursive: true })
    writeFileSync(
      path.join(this.project, 'dbt_project.yml'),
      'name: faults\nversion: "1.0"\nconfig-version: 2\nprofile: faults\nseeds:\n  faults:\n    +column_types:\n      amount: numeric(10,2)\n'
    )
    writeFileSync(
      path.join(this.project, 'profiles.yml'),
      `faults:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: 127.0.0.1\n      port: 5432\n      user: postgres\n      password: ''\n      dbname: ${this.database}\n      schema: "{{ env_var('DBT_SLIM_CI_SCHEMA', '${this.schema}') }}"\n      threads: 2\n`
    )
    writeFileSync(
      path.join(this.project, 'seeds', 'raw_orders.csv'),
      'id,amount\n1,10.00\n2,20.50\n3,7.25\n4,100.00\n5,3.10\n'
    )
    writeFileSync(
      path.join(this.project, 'models', 'orders.sql'),
      "{{ config(materialized='table') }}\nselect id, amount from {{ ref('raw_orders') }}\n"
    )
    writeFileSync(
      path.join(this.project, 'models', 'orders_v.sql'),
      "select id, amount from {{ ref('orders') }}\n"
    )
    this.setVersion('v1')
  }

  /** v2 changes `totals` only (so the deploy rebuilds it), and makes it take the build pause key. */
  setVersion(version: Version): void {
    const pause = version === 'v2' ? `, pg_advisory_xact_lock_shared(${this.buildPauseKey.toString()})` : ''
    writeFileSync(
      path.join(this.project, 'models', 'totals.sql'),
      `{{ config(materialized='table') }}\nselect '${version}'::text as version, sum(amount) as total from {{ ref('orders') }}${pause}\n`
    )
  }

  async tearDown(): Promise<void> {
    await this.admin?.query('DROP EVENT TRIGGER IF EXISTS faults_pause').catch(() => undefined)
    await this.admin?.close()
    const server = await openPgSession(TEST_CONNECTION)
    await server.query(`DROP DATABASE IF EXISTS ${ident(this.database)} WITH (FORCE)`)
    await server.close()
    rmSync(this.dir, { recursive: true, force: true })
    if (this.cli) rmSync(path.dirname(this.cli), { recursive: true, force: true })
  }

  /**
   * Puts the world back where every trial starts, whatever a failed trial left: production v1 and its state
   * published, v2 in the previous schema (rolled back from), the project at v2.
   */
  async reset(): Promise<void> {
    for (const schema of ['', '__previous', '__green']
      .map(suffix => this.schema + suffix)
      .concat('dbt_slim_ci'))
      await this.admin.query(`DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE`)
    rmSync(this.stateDir, { recursive: true, force: true })
    this.setVersion('v1')
    await this.run('deploy')
    this.setVersion('v2')
    await this.run('deploy')
    await this.run('rollback')
  }

  /** The oid of production's `totals`: it changes when a swap commits. */
  async totalsOid(): Promise<number | null> {
    const rows = await this.admin.query<{ oid: number }>(
      `SELECT c.oid::int AS oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = 'totals'`,
      [this.schema]
    )
    return rows[0]?.oid ?? null
  }

  /** Starts `dbt-slim-ci <command>` on the project, publishing to the suite's state folder unless `publishDir` says else. */
  start(
    command: 'deploy' | 'rollback',
    extra: string[] = [],
    options: { publishDir?: string } = {}
  ): RunningCli {
    const args = [
      this.cli,
      command,
      '--project-dir',
      this.project,
      '--profiles-dir',
      this.project,
      // The first deploy has no production state yet.
      ...(existsSync(path.join(this.stateDir, 'manifest.json')) ? ['--state', this.stateDir] : []),
      '--publish-dir',
      options.publishDir ?? this.stateDir,
      '--work-dir',
      path.join(this.dir, `work-${command}`),
      ...(command === 'deploy' ? ['--dbt-executable', path.join(DBT_VENV, 'dbt')] : []),
      ...extra
    ]
    const child = spawn(process.execPath, args, {
      cwd: this.dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir(), DBT_SLIM_CI_DEBUG: '1' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const chunks: string[] = []
    child.stdout?.on('data', chunk => chunks.push(String(chunk)))
    child.stderr?.on('data', chunk => chunks.push(String(chunk)))
    const exit = new Promise<CliExit>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code, signal) => resolve({ code, signal, output: chunks.join('') }))
    })
    return { child, exit, output: () => chunks.join('') }
  }

  /** Runs a command to its end and fails with its output unless it exits 0. */
  async run(command: 'deploy' | 'rollback', extra: string[] = []): Promise<string> {
    const result = await this.start(command, extra).exit
    if (result.code !== 0) throw new Error(`dbt-slim-ci ${command} exited ${result.code}:\n${result.output}`)
    return result.output
  }

  /** Production and its previous schema: each relation's oid, kind and rows. */
  async snapshot(): Promise<ProductionSnapshot> {
    const relations: Record<string, RelationState> = {}
    const rows = await this.admin.query<{ schema: string; name: string; oid: number; kind: string }>(
      `SELECT n.nspname AS schema, c.relname AS name, c.oid::int AS oid, c.relkind::text AS kind
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'v', 'm', 'p') ORDER BY 1, 2`,
      [[this.schema, `${this.schema}__previous`]]
    )
    for (const row of rows) {
      const content = await this.admin.query<{ line: string }>(
        `SELECT t::text AS line FROM ${ident(row.schema)}.${ident(row.name)} t`
      )
      relations[`${row.schema}.${row.name}`] = {
        oid: row.oid,
        kind: row.kind,
        rows: content.map(r => r.line).sort()
      }
    }
    const versionOf = (schema: string): Version | null => {
      const totals = relations[`${schema}.totals`]
      const match = totals?.rows[0] ? /^\((v[12]),/.exec(totals.rows[0]) : null
      return (match?.[1] as Version | undefined) ?? null
    }
    return {
      relations,
      version: versionOf(this.schema),
      previousVersion: versionOf(`${this.schema}__previous`)
    }
  }

  /** The version the published state's manifest describes (what `totals` compiles from), or null without state. */
  publishedVersion(): Version | null {
    const manifest = path.join(this.stateDir, 'manifest.json')
    if (!existsSync(manifest)) return null
    const node = JSON.parse(readFileSync(manifest, 'utf8')).nodes['model.faults.totals'] as {
      raw_code: string
    }
    return /'v2'/.test(node.raw_code) ? 'v2' : 'v1'
  }

  /**
   * Whether the deploy ledger's latest entry for production names the published manifest (by sha256): null while
   * the warehouse has no ledger.
   */
  async ledgerAgreesWithState(): Promise<boolean | null> {
    const [table] = await this.admin.query<{ found: string | null }>(
      `SELECT to_regclass('dbt_slim_ci.deploy_ledger')::text AS found`
    )
    if (table.found === null) return null
    const [latest] = await this.admin.query<{ sha: string }>(
      'SELECT manifest_sha256 AS sha FROM dbt_slim_ci.deploy_ledger WHERE deployment = $1 ORDER BY id DESC LIMIT 1',
      [this.schema]
    )
    const manifest = path.join(this.stateDir, 'manifest.json')
    if (!existsSync(manifest)) return false
    return latest?.sha === createHash('sha256').update(readFileSync(manifest)).digest('hex')
  }

  /** Whether production's green schema exists. */
  async greenExists(): Promise<boolean> {
    const [row] = await this.admin.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1',
      [`${this.schema}__green`]
    )
    return row.n > 0
  }

  /** Advisory locks anyone holds in the suite's database, other than the test's own sessions. */
  async advisoryLocksHeld(): Promise<number> {
    const [row] = await this.admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database()
          AND a.application_name NOT LIKE 'faults%'`
    )
    return row.n
  }

  /** Sessions of the deploy tool (main or lock) or of dbt in the suite's database. */
  async toolSessions(kind: 'main' | 'lock' | 'dbt'): Promise<number[]> {
    const name = { main: 'dbt-slim-ci', lock: 'dbt-slim-ci (deploy lock)', dbt: 'dbt' }[kind]
    const rows = await this.admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
      [name]
    )
    return rows.map(row => row.pid)
  }

  /** Processes of dbt (a command, or the Python session the tool keeps) and its watchdog: they run in the project. */
  async dbtProcesses(): Promise<number[]> {
    const found: number[] = []
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '')
      const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')
      if (cwd === this.project || cmdline.includes(this.project)) found.push(Number(entry))
    }
    return found
  }

  /** A session of the test that holds an advisory lock until released: the deploy waits where it needs it. */
  async hold(key: bigint): Promise<{ release: () => Promise<void> }> {
    const session = await openPgSession({
      ...TEST_CONNECTION,
      database: this.database,
      applicationName: 'faults pause'
    })
    await session.query(`SELECT pg_advisory_lock(${lockKeyLiteral(key)})`)
    return { release: () => session.close() }
  }

  /** The deploy lock every deploy and rollback of this production takes. */
  deployLockKey(): bigint {
    return deployLockKey(this.database, deployLockName(this.schema))
  }

  swapLockKey(): bigint {
    return swapLockKey(this.database)
  }

  /** Waits until a session of `application` waits for a lock (the deploy reached the pause). */
  async waitForLockWait(application: 'main' | 'dbt' | 'lock', timeoutMs = 120_000): Promise<void> {
    const name = { main: 'dbt-slim-ci', lock: 'dbt-slim-ci (deploy lock)', dbt: 'dbt' }[application]
    await waitFor(
      `${name} to wait for a lock`,
      async () =>
        (
          await this.admin.query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1
                AND wait_event_type = 'Lock'`,
            [name]
          )
        ).length > 0,
      timeoutMs
    )
  }
}

export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 120_000
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(100)
  }
}
