import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { parse } from 'yaml'
import { readmeTables } from '../../scripts/readme-tables.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const actionText = readFileSync(path.join(root, 'action.yml'), 'utf8')
const action = parse(actionText) as {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

describe('action.yml', () => {
  test('is valid action metadata for GitHub', () => {
    const result = parseAction({ name: 'action.yml', content: actionText }, new NoOperationTraceWriter())
    expect(result.context.errors.getErrors().map(e => e.message)).toEqual([])
  })

  test('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  test.each(Object.keys(action.inputs))('input %s is documented and has a default when optional', name => {
    const input = action.inputs[name]
    expect(input.description?.trim()).toBeTruthy()
    if (input.required !== true) expect(input.default).toBeDefined()
  })

  test.each(Object.keys(action.outputs))('output %s is documented', name => {
    expect(action.outputs[name].description?.trim()).toBeTruthy()
  })

  test('every input is read by the settings parser', () => {
    const parser = readFileSync(path.join(root, 'src/config/parse-settings.ts'), 'utf8')
    const missing = Object.keys(action.inputs).filter(name => !parser.includes(`'${name}'`))
    expect(missing).toEqual([])
  })
})

describe('README', () => {
  test('inputs and outputs tables match action.yml exactly', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const tables = readmeTables(actionText)
    expect(readme).toContain(tables.inputs)
    expect(readme).toContain(tables.outputs)
  })
})

const workflowDir = path.join(root, 'examples/workflows')
describe('example workflows', () => {
  test.each(readdirSync(workflowDir).filter(f => f.endsWith('.yml')))(
    '%s passes GitHub’s workflow parser',
    file => {
      const content = readFileSync(path.join(workflowDir, file), 'utf8')
      const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter())
      expect(result.context.errors.getErrors().map(e => e.message)).toEqual([])
      expect(result.value).toBeDefined()
    }
  )
})

interface ExampleStep {
  uses?: string
  run?: string
  with?: Record<string, string>
}
interface ExampleWorkflow {
  on: Record<string, unknown>
  concurrency?: { group: string; 'cancel-in-progress': boolean | string }
  jobs: Record<string, { if?: string; steps: ExampleStep[] }>
}
const example = (file: string): ExampleWorkflow =>
  parse(readFileSync(path.join(workflowDir, file), 'utf8')) as ExampleWorkflow

describe('the example workflows together', () => {
  const sameRepository = 'github.event.pull_request.head.repo.full_name == github.repository'

  test('pull requests from the repository run slim-ci.yml, and merge-queue checks too', () => {
    expect(example('slim-ci.yml').jobs['slim-ci'].if).toBe(
      `github.event_name == 'merge_group' || ${sameRepository}`
    )
    expect(example('slim-ci.yml').on).toHaveProperty('merge_group')
  })

  test('pull requests from forks run fork-safe-ci.yml only, so one comment id never gets two runs', () => {
    expect(example('fork-safe-ci.yml').jobs['slim-ci'].if).toBe(sameRepository.replace('==', '!='))
  })

  test('the fork build reaches a database without secrets: a Postgres service container', () => {
    const text = readFileSync(path.join(workflowDir, 'fork-safe-ci.yml'), 'utf8')
    expect(text).toContain('image: postgres:')
    expect(text).not.toContain('secrets.')
  })

  test("slim-ci.yml's concurrency group tells pull requests and merge-queue groups apart", () => {
    expect(example('slim-ci.yml').concurrency?.group).toBe(
      'dbt-slim-ci-${{ github.event.pull_request.number || github.event.merge_group.head_ref }}'
    )
  })

  test('deploys wait for each other instead of cancelling one mid-swap', () => {
    expect(example('deploy.yml').concurrency?.['cancel-in-progress']).toBe(false)
  })

  test.each(['slim-ci.yml', 'deploy.yml', 'fork-safe-ci.yml'])(
    '%s installs the dbt packages before the action runs',
    file => {
      for (const job of Object.values(example(file).jobs)) {
        const action = job.steps.findIndex(step => step.uses?.startsWith('dbt-slim-ci/'))
        const deps = job.steps.findIndex(step => /^dbt deps\b/m.test(step.run ?? ''))
        expect(deps).toBeGreaterThanOrEqual(0)
        expect(deps).toBeLessThan(action)
      }
    }
  )
})
