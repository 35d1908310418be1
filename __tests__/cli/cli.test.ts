import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CliCommand, CliIo } from '../../src/cli/command.js'
import { main } from '../../src/cli/main.js'
import { VERSION } from '../../src/cli/version.js'

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text)
  }
  return io
}

function manifestJson(ordersSql: string, extraNodes: Record<string, unknown> = {}): string {
  const model = (name: string, rawCode: string, parents: string[] = []) => ({
    unique_id: `model.shop.${name}`,
    resource_type: 'model',
    name,
    package_name: 'shop',
    fqn: ['shop', name],
    original_file_path: `models/${name}.sql`,
    path: `${name}.sql`,
    raw_code: rawCode,
    config: { enabled: true, materialized: 'view' },
    unrendered_config: {},
    depends_on: { nodes: parents, macros: [] },
    checksum: { name: 'sha256', checksum: rawCode }
  })
  return JSON.stringify({
    metadata: {
      dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json',
      dbt_version: '1.12.3',
      adapter_type: 'postgres',
      project_name: 'shop'
    },
    nodes: {
      'model.shop.orders': model('orders', ordersSql),
      'model.shop.revenue': model('revenue', "select * from {{ ref('orders') }}", ['model.shop.orders']),
      'model.shop.customers': model('customers', 'select 1 as id'),
      ...extraNodes
    },
    sources: {},
    macros: {},
    exposures: {},
    metrics: {},
    disabled: {}
  })
}

let dir: string
let stateDir: string
let current: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dbt-slim-ci-cli-'))
  stateDir = path.join(dir, 'prod')
  await mkdir(stateDir)
  await writeFile(path.join(stateDir, 'manifest.json'), manifestJson('select 1 as id'))
  current = path.join(dir, 'manifest.json')
  await writeFile(current, manifestJson('select 2 as id'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('dbt-slim-ci select', () => {
  test('--output json prints the selection and every node with status and reasons', async () => {
    const io = capture()
    expect(await main(['select', '--state', stateDir, '--manifest', current, '--output', 'json'], io)).toBe(0)
    const output = JSON.parse(io.out)
    expect(output.selected).toEqual(['model.shop.orders', 'model.shop.revenue'])
    expect(Object.keys(output.nodes)).toEqual([
      'model.shop.customers',
      'model.shop.orders',
      'model.shop.revenue'
    ])
    expect(output.nodes['model.shop.orders']).toEqual({
      status: 'modified',
      reasons: [{ code: 'body_changed', check: 'body', message: 'the SQL/Python code changed' }]
    })
    expect(output.nodes['model.shop.revenue']).toEqual({ status: 'unmodified', reasons: [] })
  })

  test('text output lists selected nodes with why and what changed', async () => {
    const io = capture()
    expect(await main(['select', '--state', stateDir, '--manifest', current], io)).toBe(0)
    expect(io.out).toContain('model.shop.orders  [modified]')
    expect(io.out).toContain('the SQL/Python code changed')
    expect(io.out).toContain('model.shop.revenue  [unmodified]  (downstream of model.shop.orders)')
  })

  test('--select and --exclude are dbt selectors', async () => {
    const io = capture()
    await main(
      [
        'select',
        '--state',
        stateDir,
        '--manifest',
        current,
        '-s',
        'state:modified+',
        '--exclude',
        'revenue',
        '--output',
        'json'
      ],
      io
    )
    expect(JSON.parse(io.out).selected).toEqual(['model.shop.orders'])
  })

  test('an invalid selector is a user error with exit status 2', async () => {
    const io = capture()
    expect(
      await main(['select', '--state', stateDir, '--manifest', current, '--select', 'state:changed'], io)
    ).toBe(2)
    expect(io.err).toContain('Got an invalid selector "changed"')
  })

  test('a missing --state is a usage error with exit status 2', async () => {
    const io = capture()
    expect(await main(['select', '--manifest', current], io)).toBe(2)
    expect(io.err).toContain('--state is required')
  })

  test('a state folder without manifest.json is a user error naming the file', async () => {
    const io = capture()
    expect(await main(['select', '--state', dir + '/nowhere', '--manifest', current], io)).toBe(2)
    expect(io.err).toContain('nowhere')
  })

  test('an unknown flag is a usage error', async () => {
    const io = capture()
    expect(await main(['select', '--colour', 'red'], io)).toBe(2)
    expect(io.err).toContain('Usage: dbt-slim-ci select')
  })

  test('an unknown --indirect-selection value is a usage error', async () => {
    const io = capture()
    expect(
      await main(['select', '--state', stateDir, '--manifest', current, '--indirect-selection', 'lazy'], io)
    ).toBe(2)
  })
})

describe('dbt-slim-ci explain', () => {
  test('explains a descendant by the modified node it descends from, found by name', async () => {
    const io = capture()
    expect(await main(['explain', '--state', stateDir, '--manifest', current, 'revenue'], io)).toBe(0)
    expect(io.out).toContain('State: unmodified')
    expect(io.out).toContain('downstream of model.shop.orders')
    expect(io.out).toContain('the SQL/Python code changed')
  })

  test('explains why an unmodified node is not selected', async () => {
    const io = capture()
    await main(['explain', '--state', stateDir, '--manifest', current, 'model.shop.customers'], io)
    expect(io.out).toContain('Selected: no')
  })

  test('an unknown node is a user error', async () => {
    const io = capture()
    expect(await main(['explain', '--state', stateDir, '--manifest', current, 'nope'], io)).toBe(2)
    expect(io.err).toContain('"nope"')
  })

  test('a missing node argument is a usage error', async () => {
    const io = capture()
    expect(await main(['explain', '--state', stateDir, '--manifest', current], io)).toBe(2)
  })
})

describe('flow commands', () => {
  test('rollback --help lists only the options rollback reads', async () => {
    const io = capture()
    expect(await main(['rollback', '--help'], io)).toBe(0)
    expect(io.out).toContain('--swap-lock-timeout-seconds')
    expect(io.out).toContain('--publish-dir')
    for (const other of ['--select', '--dbt-args', '--pr <', '--schema-prefix', 'keep-previous'])
      expect(io.out).not.toContain(other)
  })

  test('cleanup --help lists only the options cleanup reads', async () => {
    const io = capture()
    expect(await main(['cleanup', '--help'], io)).toBe(0)
    expect(io.out).toContain('--pr <number>')
    for (const other of ['--select', '--clone-incremental', '--publish-dir', '--preflight'])
      expect(io.out).not.toContain(other)
  })

  test('deploy --help offers every deploy setting the action has', async () => {
    const io = capture()
    expect(await main(['deploy', '--help'], io)).toBe(0)
    for (const flag of [
      '--deploy-selection',
      '--[no-]keep-green-on-failure',
      '--[no-]keep-previous',
      '--deleted-relations',
      '--preflight',
      '--deploy-lock-timeout-seconds',
      '--swap-lock-timeout-seconds'
    ])
      expect(io.out).toContain(flag)
  })

  test('an unknown flag prints the command usage, not node’s advice', async () => {
    const io = capture()
    expect(await main(['cleanup', '--pr', '3', '--keep-previous'], io)).toBe(2)
    expect(io.err).toContain('cleanup: unknown option --keep-previous')
    expect(io.err).toContain('Usage: dbt-slim-ci cleanup')
    expect(io.err).not.toContain("place it after '--'")
  })

  test('a bad value names the CLI flag, not the action input', async () => {
    const io = capture()
    expect(await main(['deploy', '--state', stateDir, '--deleted-relations', 'keep'], io)).toBe(2)
    expect(io.err).toContain('`--deleted-relations` is `keep`')
    expect(io.err).not.toContain('Input')
  })

  describe('messages about the project and profile name CLI flags, not action inputs', () => {
    const project = (files: Record<string, string>): string => {
      const folder = path.join(
        dir,
        `project-${Object.keys(files).join('-') || 'empty'}-${Math.random().toString(36).slice(2)}`
      )
      mkdirSync(folder)
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text)
      return folder
    }
    const PROFILES =
      'shop:\n  target: ci\n  outputs:\n    ci:\n      type: postgres\n      host: h\n      user: u\n      dbname: d\n      schema: s\n'
    const rollback = async (...args: string[]) => {
      const io = capture()
      await main(['rollback', '--state', path.join(dir, 'no-state'), ...args], io)
      expect(io.out + io.err).not.toMatch(/\binput\b/i)
      return io.out + io.err
    }

    test('no profiles.yml in --profiles-dir', async () => {
      expect(await rollback('--profiles-dir', project({}))).toContain('`--profiles-dir`')
    })

    test('no dbt_project.yml in --project-dir', async () => {
      const profiles = project({ 'profiles.yml': PROFILES })
      expect(await rollback('--project-dir', project({}), '--profiles-dir', profiles)).toContain(
        'set `--project-dir` to the folder of your dbt project'
      )
    })

    test('a --target the profile does not have', async () => {
      const folder = project({ 'dbt_project.yml': 'name: shop\nprofile: shop\n', 'profiles.yml': PROFILES })
      expect(await rollback('--project-dir', folder, '--profiles-dir', folder, '--target', 'nope')).toContain(
        'Set `--target` to one of them'
      )
    })
  })

  test.each(['1.5', '0', '9007199254740993'])('--pr %s is refused before anything runs', async pr => {
    const io = capture()
    expect(await main(['defer', '--pr', pr, '--state', stateDir], io)).toBe(2)
    expect(io.err).toContain(`\`--pr\` is \`${pr}\`: use a whole number from 1`)
  })
})

describe('dbt-slim-ci entry', () => {
  test('--help lists the commands and exits 0', async () => {
    const io = capture()
    expect(await main(['--help'], io)).toBe(0)
    expect(io.out).toContain('select')
    expect(io.out).toContain('explain')
  })

  test('<command> --help prints the command usage', async () => {
    const io = capture()
    expect(await main(['select', '--help'], io)).toBe(0)
    expect(io.out).toContain('--indirect-selection')
  })

  test('--version prints the package version', async () => {
    const io = capture()
    expect(await main(['--version'], io)).toBe(0)
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(io.out.trim()).toBe(VERSION)
    expect(VERSION).toBe(pkg.version)
  })

  test('no command and unknown commands are usage errors', async () => {
    expect(await main([], capture())).toBe(2)
    const io = capture()
    expect(await main(['deploy-everything'], io)).toBe(2)
    expect(io.err).toContain('unknown command "deploy-everything"')
  })

  test('an unexpected error exits 1 with its stack', async () => {
    const failing: CliCommand = {
      name: 'boom',
      summary: 'fails',
      usage: 'Usage: boom',
      options: {},
      positionals: 0,
      run: () => Promise.reject(new Error('bug'))
    }
    const io = capture()
    expect(await main(['boom'], io, [failing])).toBe(1)
    expect(io.err).toContain('unexpected error: Error: bug')
  })
})
