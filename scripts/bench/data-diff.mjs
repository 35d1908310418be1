// `npm run bench:data-diff [-- rows]`: the data diff of a 10,000,000-row model on the Postgres at
// 127.0.0.1:5432 (PGHOST/PGPORT/PGUSER/PGDATABASE override it), against the time the model's own build takes
// (CREATE TABLE … AS SELECT, what dbt runs for a table). Not run in CI: it writes ~1.5 GB and takes minutes.
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const workDir = path.join(root, '.work/bench')

/** Runs the benchmark on a model of `rows` rows; prints one line per diff configuration. */
export async function benchDataDiff(rows = 10_000_000) {
  mkdirSync(workDir, { recursive: true })
  const file = path.join(workDir, 'datadiff.mjs')
  await build({
    stdin: {
      contents: [
        "export { runDataDiff } from './src/datadiff/run-diff.ts'",
        "export { POSTGRES_DIALECT } from './src/datadiff/sql/postgres.ts'",
        "export { createPostgresWarehouse } from './src/warehouse/postgres/pg-session.ts'"
      ].join('\n'),
      resolveDir: root,
      loader: 'ts'
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: file,
    packages: 'external',
    logLevel: 'silent'
  })
  const { runDataDiff, POSTGRES_DIALECT, createPostgresWarehouse } = await import(pathToFileURL(file).href)
  let warehouse
  try {
    warehouse = await createPostgresWarehouse({
      host: process.env.PGHOST ?? '127.0.0.1',
      port: Number(process.env.PGPORT ?? 5432),
      user: process.env.PGUSER ?? 'postgres',
      password: process.env.PGPASSWORD ?? null,
      database: process.env.PGDATABASE ?? 'test',
      sslMode: 'disable',
      sslRootCert: null,
      sslCert: null,
      sslKey: null,
      connectTimeoutMs: 5000,
      role: null,
      keepAliveIdleMs: null,
      applicationName: 'dbt-slim-ci bench'
    })
  } catch (error) {
    console.log(`data diff: skipped, no Postgres to run on (${error.message})`)
    return
  }
  const db = warehouse.session
  const prefix = `bench_dd_${randomBytes(3).toString('hex')}`
  const production = `${prefix}_prod`
  const pr = `${prefix}_pr`
  try {
    await db.query(`CREATE SCHEMA ${production}`)
    await db.query(`CREATE SCHEMA ${pr}`)
    const model = (where, status) =>
      `SELECT i AS id, i % 100000 AS customer_id, (i % 997) * 1.25 AS amount, ${status} AS status,
              timestamp '2024-01-01' + (i % 86400) * interval '1 minute' AS ordered_at
         FROM generate_series(1, ${rows}) AS i ${where}`
    console.error(`(building the ${rows.toLocaleString('en-US')}-row model in production and in the PR)`)
    await db.query(`CREATE TABLE ${production}.orders AS ${model('', "'placed'::text")}`)
    const started = performance.now()
    await db.query(
      `CREATE TABLE ${pr}.orders AS ${model('WHERE i % 50 <> 0', "CASE WHEN i % 7 = 0 THEN 'shipped' ELSE 'placed' END")}`
    )
    const buildSeconds = (performance.now() - started) / 1000
    await db.query(`ANALYZE ${production}.orders`)
    await db.query(`ANALYZE ${pr}.orders`)
    const relation = schema => ({ database: null, schema, name: 'orders', sql: `"${schema}"."orders"` })
    const target = keyed => ({
      uniqueId: 'model.bench.orders',
      pr: relation(pr),
      production: relation(production),
      keys: keyed ? [{ columns: ['id'], source: 'unique_key' }] : [],
      isPii: () => false
    })
    console.log(
      `data diff of a ${rows.toLocaleString('en-US')}-row model; its PR build (CREATE TABLE AS) took ${buildSeconds.toFixed(1)} s`
    )
    console.log('comparison                           | row limit     | diff time | / build | what it compared')
    const runs = [
      ['by key, default limit (sampled)', true, 1_000_000],
      ['by key, every row', true, 1_000_000_000],
      ['profile (no key), default limit', false, 1_000_000],
      ['profile (no key), every row', false, 1_000_000_000]
    ]
    for (const [label, keyed, rowLimit] of runs) {
      const limits = { rowLimit, modelTimeoutMs: 600_000, totalMs: 600_000 }
      const begun = performance.now()
      const [diff] = await runDataDiff(
        warehouse,
        POSTGRES_DIALECT,
        { targets: [target(keyed)], skipped: [] },
        limits
      )
      const seconds = (performance.now() - begun) / 1000
      const what = diff.key
        ? `${diff.key.matched.toLocaleString('en-US')} matched keys, ${diff.key.changed.toLocaleString('en-US')} changed, ${diff.key.onlyInProduction.toLocaleString('en-US')} only in production`
        : diff.profile
          ? `profile of ${diff.profile.rows.production.toLocaleString('en-US')} / ${diff.profile.rows.pr.toLocaleString('en-US')} rows`
          : `${diff.status}: ${diff.reason}`
      console.log(
        [
          label.padEnd(36),
          rowLimit.toLocaleString('en-US').padEnd(13),
          `${seconds.toFixed(1)} s`.padEnd(9),
          `${(seconds / buildSeconds).toFixed(2)}x`.padEnd(7),
          what
        ].join(' | ')
      )
    }
  } finally {
    await db.query(`DROP SCHEMA IF EXISTS ${production} CASCADE`)
    await db.query(`DROP SCHEMA IF EXISTS ${pr} CASCADE`)
    await warehouse.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchDataDiff(process.argv[2] ? Number(process.argv[2]) : undefined)
}
