import { afterAll, describe, expect, test } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findDbt, packageRoot } from '../../src/demo/locate.js'

const root = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-locate-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function executable(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, '#!/bin/sh\n')
  chmodSync(file, 0o755)
  return file
}

describe('finding what the demo runs', () => {
  test('no pinned dbt and none on PATH: the demo replays the recording', async () => {
    expect(await findDbt(path.join(root, 'empty'), path.join(root, 'nowhere'))).toBeNull()
  })

  test('dbt on PATH is used when the project has no pinned dbt', async () => {
    const onPath = executable(path.join(root, 'bin', 'dbt'))
    expect(await findDbt(path.join(root, 'empty'), path.join(root, 'bin'))).toBe(onPath)
  })

  test('the pinned dbt of scripts/setup-dbt.sh comes before dbt on PATH', async () => {
    const pinned = executable(path.join(root, 'checkout', '.venv', 'dbt-1.12', 'bin', 'dbt'))
    expect(await findDbt(path.join(root, 'checkout'), path.join(root, 'bin'))).toBe(pinned)
  })

  test('the package root is the checkout that holds the example project', async () => {
    expect(await packageRoot()).toBe(path.resolve(import.meta.dirname, '../..'))
  })
})
