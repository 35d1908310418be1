/**
 * Deploys that survive any crash. Each trial breaks one CLI deploy at one point (SIGKILL or SIGTERM at a phase
 * boundary or inside the swap transaction, a terminated backend, an unpublishable state folder, tampered state, an
 * object created during the swap), then checks what must hold after any crash: production is all old or all new
 * with every row, the deploy lock is free, no dbt process is left, and the next deploy and a rollback succeed and
 * leave production and the published state in agreement. The counts of trials and outcomes are printed at the end.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ident } from '../helpers/postgres.js'
import { describeWithPostgres } from '../helpers/postgres.js'
import { FaultWorld, waitFor, type CliExit, type ProductionSnapshot, type RunningCli } from './harness.js'

/** A trial runs up to three deploys (the faulted one, the repair, a reset after a failure) and a rollback. */
const TRIAL_TIMEOUT_MS = 900_000
const world = new FaultWorld()
/** Production as v1 and as v2, from clean deploys: what "all old" and "all new" mean, row for row. */
let v1: ProductionSnapshot
let v2: ProductionSnapshot
const outcomes = new Map<string, number>()
let trials = 0
const started = Date.now()

function tally(outcome: string): void {
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
}

const PAUSE_MOVE_PREVIOUS = 0x7a11_0001n
const PAUSE_MOVE_PRODUCTION = 0x7a11_0002n

/**
 * Pauses the swap transaction where the test wants it: after the DDL that moves something into the previous schema
 * (first move), or into production (the last move before COMMIT), while the test holds the matching key.
 */
async function installPauseTrigger(): Promise<void> {
  const previous = `${world.schema}__previous`
  await world.admin.query(`
    CREATE FUNCTION public.faults_pause() RETURNS event_trigger LANGUAGE plpgsql AS $$
    DECLARE command record;
    BEGIN
      FOR command IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        IF command.object_identity = '${previous}' OR command.object_identity LIKE '${previous}.%' THEN
          PERFORM pg_advisory_xact_lock_shared(${PAUSE_MOVE_PREVIOUS});
        ELSIF command.object_identity = '${world.schema}' OR command.object_identity LIKE '${world.schema}.%' THEN
          PERFORM pg_advisory_xact_lock_shared(${PAUSE_MOVE_PRODUCTION});
        END IF;
      END LOOP;
    END $$`)
  await world.admin.query(
    `CREATE EVENT TRIGGER faults_pause ON ddl_command_end WHEN TAG IN ('ALTER SCHEMA', 'ALTER TABLE', 'ALTER VIEW') EXECUTE FUNCTION public.faults_pause()`
  )
}

/** Production equals `expected` relation for relation, row for row. */
function sameRows(actual: ProductionSnapshot, expected: ProductionSnapshot, schema: string): boolean {
  const names = (snapshot: ProductionSnapshot) =>
    Object.keys(snapshot.relations)
      .filter(name => name.startsWith(`${schema}.`))
      .sort()
  const wanted = names(expected)
  return (
    JSON.stringify(names(actual)) === JSON.stringify(wanted) &&
    wanted.every(
      name => JSON.stringify(actual.relations[name].rows) === JSON.stringify(expected.relations[name].rows)
    )
  )
}

/** "old" when production is exactly what it was (same rows and same relations, by oid), "new" when all v2. */
function productionIs(before: ProductionSnapshot, after: ProductionSnapshot): 'old' | 'new' | 'mixed' {
  const schema = world.schema
  const ownNames = Object.keys(before.relations).filter(name => name.startsWith(`${schema}.`))
  const untouched = ownNames.every(name => after.relations[name]?.oid === before.relations[name].oid)
  if (sameRows(after, before, schema) && untouched && after.version === before.version) return 'old'
  const totalsMoved = after.relations[`${schema}.totals`]?.oid !== before.relations[`${schema}.totals`]?.oid
  if (sameRows(after, v2, schema) && totalsMoved && after.version === 'v2') return 'new'
  return 'mixed'
}

interface TrialResult {
  exit: CliExit
  /** What the trial expects production to be right after the fault. */
  expect: 'old' | 'new' | 'either'
  /** Words for the outcome tally, e.g. "cancelled report". */
  note?: string
}

/**
 * One trial: `fault` starts and breaks a deploy of v2 over v1 production; then the invariants, the repair (a
 * clean deploy) and a rollback back to v1, ready for the next trial.
 */
async function trial(name: string, fault: () => Promise<TrialResult>): Promise<void> {
  trials += 1
  try {
    await checkedTrial(name, fault)
  } catch (error) {
    tally(`${name}: FAILED`)
    await world.reset()
    throw error
  }
}

async function checkedTrial(name: string, fault: () => Promise<TrialResult>): Promise<void> {
  const before = await world.snapshot()
  expect(before.version).toBe('v1')
  const { exit, expect: expected, note } = await fault()
  await waitFor('every dbt process to end', async () => (await world.dbtProcesses()).length === 0, 20_000)
  await waitFor('the deploy lock to be free', async () => (await world.advisoryLocksHeld()) === 0, 20_000)
  const after = await world.snapshot()
  const state = productionIs(before, after)
  tally(`${name}: production ${state}, ${exit.signal ?? `exit ${exit.code}`}${note ? `, ${note}` : ''}`)
  expect(state).not.toBe('mixed')
  if (expected !== 'either') expect(state).toBe(expected)
  if (exit.code === 0) expect(world.publishedVersion()).toBe(after.version)

  const repair = await world.start('deploy').exit
  if (repair.code !== 0) throw new Error(`The deploy after "${name}" failed:\n${repair.output}`)
  const repaired = await world.snapshot()
  expect(productionIs(before, repaired)).toBe('new')
  expect(world.publishedVersion()).toBe('v2')
  expect(repaired.previousVersion).toBe('v1')
  expect(await world.ledgerAgreesWithState()).not.toBe(false)
  // Even a repair that only republishes the state (the swap had committed) clears what the fault left in green.
  expect(await world.greenExists()).toBe(false)

  const rollback = await world.start('rollback').exit
  if (rollback.code !== 0) throw new Error(`The rollback after "${name}" failed:\n${rollback.output}`)
  const rolledBack = await world.snapshot()
  expect(sameRows(rolledBack, v1, world.schema)).toBe(true)
  expect(world.publishedVersion()).toBe('v1')
  expect(await world.ledgerAgreesWithState()).not.toBe(false)
}

/** A tmpfs mounted (with `options`, e.g. read-only or tiny) on a folder of the suite's: publishing into it fails. */
function mountTmpfs(name: string, options: string): string {
  const dir = path.join(world.dir, name)
  mkdirSync(dir, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir])
  return dir
}

/** Starts a deploy and, once `paused` says it waits where the trial wants, ends it with `signal`. */
async function interrupt(
  signal: 'SIGKILL' | 'SIGTERM',
  paused: (cli: RunningCli) => Promise<void>,
  extra: string[] = []
): Promise<CliExit> {
  const cli = world.start('deploy', extra)
  await paused(cli)
  cli.child.kill(signal)
  return cli.exit
}

async function holding<T>(key: bigint, body: (release: () => Promise<void>) => Promise<T>): Promise<T> {
  const hold = await world.hold(key)
  let released = false
  const release = async () => {
    if (released) return
    released = true
    await hold.release()
  }
  try {
    return await body(release)
  } finally {
    await release()
  }
}

/**
 * What a rollback of v2 production (previous v1) left: "old" when production and previous are exactly as they
 * were (same objects), "new" when production holds v1 and previous v2, row for row; else "mixed".
 */
function rollbackLeft(before: ProductionSnapshot, after: ProductionSnapshot): 'old' | 'new' | 'mixed' {
  const same = Object.keys(before.relations).every(
    name =>
      after.relations[name]?.oid === before.relations[name].oid &&
      JSON.stringify(after.relations[name].rows) === JSON.stringify(before.relations[name].rows)
  )
  if (same && Object.keys(after.relations).length === Object.keys(before.relations).length) return 'old'
  const previous = `${world.schema}__previous`
  const totals = (snapshot: ProductionSnapshot, schema: string) => snapshot.relations[`${schema}.totals`]
  const swappedBack =
    totals(after, world.schema)?.oid === totals(before, previous)?.oid &&
    totals(after, previous)?.oid === totals(before, world.schema)?.oid
  const kept =
    JSON.stringify(totals(after, previous)?.rows) === JSON.stringify(totals(before, world.schema)?.rows)
  if (sameRows(after, v1, world.schema) && swappedBack && kept) return 'new'
  return 'mixed'
}

/**
 * One rollback trial: a clean deploy puts v2 in production (v1 in previous), `fault` starts and breaks a rollback;
 * then production must be all v2 or all v1 with every row in one of the two schemas, the lock free, and, when
 * the rollback did not finish (its state is not v1 and agreeing with the ledger), rolling back again must converge
 * on v1 production with its state published: the world every trial starts from.
 */
async function rollbackTrial(name: string, fault: () => Promise<TrialResult>): Promise<void> {
  trials += 1
  try {
    await world.run('deploy')
    const before = await world.snapshot()
    expect([before.version, before.previousVersion]).toEqual(['v2', 'v1'])
    const { exit, expect: expected, note } = await fault()
    await waitFor('the deploy lock to be free', async () => (await world.advisoryLocksHeld()) === 0, 20_000)
    const after = await world.snapshot()
    const left = rollbackLeft(before, after)
    tally(`${name}: production ${left}, ${exit.signal ?? `exit ${exit.code}`}${note ? `, ${note}` : ''}`)
    expect(left).not.toBe('mixed')
    if (expected !== 'either') expect(left).toBe(expected)
    if (exit.code === 0) {
      expect(world.publishedVersion()).toBe(after.version)
      expect(await world.ledgerAgreesWithState()).toBe(true)
    }
    const finished = world.publishedVersion() === 'v1' && (await world.ledgerAgreesWithState()) === true
    if (finished) expect(left).toBe('new')
    else {
      const again = await world.start('rollback').exit
      if (again.code !== 0) throw new Error(`The rollback after "${name}" failed:\n${again.output}`)
      if (left === 'new') expect(again.output).toContain('nothing was moved')
    }
    const converged = await world.snapshot()
    expect(sameRows(converged, v1, world.schema)).toBe(true)
    expect([converged.version, converged.previousVersion]).toEqual(['v1', 'v2'])
    expect(world.publishedVersion()).toBe('v1')
    expect(await world.ledgerAgreesWithState()).toBe(true)
  } catch (error) {
    tally(`${name}: FAILED`)
    await world.reset()
    throw error
  }
}

/** Starts a rollback and, once `paused` says it waits where the trial wants, applies `fault` to it. */
async function breakRollback(
  paused: () => Promise<void>,
  fault: 'SIGKILL' | 'main' | 'lock',
  extra: { publishDir?: string } = {}
): Promise<CliExit> {
  const cli = world.start('rollback', [], extra)
  await paused()
  if (fault === 'SIGKILL') cli.child.kill('SIGKILL')
  else await terminate(fault)
  return cli.exit
}

async function terminate(session: 'main' | 'lock'): Promise<void> {
  for (const pid of await world.toolSessions(session))
    await world.admin.query('SELECT pg_terminate_backend($1)', [pid])
}

/** Resolves once production's `totals` is no longer `oid` (the swap committed), polling as fast as it can. */
async function committed(oid: number | null): Promise<void> {
  const deadline = Date.now() + 120_000
  while ((await world.totalsOid()) === oid && Date.now() < deadline) await sleep(1)
}

describeWithPostgres('deploys under faults (CLI, real dbt, real Postgres)', () => {
  jest.setTimeout(TRIAL_TIMEOUT_MS)

  beforeAll(async () => {
    await world.setUp()
    await installPauseTrigger()
    await world.run('deploy')
    v1 = await world.snapshot()
    world.setVersion('v2')
    await world.run('deploy')
    v2 = await world.snapshot()
    await world.run('rollback')
    expect(sameRows(await world.snapshot(), v1, world.schema)).toBe(true)
  }, 600_000)

  afterAll(async () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(0)
    const lines = [...outcomes.entries()].map(([outcome, count]) => `  ${count} × ${outcome}`)
    console.log(`Fault suite: ${trials} trials in ${seconds} s\n${lines.join('\n')}`)
    await world.tearDown()
  }, 120_000)

  describe('the tool is killed (SIGKILL) or cancelled (SIGTERM)', () => {
    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      test(`${signal} while waiting for the deploy lock: nothing changed`, async () => {
        await trial(`${signal} waiting for the deploy lock`, () =>
          holding(world.deployLockKey(), async () => ({
            exit: await interrupt(signal, () =>
              waitFor(
                'the deploy to poll for the lock',
                async () => (await world.toolSessions('lock')).length > 0
              )
            ),
            expect: 'old'
          }))
        )
      })

      test(`${signal} while dbt builds green: nothing changed, dbt stopped`, async () => {
        await trial(`${signal} during dbt build`, () =>
          holding(world.buildPauseKey, async () => {
            const exit = await interrupt(signal, () => world.waitForLockWait('dbt'))
            if (signal === 'SIGTERM') expect(exit.output).toContain('Cancelled by SIGTERM')
            return { exit, expect: 'old' }
          })
        )
      })

      // Inside the swap SIGTERM needs one point (before COMMIT): stopping or finishing, the same must hold.
      if (signal === 'SIGKILL') {
        test(`${signal} inside the swap transaction, waiting for the swap lock: nothing changed`, async () => {
          await trial(`${signal} in the swap transaction (after BEGIN)`, () =>
            holding(world.swapLockKey(), async () => ({
              exit: await interrupt(signal, () => world.waitForLockWait('main')),
              expect: signal === 'SIGKILL' ? 'old' : 'either'
            }))
          )
        })

        test(`${signal} inside the swap transaction, after the first move: production all old or all new`, async () => {
          await trial(`${signal} in the swap transaction (after the first move)`, () =>
            holding(PAUSE_MOVE_PREVIOUS, async () => ({
              exit: await interrupt(signal, () => world.waitForLockWait('main')),
              expect: signal === 'SIGKILL' ? 'old' : 'either'
            }))
          )
        })
      }

      test(`${signal} inside the swap transaction, before COMMIT: production all old or all new`, async () => {
        await trial(`${signal} in the swap transaction (before COMMIT)`, () =>
          holding(PAUSE_MOVE_PRODUCTION, async () => ({
            exit: await interrupt(signal, () => world.waitForLockWait('main')),
            expect: signal === 'SIGKILL' ? 'old' : 'either'
          }))
        )
      })
    }

    test('SIGKILL right after COMMIT, before the state is published: the next deploy repairs the state', async () => {
      const oid = await world.totalsOid()
      await trial('SIGKILL after COMMIT', async () => {
        const exit = await interrupt('SIGKILL', async () => {
          const deadline = Date.now() + 120_000
          while ((await world.totalsOid()) === oid && Date.now() < deadline) await sleep(2)
        })
        return { exit, expect: 'new', note: `state ${world.publishedVersion()} when killed` }
      })
    })
  })

  describe('a backend is terminated', () => {
    test('the main session, while dbt builds: the deploy fails, nothing changed', async () => {
      await trial('main session terminated during build', () =>
        holding(world.buildPauseKey, async release => {
          const cli = world.start('deploy')
          await world.waitForLockWait('dbt')
          for (const pid of await world.toolSessions('main'))
            await world.admin.query('SELECT pg_terminate_backend($1)', [pid])
          await release()
          return { exit: await cli.exit, expect: 'old' }
        })
      )
    })

    test('the lock session, while dbt builds: the deploy fails before anything moves', async () => {
      await trial('lock session terminated during build', () =>
        holding(world.buildPauseKey, async release => {
          const cli = world.start('deploy')
          await world.waitForLockWait('dbt')
          for (const pid of await world.toolSessions('lock'))
            await world.admin.query('SELECT pg_terminate_backend($1)', [pid])
          await release()
          const exit = await cli.exit
          expect(exit.output).toMatch(/deploy lock .* was lost before the swap/)
          return { exit, expect: 'old' }
        })
      )
    })

    test("dbt's session, with --no-keep-green-on-failure: the build fails, green is dropped, nothing changed", async () => {
      await trial("dbt's session terminated during build", () =>
        holding(world.buildPauseKey, async release => {
          const cli = world.start('deploy', ['--no-keep-green-on-failure'])
          await world.waitForLockWait('dbt')
          for (const pid of await world.toolSessions('dbt'))
            await world.admin.query('SELECT pg_terminate_backend($1)', [pid])
          await release()
          const exit = await cli.exit
          expect(exit.output).toContain('dbt build in green failed; production was not touched')
          const green = await world.admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [
            `${world.schema}__green`
          ])
          expect(green).toEqual([])
          return { exit, expect: 'old' }
        })
      )
    })

    test('the main session, inside the swap transaction: rolled back, nothing changed', async () => {
      await trial('main session terminated in the swap transaction', () =>
        holding(world.swapLockKey(), async () => {
          const cli = world.start('deploy')
          await world.waitForLockWait('main')
          for (const pid of await world.toolSessions('main'))
            await world.admin.query('SELECT pg_terminate_backend($1)', [pid])
          return { exit: await cli.exit, expect: 'old' }
        })
      )
    })
  })

  describe('the state cannot be published', () => {
    for (const [name, options] of [
      ['unwritable', 'ro,size=1m'],
      ['full', 'size=16k']
    ] as const) {
      test(`publishing into a ${name} folder: production and state are repaired by the next deploy`, async () => {
        const mount = mountTmpfs(`publish-${name}`, options)
        try {
          if (name === 'full') writeFileSync(path.join(mount, 'filler'), Buffer.alloc(12 * 1024))
          await trial(`publish into a ${name} folder`, async () => {
            const exit = await world.start('deploy', [], { publishDir: path.join(mount, 'state') }).exit
            expect(exit.code).not.toBe(0)
            return { exit, expect: 'new' }
          })
        } finally {
          execFileSync('umount', [mount])
        }
      })
    }
  })

  describe('production changes under the deploy', () => {
    test('a view created in another schema on the previous schema during the swap is refused, never dropped', async () => {
      const outside = 'faults_outside'
      await world.admin.query(`CREATE SCHEMA IF NOT EXISTS ${outside}`)
      await trial('view created in another schema during the swap', () =>
        holding(world.swapLockKey(), async release => {
          const cli = world.start('deploy')
          await world.waitForLockWait('main')
          await world.admin.query(
            `CREATE VIEW ${outside}.reads_previous AS SELECT * FROM ${ident(`${world.schema}__previous`)}.totals`
          )
          await release()
          const exit = await cli.exit
          expect(exit.output).toMatch(/Refusing to swap|so the swap refuses/)
          expect(await world.admin.query(`SELECT count(*)::int AS n FROM ${outside}.reads_previous`)).toEqual(
            [{ n: 1 }]
          )
          await world.admin.query(`DROP VIEW ${outside}.reads_previous`)
          return { exit, expect: 'old' }
        })
      )
    })

    test('tampered state.json: rollback acts on what production holds, or refuses', async () => {
      await world.run('deploy')
      const record = path.join(world.stateDir, 'state.json')
      const original = readFileSync(record, 'utf8')
      writeFileSync(record, original.replaceAll(`${world.schema}__previous`, 'faults_outside'))
      const rollback = await world.start('rollback').exit
      trials += 1
      const after = await world.snapshot()
      tally(`tampered state.json: rollback exit ${rollback.code}, production ${after.version}`)
      try {
        if (rollback.code === 0) expect(after.version).toBe('v1')
        else expect(after.version).toBe('v2')
        if (rollback.code !== 0) {
          writeFileSync(record, original)
          await world.run('rollback')
        }
        expect((await world.snapshot()).version).toBe('v1')
      } catch (error) {
        await world.reset()
        throw error
      }
    })
  })

  describe('a rollback is killed (SIGKILL) or its backend terminated', () => {
    const faults = [
      ['SIGKILL', 'SIGKILL'],
      ['main', 'main session terminated']
    ] as const

    // The main session terminated while the lock is polled is not seen until the lock wait times out (known).
    for (const [fault, words] of [
      ['SIGKILL', 'SIGKILL'],
      ['lock', 'lock session terminated']
    ] as const) {
      test(`${words} while the rollback waits for the deploy lock: nothing changed`, async () => {
        await rollbackTrial(`rollback: ${words} waiting for the deploy lock`, () =>
          holding(world.deployLockKey(), async () => ({
            exit: await breakRollback(
              () =>
                waitFor(
                  'the rollback to poll for the lock',
                  async () => (await world.toolSessions('lock')).length > 0
                ),
              fault
            ),
            expect: 'old'
          }))
        )
      })
    }

    for (const [fault, words] of [...faults, ['lock', 'lock session terminated']] as const) {
      test(`${words} inside the rollback transaction, waiting for the swap lock: nothing changed`, async () => {
        await rollbackTrial(`rollback: ${words} in its transaction (after BEGIN)`, () =>
          holding(world.swapLockKey(), async release => {
            const cli = world.start('rollback')
            await world.waitForLockWait('main')
            if (fault === 'SIGKILL') cli.child.kill('SIGKILL')
            else await terminate(fault)
            // A lost lock session is seen once the transaction has the swap lock: nothing may move then.
            await release()
            const exit = await cli.exit
            if (fault === 'lock') expect(exit.output).toMatch(/deploy lock/)
            return { exit, expect: 'old' }
          })
        )
      })
    }

    for (const [fault, words] of faults) {
      test(`${words} inside the rollback transaction, after the first move: nothing changed`, async () => {
        await rollbackTrial(`rollback: ${words} in its transaction (after the first move)`, () =>
          holding(PAUSE_MOVE_PRODUCTION, async () => ({
            exit: await breakRollback(() => world.waitForLockWait('main'), fault),
            expect: 'old'
          }))
        )
      })

      test(`${words} inside the rollback transaction, before COMMIT: nothing changed`, async () => {
        await rollbackTrial(`rollback: ${words} in its transaction (before COMMIT)`, () =>
          holding(PAUSE_MOVE_PREVIOUS, async () => ({
            exit: await breakRollback(() => world.waitForLockWait('main'), fault),
            expect: 'old'
          }))
        )
      })
    }

    for (const [fault, words] of [...faults, ['lock', 'lock session terminated']] as const) {
      test(`${words} right after COMMIT: production is rolled back, and rolling back again only publishes`, async () => {
        await rollbackTrial(`rollback: ${words} after COMMIT`, async () => {
          const oid = await world.totalsOid()
          const exit = await breakRollback(() => committed(oid), fault)
          return { exit, expect: 'new', note: `state ${world.publishedVersion()} when broken` }
        })
      })
    }

    test('SIGKILL while the rollback publishes its state: production is rolled back, its state converges', async () => {
      const fresh = `${world.stateDir}.dbt-slim-ci-new`
      await rollbackTrial('rollback: SIGKILL while publishing', async () => {
        const exit = await breakRollback(async () => {
          const deadline = Date.now() + 120_000
          while (!existsSync(fresh) && Date.now() < deadline) await new Promise(setImmediate)
        }, 'SIGKILL')
        return { exit, expect: 'new', note: `state ${world.publishedVersion()} when killed` }
      })
    })

    test('SIGKILL after COMMIT, then a deploy instead of a rollback: the deploy republishes and deploys again', async () => {
      trials += 1
      try {
        await world.run('deploy')
        const oid = await world.totalsOid()
        await breakRollback(() => committed(oid), 'SIGKILL')
        const next = await world.run('deploy')
        expect(next).toMatch(/Republished that state/)
        const after = await world.snapshot()
        expect(productionIs(v1, after)).toBe('new')
        expect(world.publishedVersion()).toBe('v2')
        expect(await world.ledgerAgreesWithState()).toBe(true)
        tally('rollback: SIGKILL after COMMIT, repaired by a deploy: production new')
        await world.run('rollback')
      } catch (error) {
        tally('rollback: SIGKILL after COMMIT, repaired by a deploy: FAILED')
        await world.reset()
        throw error
      }
    })

    for (const [name, options] of [
      ['unwritable', 'ro,size=1m'],
      ['full', 'size=16k']
    ] as const) {
      test(`publishing a rollback into a ${name} folder: rolled back, state not yet published, the next rollback publishes it`, async () => {
        const mount = mountTmpfs(`rollback-publish-${name}`, options)
        try {
          if (name === 'full') writeFileSync(path.join(mount, 'filler'), Buffer.alloc(12 * 1024))
          await rollbackTrial(`rollback: publish into a ${name} folder`, async () => {
            const exit = await world.start('rollback', [], { publishDir: path.join(mount, 'state') }).exit
            expect(exit.code).not.toBe(0)
            expect(exit.output).toContain('state not yet published')
            return { exit, expect: 'new' }
          })
        } finally {
          execFileSync('umount', [mount])
        }
      })
    }
  })

  describe('deploy settings from the CLI', () => {
    test('--deploy-lock-timeout-seconds: a deploy gives up on a held lock after that long', async () => {
      await trial('deploy lock held past --deploy-lock-timeout-seconds', () =>
        holding(world.deployLockKey(), async () => {
          const exit = await world.start('deploy', ['--deploy-lock-timeout-seconds', '2']).exit
          expect(exit.output).toContain('Another deploy holds the deploy lock')
          return { exit, expect: 'old' }
        })
      )
    })

    test('--swap-lock-timeout-seconds: a swap blocked longer gives up, nothing changed', async () => {
      await trial('swap lock held past --swap-lock-timeout-seconds', () =>
        holding(world.swapLockKey(), async () => {
          const exit = await world.start('deploy', ['--swap-lock-timeout-seconds', '1']).exit
          expect(exit.output).toMatch(/lock timeout/)
          return { exit, expect: 'old' }
        })
      )
    })
  })
})
