// `npm run bench -- --project`: the tool against what users would otherwise run, on a generated dbt project of
// 1,500 view models on Postgres (30 chains of 50; the pull request edits the head of one chain, so 50 views are
// built). Best of 2 (the machine is shared: minimums are the least noisy figure):
//   defer:  `dbt-slim-ci defer` vs the hand-written `dbt build --select state:modified+ --defer --state prod
//           --favor-state` into the same PR schema, each from a fresh target folder as on a CI runner;
//   deploy: `dbt-slim-ci deploy` vs an in-place `dbt build --select state:modified+ --state prod`.
// Also where the tool's defer time goes: dbt start-up, dbt's parse and execution, and our own steps between.
// Needs Postgres on 127.0.0.1:5432 and .venv/dbt-1.12. It builds into a database of its own, created for the run
// and dropped at the end, so no other deploy's lock (one per database) makes it wait.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { bundleEngine, measure } from './engine.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const CHAINS = 30
const CHAIN_LENGTH = 50
const RUNS = 2
const TIMES = '--- times of the command ---'
/** Each run's output with the ms at which each line arrived, for a closer look. */
const LOGS = path.join(root, '.work/bench/project-logs')

/**
 * Runs the comparison and prints it. Options: `runs` (best of how many), `cli` (a built dbt-slim-ci cli.js to
 * measure instead of bundling this checkout, e.g. an older commit's), `deploy: false` (the defer comparison only).
 */
export async function benchProject(options = {}) {
  const dbt = path.join(root, '.venv/dbt-1.12/bin/dbt')
  const runs = options.runs ?? RUNS
  if (!existsSync(dbt)) throw new Error(`${dbt} is missing: run \`npm run setup:dbt\`.`)
  const cli = options.cli ? path.resolve(options.cli) : await bundleCli()
  const prefix = `bench_${randomBytes(3).toString('hex')}`
  await admin(`create database ${prefix}`)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-bench-project-'))
  const project = path.join(dir, 'project')
  const state = path.join(dir, 'state')
  const env = { ...process.env, DBT_SEND_ANONYMOUS_USAGE_STATS: 'false', DBT_SLIM_CI_DEBUG: '1' }
  const tool = (args, label) =>
    timed(process.execPath, [cli, ...args, '--project-dir', project, '--dbt-executable', dbt], env, label)
  const dbtBuild = (args, schema, label) => {
    const target = path.join(dir, `target-${label}-${Date.now()}`)
    return timed(
      dbt,
      [...args, '--project-dir', project, '--profiles-dir', project, '--target-path', target],
      {
        ...env,
        DBT_LOG_PATH: path.join(target, 'logs'),
        ...(schema ? { DBT_SLIM_CI_SCHEMA: schema } : {})
      },
      label
    )
  }
  console.log(
    `project: ${CHAINS * CHAIN_LENGTH} view models (${CHAINS} chains of ${CHAIN_LENGTH}), database ${prefix}`
  )
  try {
    generateProject(project, prefix)
    console.error('(first deploy: builds all models into production and publishes state)')
    const first = await tool(
      ['deploy', '--publish-dir', state, '--work-dir', path.join(dir, 'deploy-0')],
      'deploy-0'
    )
    if (first.code !== 0) throw new Error(`the first deploy failed:\n${first.output.slice(-40).join('\n')}`)
    console.log(`first deploy (all ${CHAINS * CHAIN_LENGTH} models): ${seconds(first.ms)}`)

    editChainHead(project, 'pr')
    const prSchema = `${prefix}_pr_1`
    const handDefer = []
    const toolDefer = []
    for (let run = 0; run < runs; run++) {
      handDefer.push(
        await dbtBuild(
          ['build', '--select', 'state:modified+', '--defer', '--state', state, '--favor-state'],
          prSchema,
          `hand-${run}`
        )
      )
      toolDefer.push(
        await tool(
          ['defer', '--pr', '1', '--state', state, '--work-dir', path.join(dir, `defer-${run}`)],
          `defer-${run}`
        )
      )
    }
    for (const run of [...handDefer, ...toolDefer]) assertBuilt(run, CHAIN_LENGTH)

    const inPlace = []
    const deploys = []
    for (let run = 0; run < (options.deploy === false ? 0 : runs); run++) {
      editChainHead(project, `deploy ${run}`)
      inPlace.push(
        await dbtBuild(['build', '--select', 'state:modified+', '--state', state], null, `in-place-${run}`)
      )
      deploys.push(
        await tool(
          ['deploy', '--publish-dir', state, '--work-dir', path.join(dir, `deploy-${run + 1}`)],
          `deploy-${run + 1}`
        )
      )
    }
    for (const run of inPlace) assertBuilt(run, CHAIN_LENGTH)
    for (const run of deploys) assertBuilt(run, null)

    const best = list => list.reduce((a, b) => (b.ms < a.ms ? b : a))
    console.log(`best of ${runs} (shared 2-core machine; each run from a fresh target folder):`)
    row('defer', toolDefer, 'hand-written dbt build --defer', handDefer)
    if (deploys.length > 0) row('deploy', deploys, 'in-place dbt build', inPlace)
    console.log('where the fastest tool defer spent its time (from the times its output lines arrived):')
    for (const [name, ms] of breakdown(best(toolDefer))) console.log(`  ${name.padEnd(58)} ${seconds(ms)}`)
    const fastest = path.join(dir, best(toolDefer).label)
    const targets = readdirSync(fastest).filter(name => name.startsWith('dbt-target-'))
    cpSync(
      path.join(fastest, targets[0], 'logs', 'dbt.log'),
      path.join(LOGS, `${best(toolDefer).label}.dbt.log`)
    )
    const engine = measure([
      'load',
      await bundleEngine(path.join(root, '.work/bench')),
      path.join(state, 'manifest.json'),
      path.join(fastest, targets[0], 'manifest.json')
    ])
    console.log(
      `  of which, measured alone in a fresh Node: load production manifest ${seconds(engine.loadState * 1000)}, load the PR's ${seconds(engine.loadCurrent * 1000)}, compare + select ${seconds(engine.compare * 1000)}`
    )
  } finally {
    await admin(`drop database if exists ${prefix} with (force)`)
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One comparison, on wall time and on CPU time (each the best of its runs). */
function row(name, tools, otherName, others) {
  const best = (runs, key) => Math.min(...runs.map(r => r[key]))
  const list = (runs, key) => runs.map(r => seconds(r[key])).join(', ')
  for (const [key, what] of [
    ['ms', 'wall'],
    ['cpuMs', 'CPU']
  ]) {
    console.log(
      `  ${name.padEnd(7)} ${what.padEnd(4)} tool ${seconds(best(tools, key))} (runs ${list(tools, key)}) · ${otherName} ${seconds(best(others, key))} (runs ${list(others, key)}) · ratio ${(best(tools, key) / best(others, key)).toFixed(2)}x`
    )
  }
  console.log(
    `  ${''.padEnd(7)} dbt built ${tools[0].built} nodes for the tool, ${others[0].built} for ${otherName}`
  )
}

/** The generated project: chain heads select constants, every other model selects from the one before it. */
function generateProject(dir, prefix) {
  mkdirSync(path.join(dir, 'models'), { recursive: true })
  writeFileSync(
    path.join(dir, 'dbt_project.yml'),
    `name: bench\nprofile: bench\nversion: '1.0'\nmodels:\n  bench:\n    +materialized: view\n`
  )
  writeFileSync(
    path.join(dir, 'profiles.yml'),
    `bench:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: 127.0.0.1\n      port: 5432\n      user: postgres\n      password: ''\n      dbname: ${prefix}\n      schema: "{{ env_var('DBT_SLIM_CI_SCHEMA', '${prefix}') }}"\n      threads: 4\n`
  )
  for (let chain = 0; chain < CHAINS; chain++) {
    for (let link = 1; link < CHAIN_LENGTH; link++) {
      writeFileSync(
        path.join(dir, 'models', `${modelName(chain, link)}.sql`),
        `select id, label, ${link} as depth from {{ ref('${modelName(chain, link - 1)}') }}\n`
      )
    }
    writeHead(dir, chain, 'production')
  }
}

function editChainHead(dir, edit) {
  writeHead(dir, 0, edit)
}

function writeHead(dir, chain, label) {
  writeFileSync(
    path.join(dir, 'models', `${modelName(chain, 0)}.sql`),
    `select ${chain} as id, '${label}' as label\n`
  )
}

function modelName(chain, link) {
  return `chain_${String(chain).padStart(2, '0')}_${String(link).padStart(2, '0')}`
}

/**
 * Runs a command; every output line is kept with the time it arrived, for the breakdown. It runs under bash so
 * that bash's `times` reports the CPU time of the command and all its processes: on a shared machine the wall
 * time follows the other jobs, the CPU time much less.
 */
export function timed(command, args, env, label) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const lines = []
    const script = `"$@"; status=$?; echo "${TIMES}" >&2; times >&2; exit $status`
    const child = spawn('bash', ['-c', script, 'bash', command, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let buffered = ''
    const onData = chunk => {
      const at = performance.now() - start
      buffered += chunk.toString('utf8')
      const parts = buffered.split('\n')
      buffered = parts.pop()
      for (const line of parts) lines.push({ at, line })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', reject)
    child.on('close', code => {
      const ms = performance.now() - start
      if (buffered) lines.push({ at: ms, line: buffered })
      const marker = lines.findIndex(l => l.line === TIMES)
      // `times` prints the shell's own user and system time, then its children's.
      const [user, system] = lines[marker + 2].line.split(' ').map(minutesSeconds)
      lines.splice(marker)
      const cpuMs = (user + system) * 1000
      console.error(`(${label}: ${seconds(ms)}, CPU ${seconds(cpuMs)}, exit ${code})`)
      mkdirSync(LOGS, { recursive: true })
      writeFileSync(
        path.join(LOGS, `${label}.log`),
        lines.map(l => `${l.at.toFixed(0).padStart(7)} ${l.line}`).join('\n')
      )
      resolve({ label, code, ms, cpuMs, lines, output: lines.map(l => l.line) })
    })
  })
}

/** `1m2.345s` in seconds. */
function minutesSeconds(text) {
  const [, minutes, secs] = /^(\d+)m([\d.]+)s$/.exec(text)
  return Number(minutes) * 60 + Number(secs)
}

/** Fails the benchmark unless the run succeeded and dbt built `views` views (when not null); keeps how many. */
function assertBuilt(run, views) {
  const done = run.output.map(line => /Done\. PASS=(\d+)/.exec(line)).find(Boolean)
  run.built = done ? Number(done[1]) : 0
  if (run.code !== 0 || !done || (views !== null && run.built !== views)) {
    throw new Error(
      `${run.label} did not build ${views} views (exit ${run.code}):\n${run.output.slice(-30).join('\n')}`
    )
  }
}

/**
 * Splits a tool run at its output lines: each line below starts a phase that lasts until the next one. The tool's
 * steps come from its debug log (`step: …`), dbt's phases from what dbt prints: its version once it has started,
 * what it found once it has parsed, its summary once it has executed.
 */
function breakdown(run) {
  const parts = new Map()
  let phase = 'tool: start-up'
  let since = 0
  let command = null
  const enter = (name, at) => {
    parts.set(phase, (parts.get(phase) ?? 0) + at - since)
    phase = name
    since = at
  }
  for (const { at, line } of run.lines) {
    const step = /^debug: step: (.*)$/.exec(line)
    const group = /^▸ (?:dbt (\w+)|Parse)/.exec(line)
    if (step) enter(`tool: ${step[1]}`, at)
    else if (group) enter(`dbt ${(command = group[1] ?? 'parse')}: until dbt runs (process start-up)`, at)
    else if (/Running with dbt=/.test(line))
      enter(
        `dbt ${command}: ${command === 'parse' ? 'parse, write artifacts' : 'parse or reuse, compile graph'}`,
        at
      )
    else if (/Performance info:/.test(line)) enter('dbt parse: finish; the tool loads manifest.json', at)
    else if (/Found \d+ models?/.test(line) && command !== 'parse') enter(`dbt ${command}: execute`, at)
    else if (/Done\. PASS=/.test(line)) enter(`dbt ${command}: finish; the tool reads run_results.json`, at)
  }
  // The last step's share includes the report and ending dbt.
  enter('end', run.ms)
  return [...parts].filter(([, ms]) => ms >= 1)
}

export async function bundleCli() {
  const out = path.join(root, '.work/bench/dist')
  console.error('(bundling the CLI into .work/bench/dist as npm run build does)')
  const build = await timed(
    process.execPath,
    [path.join(root, 'scripts/build.mjs'), out],
    process.env,
    'bundle'
  )
  if (build.code !== 0) throw new Error(`bundling failed:\n${build.output.join('\n')}`)
  return path.join(out, 'cli.js')
}

/** One statement on the server's `postgres` database (creating and dropping the run's own database). */
export async function admin(sql) {
  const client = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`
}

// Run directly: BENCH_RUNS=<n>, BENCH_CLI=<path to cli.js>, BENCH_DEPLOY=0 set the options above.
if (import.meta.url === `file://${process.argv[1]}`) {
  await benchProject({
    runs: Number(process.env.BENCH_RUNS) || RUNS,
    cli: process.env.BENCH_CLI,
    deploy: process.env.BENCH_DEPLOY !== '0'
  })
}
