import { describe, expect, test } from '@jest/globals'
import { checkLedger, previousCommitOf } from '../../src/deploy/ledger-check.js'
import type { LedgerEntry } from '../../src/warehouse/ledger.js'

const manifest = (sha256: string) => ({ sha256, content: Buffer.from(sha256) })

function entry(id: number, sha: string, previous: string | null): LedgerEntry {
  return {
    id,
    deployment: 'analytics',
    kind: 'deploy',
    manifest: manifest(sha),
    previousManifest: previous === null ? null : manifest(previous),
    commitSha: `commit-${id}`,
    runId: 100 + id,
    runUrl: null,
    moves: [],
    recordedAt: '2026-12-02T12:00:00.000Z'
  }
}

// Newest first, as the ledger returns them: deploy 3 swapped in c, after deploy 2 (b) and deploy 1 (a).
const ledger = [entry(3, 'c', 'b'), entry(2, 'b', 'a'), entry(1, 'a', null)]

describe('published state against the deploy ledger', () => {
  test('no ledger yet (a first deploy, or state from before the ledger) agrees with any state', () => {
    expect(checkLedger([], null)).toEqual({ kind: 'agree' })
    expect(checkLedger([], 'x')).toEqual({ kind: 'agree' })
  })

  test('state published by the newest entry agrees', () => {
    expect(checkLedger(ledger, 'c')).toEqual({ kind: 'agree' })
  })

  test('state of an older entry is behind: the newest swap committed and its publish failed', () => {
    const verdict = checkLedger(ledger, 'b')
    expect(verdict).toMatchObject({ kind: 'behind', entry: { id: 3 } })
    expect(checkLedger(ledger, 'a')).toMatchObject({ kind: 'behind', entry: { id: 3 } })
  })

  test('no published state while the ledger records a deploy is behind too (the state was lost or expired)', () => {
    expect(checkLedger(ledger, null)).toMatchObject({ kind: 'behind', entry: { id: 3 } })
  })

  test('a state no entry produced is refused, saying what production holds and how to fix it', () => {
    const verdict = checkLedger(ledger, 'edited')
    expect(verdict.kind).toBe('foreign')
    if (verdict.kind !== 'foreign') return
    expect(verdict.message).toContain('the deploy #3 of commit commit-3, run 103')
    expect(verdict.message).toContain('nothing was changed')
    expect(verdict.hint).toContain('the next run republishes')
  })
})

describe('the commit a rollback puts back in production', () => {
  test('is the commit of the deploy that swapped in what previous holds, not the rolled-back one', () => {
    expect(previousCommitOf(ledger)).toBe('commit-2')
  })

  test('after a rollback, rolling back again re-applies the rolled-back deploy and its commit', () => {
    const rolledBack = { ...entry(4, 'b', 'c'), kind: 'rollback' as const, commitSha: 'commit-2' }
    expect(previousCommitOf([rolledBack, ...ledger])).toBe('commit-3')
  })

  test('is unknown when the ledger no longer holds the entry that swapped it in', () => {
    expect(previousCommitOf([entry(3, 'c', 'b')])).toBeNull()
    expect(previousCommitOf([])).toBeNull()
  })
})
