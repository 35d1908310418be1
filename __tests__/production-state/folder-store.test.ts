import { beforeEach, expect, test } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../../src/errors.js'
import { folderStateStore, type FolderStoreOptions } from '../../src/production-state/folder-store.js'
import type { PublishedState } from '../../src/production-state/store.js'
import { describeWithManifest, MANIFEST_FIXTURE, manifestText } from '../fakes/github-fixtures.js'

let root: string
const now = new Date('2026-12-01T12:00:00Z')

const store = (options: Partial<FolderStoreOptions> = {}) =>
  folderStateStore({
    path: join(root, 'prod'),
    pathLabel: '`--state`',
    publishDir: join(root, 'prod'),
    publishLabel: '`--publish-dir`',
    maxAgeHours: 168,
    now: () => now,
    ...options
  })

function stateFolder(name: string, record: object = {}): string {
  const folder = join(root, name)
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'manifest.json'), manifestText())
  writeFileSync(join(folder, 'state.json'), JSON.stringify({ producedAt: '2026-12-01T10:00:00Z', ...record }))
  return folder
}

function publication(commitSha: string): PublishedState {
  const source = join(root, `build-${commitSha}`)
  mkdirSync(source, { recursive: true })
  writeFileSync(join(source, 'manifest.json'), manifestText())
  return {
    manifestPath: join(source, 'manifest.json'),
    runResultsPath: null,
    previousManifestPath: null,
    record: {
      commitSha,
      runId: null,
      runUrl: null,
      producedAt: now.toISOString(),
      dbtVersion: '1.9.9',
      schemas: ['analytics'],
      details: {}
    }
  }
}

const recordOf = (folder: string) => JSON.parse(readFileSync(join(folder, 'state.json'), 'utf8'))

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'folder-store-'))
})

describeWithManifest('reading state from a folder', () => {
  test('reads manifest.json and state.json in place, with provenance the report shows', async () => {
    const folder = stateFolder('prod', { commitSha: 'abc1234', runId: 77 })

    const state = await store().find(join(root, 'unused'))

    expect(state.dir).toBe(folder)
    expect(state.manifest?.metadata.schemaVersion).toBe(12)
    expect(state.previousManifestPath).toBeNull()
    expect(state.provenance).toEqual({
      source: 'path',
      location: join(folder, 'manifest.json'),
      runId: 77,
      runUrl: null,
      commitSha: 'abc1234',
      producedAt: '2026-12-01T10:00:00Z',
      ageSeconds: 7200,
      dbtVersion: expect.stringMatching(/^1\.9\./),
      warnings: []
    })
  })

  test('reads a manifest file given directly', async () => {
    const state = await store({ path: MANIFEST_FIXTURE }).find(root)

    expect(state.provenance).toMatchObject({ source: 'path', location: MANIFEST_FIXTURE })
  })

  test('names the flag or input when the path does not exist', async () => {
    const failure = store({ path: join(root, 'nope'), pathLabel: 'Input `state-path`' }).find(root)

    await expect(failure).rejects.toBeInstanceOf(UserError)
    await expect(failure).rejects.toThrow(/^Input `state-path` \(/)
  })

  test('no folder given is no state, and says so', async () => {
    const state = await store({ path: null }).find(root)

    expect(state.manifest).toBeNull()
    expect(state.provenance.warnings).toEqual([
      { code: 'missing', message: 'No `--state` folder was given.' }
    ])
  })

  test('warns when older than state-max-age-hours; exactly at the limit is not stale; 0 turns it off', async () => {
    stateFolder('prod', { producedAt: '2026-11-30T12:00:00Z' })

    expect((await store({ maxAgeHours: 23 }).find(root)).provenance.warnings).toEqual([
      {
        code: 'stale',
        message: expect.stringContaining('24 hours old, older than `state-max-age-hours` (23)')
      }
    ])
    expect((await store({ maxAgeHours: 24 }).find(root)).provenance.warnings).toEqual([])
    expect((await store({ maxAgeHours: 0 }).find(root)).provenance.warnings).toEqual([])
  })
})

describeWithManifest('publishing state to a folder', () => {
  test('publishes the state files under the names a state artifact uses, readable as state afterwards', async () => {
    const where = await store().publish(publication('c1'))

    expect(where).toBe(join(root, 'prod'))
    expect(readdirSync(where).sort()).toEqual(['manifest.json', 'state.json'])
    expect((await store().find(root)).provenance.commitSha).toBe('c1')
    expect(readdirSync(root).filter(name => name.includes('dbt-slim-ci'))).toEqual([])
  })

  test('a deploy that checked source freshness publishes its sources.json with the state', async () => {
    const sources = join(root, 'sources.json')
    writeFileSync(sources, '{"results": []}')

    const where = await store().publish({ ...publication('c1'), sourcesPath: sources })

    expect(readdirSync(where).sort()).toEqual(['manifest.json', 'sources.json', 'state.json'])
    expect(readFileSync(join(where, 'sources.json'), 'utf8')).toBe('{"results": []}')
  })

  test('the previous manifest may be the folder’s own manifest.json, which the new one replaces', async () => {
    await store().publish(publication('c1'))
    const before = await store().find(root)
    writeFileSync(join(root, 'prod', 'manifest.json'), manifestText().replace('"nodes"', '"nodes" '))

    await store().publish({ ...publication('c2'), previousManifestPath: before.manifest!.path })

    const after = await store().find(root)
    expect(after.record?.commitSha).toBe('c2')
    expect(readFileSync(after.previousManifestPath!, 'utf8')).toContain('"nodes" ')
  })

  test('publishing the same state again (a retry) gives the same folder', async () => {
    await store().publish(publication('c1'))
    const first = recordOf(join(root, 'prod'))
    await store().publish(publication('c1'))

    expect(recordOf(join(root, 'prod'))).toEqual(first)
    expect(readdirSync(root).sort()).toEqual(['build-c1', 'prod'])
  })

  test('a publish that died between its two renames is completed by the next run', async () => {
    await store().publish(publication('c1'))
    // The new folder was written in full, the old one renamed aside, then the process died.
    await store({ publishDir: join(root, 'scratch') }).publish(publication('c2'))
    renameSync(join(root, 'prod'), join(root, 'prod.dbt-slim-ci-old'))
    renameSync(join(root, 'scratch'), join(root, 'prod.dbt-slim-ci-new'))

    const state = await store().find(root)

    expect(state.record?.commitSha).toBe('c2')
    expect(existsSync(join(root, 'prod.dbt-slim-ci-old'))).toBe(false)
    expect(existsSync(join(root, 'prod.dbt-slim-ci-new'))).toBe(false)
  })

  test('a publish that died while writing leaves the old state in place', async () => {
    await store().publish(publication('c1'))
    mkdirSync(join(root, 'prod.dbt-slim-ci-new'))
    writeFileSync(join(root, 'prod.dbt-slim-ci-new', 'manifest.json'), '{"trunc')

    expect((await store().find(root)).record?.commitSha).toBe('c1')
    expect(existsSync(join(root, 'prod.dbt-slim-ci-new'))).toBe(false)
  })

  test('refuses to replace a folder holding other files (a dbt target folder), naming the flag', async () => {
    const target = stateFolder('target')
    writeFileSync(join(target, 'run_results.json'), '{}')
    writeFileSync(join(target, 'graph.gpickle'), '')

    const failure = store({ publishDir: target }).publish(publication('c1'))

    await expect(failure).rejects.toThrow(
      /^`--publish-dir` \(.*target\) holds files that are not production state \(graph.gpickle\)/
    )
    expect(readdirSync(target).sort()).toEqual([
      'graph.gpickle',
      'manifest.json',
      'run_results.json',
      'state.json'
    ])
  })
})
