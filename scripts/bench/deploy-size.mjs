// `npm run bench:deploy-size [-- rows…]`: a one-model Postgres deploy against production whose unchanged table
// holds 10k, 1M and 10M rows (or the row counts given). For each size: the tool's deploy and an in-place
// `dbt build --select state:modified+ --state prod` of the same one-view change, each timed (best of 2) with the
// WAL bytes the server wrote meanwhile (what the deploy wrote, copies included). A deploy that costs what the
// change costs prints the same figures for every size, and a ratio near 1 against the in-place build.
// Needs Postgres on 127.0.0.1:5432 and .venv/dbt-1.12; each size builds into a database of its own, dropped after.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { admin, bundleCli, seconds, timed } from './project.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SIZES = [10_000, 1_000_000, 10_000_000]
const RUNS = 2

export async function benchDeploySize(sizes = SIZES, runs = RUNS) {
  const dbt = path.join(root, '.venv/dbt-1.12/bin/dbt')
  if (!existsSync(dbt)) throw new Error(`${dbt} is missing: run \`npm run setup:dbt\`.`)
  const cli = await bundleCli()
  console.log(
    'unchanged rows | deploy (best) | WAL written | in-place dbt build (best) | WAL written | ratio (time)'
  )
  for (const rows of sizes) {
    const line = await benchOneSize(cli, dbt, rows, runs)
    console.log(line)
  }
}

async function benchOneSize(cli, dbt, rows, runs) {
  const database = `bench_deploy_${randomBytes(3).toString('hex')}`
  await admin(`create database ${database}`)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-bench-deploy-'))
  const project = path.join(dir, 'project')
  const state = path.join(dir, 'state')
  const env = { ...process.env, DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' }
  const deploy = label =>
    timed(
      process.execPath,
      [
        cli,
        'deploy',
        '--project-dir',
        project,
        '--dbt-executable',
        dbt,
        '--publish-dir',
        state,
        '--work-dir',
        path.join(dir, label)
      ],
      env,
      label
    )
  const inPlace = label => {
    const target = path.join(dir, `target-${label}`)
    return timed(
      dbt,
      [
        'build',
        '--select',
        'state:modified+',
        '--state',
        state,
        '--project-dir',
        project,
        '--profiles-dir',
        project,
        '--target-path',
        target
      ],
      { ...env, DBT_LOG_PATH: path.join(target, 'logs') },
      label
    )
  }
  const server = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database })
  await server.connect()
  const withWal = async run => {
    const [{ lsn: before }] = (await server.query('select pg_current_wal_lsn() as lsn')).rows
    const result = await run()
    const [{ bytes }] = (
      await server.query('select pg_wal_lsn_diff(pg_current_wal_lsn(), $1)::bigint as bytes', [before])
    ).rows
    if (result.code !== 0) throw new Error(`${result.label} failed:\n${result.output.slice(-30).join('\n')}`)
    return { ...result, walBytes: Number(bytes) }
  }
  try {
    generateProject(project, database, rows)
    console.error(`(${rows} rows: first deploy builds the big table into production)`)
    await withWal(() => deploy('deploy-0'))
    const deploys = []
    const builds = []
    for (let run = 0; run < runs; run++) {
      writeSmall(project, `in place ${run}`)
      builds.push(await withWal(() => inPlace(`in-place-${run}`)))
      writeSmall(project, `deploy ${run}`)
      deploys.push(await withWal(() => deploy(`deploy-${run + 1}`)))
    }
    const best = list => list.reduce((a, b) => (b.ms < a.ms ? b : a))
    const tool = best(deploys)
    const plain = best(builds)
    return [
      String(rows).padEnd(14),
      seconds(tool.ms).padEnd(13),
      mb(tool.walBytes).padEnd(11),
      seconds(plain.ms).padEnd(25),
      mb(plain.walBytes).padEnd(11),
      `${(tool.ms / plain.ms).toFixed(2)}x`
    ].join(' | ')
  } finally {
    await server.end()
    await admin(`drop database if exists ${database} with (force)`)
    rmSync(dir, { recursive: true, force: true })
  }
}

/** An unchanged table of `rows` rows, and the one small view each run changes (with one view downstream). */
function generateProject(dir, database, rows) {
  mkdirSync(path.join(dir, 'models'), { recursive: true })
  writeFileSync(
    path.join(dir, 'dbt_project.yml'),
    `name: bench_deploy\nprofile: bench_deploy\nversion: '1.0'\nmodels:\n  bench_deploy:\n    +materialized: view\n`
  )
  writeFileSync(
    path.join(dir, 'profiles.yml'),
    `bench_deploy:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: 127.0.0.1\n      port: 5432\n      user: postgres\n      password: ''\n      dbname: ${database}\n      schema: "{{ env_var('DBT_SLIM_CI_SCHEMA', 'analytics') }}"\n      threads: 4\n`
  )
  writeFileSync(
    path.join(dir, 'models', 'big_events.sql'),
    `{{ config(materialized='table') }}\nselect g as id, md5(g::text) as payload from generate_series(1, ${rows}) g\n`
  )
  writeFileSync(
    path.join(dir, 'models', 'small_summary.sql'),
    "select label, count(*) as n from {{ ref('small') }} group by label\n"
  )
  writeSmall(dir, 'production')
}

function writeSmall(dir, label) {
  writeFileSync(path.join(dir, 'models', 'small.sql'), `select 1 as id, '${label}' as label\n`)
}

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

// Run directly: row counts as arguments, BENCH_RUNS=<n> for best of n.
if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean)
  await benchDeploySize(sizes.length > 0 ? sizes : SIZES, Number(process.env.BENCH_RUNS) || RUNS)
}
