/** Real git repositories and production state folders for the tests of the git-history split. */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stateRecordJson } from '../../src/production-state/state-record.js'
import { dbtBin } from './example-project.js'

/** Runs git in `cwd` as a fixed author; returns its output, trimmed. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()
}

/**
 * A production state folder as a deploy of the project as it is now would publish it: real dbt's manifest
 * (production naming), and a state.json naming `commitSha` when given.
 */
export function productionStateOf(
  projectDir: string,
  folder: string,
  commitSha: string | null = null
): string {
  const target = `${folder}-target`
  mkdirSync(folder, { recursive: true })
  execFileSync(
    dbtBin(),
    ['parse', '--project-dir', projectDir, '--profiles-dir', projectDir, '--target-path', target],
    {
      env: { ...process.env, DBT_SLIM_CI_SCHEMA: '' }
    }
  )
  cpSync(path.join(target, 'manifest.json'), path.join(folder, 'manifest.json'))
  if (commitSha !== null) {
    writeFileSync(
      path.join(folder, 'state.json'),
      stateRecordJson({
        commitSha,
        runId: null,
        runUrl: null,
        producedAt: new Date().toISOString(),
        dbtVersion: null,
        schemas: [],
        details: {}
      })
    )
  }
  return folder
}
