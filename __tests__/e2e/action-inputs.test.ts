/**
 * What the bundled action does with its inputs before any flow runs: masking the `connection` values and
 * refusing a deploy from a ref other than the state branch. Needs neither dbt nor a warehouse.
 */
import { describe, expect, test } from '@jest/globals'
import { runAction } from '../helpers/run-action.js'

const repository = { full_name: 'acme/analytics', default_branch: 'main' }

describe('the action before any flow runs', () => {
  test('masks every connection value even when the run connects to nothing', async () => {
    const run = await runAction({
      inputs: {
        mode: 'auto',
        connection: 'host: db.internal.example\nuser: ci_runner\npassword: hunter2hunter2'
      },
      eventName: 'issues',
      event: { action: 'opened', repository },
      env: {}
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.mode).toBe('skip')
    for (const value of ['db.internal.example', 'ci_runner', 'hunter2hunter2'])
      expect(run.log).toContain(`::add-mask::${value}`)
  })

  test('refuses a manual deploy on a feature branch, naming the input that allows it', async () => {
    const run = await runAction({
      inputs: { mode: 'auto' },
      eventName: 'workflow_dispatch',
      event: { ref: 'refs/heads/feature', repository },
      env: { GITHUB_REF: 'refs/heads/feature' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain('::error::Refusing to deploy from `refs/heads/feature`')
    expect(run.log).toContain('`deploy-any-branch`')
  })
})
