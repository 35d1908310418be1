import { describe, expect, test } from '@jest/globals'
import type { GitHubEvent } from '../../src/action/event.js'
import { readGitHubEvent } from '../../src/action/event.js'
import { decideMode, deployRefusal } from '../../src/action/mode.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const base: GitHubEvent = {
  name: 'push',
  action: null,
  ref: 'refs/heads/main',
  defaultBranch: 'main',
  pullRequest: null,
  repository: 'acme/analytics',
  sha: 'abc',
  runId: 1,
  runAttempt: 1,
  serverUrl: 'https://github.com',
  workflowRef: null,
  workflowRun: null
}
const pr = (action: string): GitHubEvent => ({
  ...base,
  name: 'pull_request',
  action,
  pullRequest: {
    number: 7,
    merged: false,
    headRepo: 'acme/analytics',
    baseRepo: 'acme/analytics',
    headSha: 'def',
    baseSha: 'abc'
  }
})

describe('automatic mode', () => {
  test.each(['opened', 'synchronize', 'reopened'])('a pull request %s defers', action => {
    expect(decideMode('auto', pr(action)).mode).toBe('defer')
  })

  test('a closed pull request cleans up', () => {
    expect(decideMode('auto', pr('closed'))).toEqual({
      mode: 'cleanup',
      reason: 'pull request #7 was closed'
    })
  })

  test('a merge-queue check defers', () => {
    expect(decideMode('auto', { ...base, name: 'merge_group' }).mode).toBe('defer')
  })

  test('a push to the default branch deploys', () => {
    expect(decideMode('auto', base).mode).toBe('deploy')
  })

  test('a push to another branch is skipped with the reason', () => {
    const decision = decideMode('auto', { ...base, ref: 'refs/heads/feature' })
    expect(decision.mode).toBe('skip')
    expect(decision.reason).toContain('`feature`')
  })

  test('with a state branch, pushes to it deploy and pushes to the default branch are skipped', () => {
    expect(decideMode('auto', { ...base, ref: 'refs/heads/release' }, 'release').mode).toBe('deploy')
    expect(decideMode('auto', base, 'release').reason).toContain('not to the state branch `release`')
  })

  test('a manual dispatch deploys', () => {
    expect(decideMode('auto', { ...base, name: 'workflow_dispatch' }).mode).toBe('deploy')
  })

  test('a workflow_run posts the stored comment', () => {
    expect(decideMode('auto', { ...base, name: 'workflow_run' }).mode).toBe('comment')
  })

  test('an explicit mode wins over the event', () => {
    expect(decideMode('rollback', pr('opened'))).toEqual({
      mode: 'rollback',
      reason: 'the `mode` input is `rollback`'
    })
  })
})

describe('the branch a deploy runs from', () => {
  const dispatch = (ref: string): GitHubEvent => ({ ...base, name: 'workflow_dispatch', ref })

  test('a manual dispatch on the default branch deploys', () => {
    expect(deployRefusal('deploy', dispatch('refs/heads/main'), null, false)).toBeNull()
  })

  test('a manual dispatch on a feature branch is refused, naming the input that allows it', () => {
    expect(deployRefusal('deploy', dispatch('refs/heads/feature'), null, false)).toBe(
      "Refusing to deploy from `refs/heads/feature`: deploys and rollbacks run on the state branch `main` (the repository's " +
        'default branch), where pull requests look for production state. Run the workflow on that branch, or set ' +
        'the `deploy-any-branch` input to `true` to deploy from this ref anyway.'
    )
  })

  test('a dispatch on a tag is refused too', () => {
    expect(deployRefusal('deploy', dispatch('refs/tags/v1'), null, false)).toContain('from `refs/tags/v1`')
  })

  test('the state branch input names the branch deploys run on', () => {
    expect(deployRefusal('deploy', dispatch('refs/heads/release'), 'release', false)).toBeNull()
    expect(deployRefusal('deploy', dispatch('refs/heads/main'), 'release', false)).toContain(
      'state branch `release` (the `state-branch` input)'
    )
  })

  test('a rollback on a feature branch is refused as well', () => {
    expect(deployRefusal('rollback', dispatch('refs/heads/feature'), null, false)).toContain(
      'Refusing to rollback from `refs/heads/feature`'
    )
  })

  test('defer, cleanup and comment run from any ref', () => {
    for (const mode of ['defer', 'cleanup', 'comment'] as const)
      expect(deployRefusal(mode, dispatch('refs/heads/feature'), null, false)).toBeNull()
  })

  test('deploy-any-branch lets any ref deploy', () => {
    expect(deployRefusal('deploy', dispatch('refs/heads/feature'), null, true)).toBeNull()
  })
})

describe('reading the event', () => {
  const eventFile = (payload: object): string => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'event-')), 'event.json')
    writeFileSync(file, JSON.stringify(payload))
    return file
  }

  test('a merge-queue check belongs to the pull request its branch names', () => {
    const event = readGitHubEvent({
      GITHUB_EVENT_NAME: 'merge_group',
      GITHUB_EVENT_PATH: eventFile({
        merge_group: { head_ref: 'refs/heads/gh-readonly-queue/main/pr-314-0a1b2c', head_sha: '0a1b2c' }
      })
    })
    expect(event.pullRequest).toMatchObject({ number: 314, headSha: '0a1b2c' })
  })

  test('an unreadable event file names the variable', () => {
    expect(() =>
      readGitHubEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json' })
    ).toThrow('GITHUB_EVENT_PATH /nonexistent/event.json is not a readable JSON event payload')
  })
})
