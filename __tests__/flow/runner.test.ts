import { describe, expect, test } from '@jest/globals'
import { DbtRunner } from '../../src/dbt/runner.js'
import { runCleanup } from '../../src/defer/cleanup.js'
import { runDefer } from '../../src/defer/flow.js'
import type { Environment } from '../../src/environment.js'
import { UserError } from '../../src/errors.js'
import { Cancellation } from '../../src/flow/cancellation.js'
import { ISSUES_URL, runFlow } from '../../src/flow/runner.js'
import { newReport } from '../../src/report/lifecycle.js'

function environment(overrides: Partial<Environment> = {}): Environment & { lines: string[] } {
  const lines: string[] = []
  const unused = () => Promise.reject(new Error('not used by this test'))
  return {
    lines,
    settings: {} as Environment['settings'],
    run: { repository: 'acme/analytics', runId: 1, runUrl: null, pullRequest: 7, commitSha: 'abc' },
    workDir: '/nonexistent',
    log: {
      info: message => lines.push(`info: ${message}`),
      warning: message => lines.push(`warning: ${message}`),
      debug: message => lines.push(`debug: ${message}`),
      group: (_name, fn) => fn()
    },
    cancellation: new Cancellation(),
    // A runner that never ran dbt: closing it at the end of the flow does nothing.
    dbt: new DbtRunner(
      { executable: 'dbt', projectDir: '.', profilesDir: null, target: null, env: {} },
      () => undefined
    ),
    resolveState: unused,
    publishState: unused,
    connectWarehouse: unused,
    productionSchema: unused,
    now: () => new Date('2026-12-01T10:00:00Z'),
    ...overrides
  }
}

describe('runFlow', () => {
  test('runs the steps in order and returns their values', async () => {
    const env = environment()
    const order: string[] = []
    const report = await runFlow('defer', env, async flow => {
      const a = await flow.step('first', () => (order.push('first'), 2))
      const b = await flow.step('second', async () => (order.push('second'), a * 3))
      flow.report.statusReason = `got ${b}`
    })
    expect(order).toEqual(['first', 'second'])
    expect(report.status).toBe('success')
    expect(report.statusReason).toBe('got 6')
  })

  test('a UserError fails the report with its message and hint, named by the step', async () => {
    const report = await runFlow('defer', environment(), async flow => {
      await flow.step('parse', () => {
        throw new UserError('dbt parse failed (exit 2)', { hint: 'Fix the YAML.' })
      })
      await flow.step('never', () => {
        throw new Error('not reached')
      })
    })
    expect(report.status).toBe('failure')
    expect(report.statusReason).toBe('dbt parse failed (exit 2)')
    expect(report.errors).toEqual([
      { phase: 'parse', message: 'dbt parse failed (exit 2)', hint: 'Fix the YAML.' }
    ])
  })

  test('any other error is an internal error: asks to report it, stack in the debug log only', async () => {
    const env = environment()
    const report = await runFlow('cleanup', env, async flow => {
      await flow.step('plan', () => {
        throw new TypeError("Cannot read properties of undefined (reading 'nodes')")
      })
    })
    expect(report.status).toBe('failure')
    expect(report.errors).toHaveLength(1)
    const [error] = report.errors
    expect(error.internal).toBe(true)
    expect(error.phase).toBe('plan')
    expect(error.message).toBe(
      "Internal error in dbt-slim-ci during plan: Cannot read properties of undefined (reading 'nodes')"
    )
    expect(error.hint).toContain(ISSUES_URL)
    expect(env.lines.some(l => l.startsWith('debug: TypeError') && l.includes('runner.test.ts'))).toBe(true)
    expect(env.lines.filter(l => l.startsWith('warning:'))).toEqual([])
  })

  test('releases run newest first after success and after failure; a failing release is a warning', async () => {
    const env = environment()
    const released: string[] = []
    const report = await runFlow('deploy', env, async flow => {
      flow.onExit(() => void released.push('connection'))
      flow.onExit(() => {
        released.push('lock')
        throw new Error('lock already gone')
      })
      await flow.step('build', () => {
        throw new UserError('dbt build failed')
      })
    })
    expect(released).toEqual(['lock', 'connection'])
    expect(report.status).toBe('failure')
    expect(env.lines).toContain('warning: Cleaning up after deploy failed: lock already gone')
  })

  test('a cancellation stops the flow before its next step: the report is cancelled, naming that step', async () => {
    const env = environment()
    const ran: string[] = []
    const report = await runFlow('deploy', env, async flow => {
      await flow.step('build', () => {
        ran.push('build')
        env.cancellation.request({ signal: 'SIGTERM', message: 'Cancelled by SIGTERM.' })
      })
      await flow.step('swap', () => void ran.push('swap'))
    })
    expect(ran).toEqual(['build'])
    expect(report.status).toBe('cancelled')
    expect(report.statusReason).toBe('Cancelled by SIGTERM. The run stopped during build.')
    expect(env.lines).toContain(
      'warning: Cancelled by SIGTERM. Stopping at the end of step "build"; the report will say the run was cancelled.'
    )
  })

  test('a cancelled flow still runs its releases', async () => {
    const env = environment()
    const released: string[] = []
    const report = await runFlow('deploy', env, async flow => {
      flow.onExit(() => void released.push('lock'))
      env.cancellation.request({ signal: 'SIGINT', message: 'Cancelled by SIGINT.' })
      await flow.step('build', () => undefined)
    })
    expect(report.status).toBe('cancelled')
    expect(released).toEqual(['lock'])
  })

  test('past the point of no return a cancellation is logged and the flow runs to its end', async () => {
    const env = environment()
    const ran: string[] = []
    const report = await runFlow('deploy', env, async flow => {
      await flow.step('swap', () => void ran.push('swap'))
      flow.pointOfNoReturn('production was swapped; publishing its state.')
      env.cancellation.request({ signal: 'SIGTERM', message: 'Cancelled by SIGTERM.' })
      await flow.step('publish', () => void ran.push('publish'))
    })
    expect(ran).toEqual(['swap', 'publish'])
    expect(report.status).toBe('success')
    expect(env.lines).toContain(
      'warning: Cancelled by SIGTERM. Finishing anyway: production was swapped; publishing its state.'
    )
  })

  test('skip ends the report as skipped with the reason', async () => {
    const report = await runFlow('defer', environment(), async flow => flow.skip('Nothing to build.'))
    expect(report.status).toBe('skipped')
    expect(report.statusReason).toBe('Nothing to build.')
    expect(report.finishedAt).toBe('2026-12-01T10:00:00.000Z')
  })
})

describe('flows on the runner', () => {
  test('a defer whose state lookup fails still returns a failed report', async () => {
    const env = environment({
      resolveState: () => Promise.reject(new UserError('GitHub could not list runs (HTTP 403)'))
    })
    const report = await runDefer(env)
    expect(report.mode).toBe('defer')
    expect(report.status).toBe('failure')
    expect(report.errors[0]).toMatchObject({ phase: 'resolve production state' })
  })

  test('a cleanup that cannot tell its pull request returns a failed report naming the fix', async () => {
    const env = environment({
      run: { repository: 'acme/analytics', runId: 1, runUrl: null, pullRequest: null, commitSha: null },
      resolveState: async () => ({
        dir: null,
        manifest: null,
        record: null,
        previousManifestPath: null,
        provenance: newReport('cleanup', environment()).state
      })
    })
    const report = await runCleanup(env)
    expect(report.status).toBe('failure')
    expect(report.errors[0].phase).toBe('name the PR schema')
    expect(report.errors[0].message).toContain('need a pull request number')
  })
})
