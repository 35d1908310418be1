/** What git says each range changed, read from real repositories made here (no dbt needed). */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseSettings } from '../../src/config/parse-settings.js'
import type { Environment, ResolvedState } from '../../src/environment.js'
import { noState } from '../../src/production-state/store.js'
import { historyOf } from '../../src/scope/apply.js'
import { readHistory } from '../../src/scope/git-history.js'
import { git } from '../helpers/git-state.js'

let root: string
let project: string
let deployed: string

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true })
  writeFileSync(path.join(project, file), text)
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-git-'))
  // The dbt project lives in a subfolder of the repository, as `project-dir: transform` has it.
  project = path.join(root, 'transform')
  write('dbt_project.yml', 'name: shop\n')
  write('models/orders.sql', 'select 1\n')
  write('models/customers.sql', 'select 2\n')
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '.')
  git(root, 'commit', '-q', '-m', 'deployed')
  deployed = git(root, 'rev-parse', 'HEAD')
  write('models/orders.sql', 'select 10\n')
  writeFileSync(path.join(root, 'README.md'), 'outside the project\n')
  git(root, 'add', '.')
  git(root, 'commit', '-q', '-m', 'main')
  git(root, 'checkout', '-q', '-b', 'feature')
  write('models/customers.sql', 'select 20\n')
  git(root, 'commit', '-q', '-am', 'pr')
  // Not committed yet: an edit and a new file count as the PR's, as dbt parses them.
  write('models/orders.sql', 'select 11\n')
  write('models/new_model.sql', 'select 3\n')
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

test('splits project-relative paths into the PR’s (working tree included) and main’s since the deploy', async () => {
  const history = await readHistory({
    projectDir: project,
    productionCommit: deployed,
    base: 'main',
    fix: 'fix'
  })

  expect(history).toMatchObject({ productionCommit: deployed, behindBy: 1, aheadBy: 0 })
  expect([...history.byPr].sort()).toEqual([
    'models/customers.sql',
    'models/new_model.sql',
    'models/orders.sql'
  ])
  expect([...history.onMain]).toEqual(['models/orders.sql'])
})

test('a base the checkout does not have is named, with the fix', async () => {
  await expect(
    readHistory({ projectDir: project, productionCommit: deployed, base: 'origin/nope', fix: 'Fetch it.' })
  ).rejects.toMatchObject({
    message: "The pull request's base (origin/nope) is not in this checkout.",
    hint: 'Fetch it.'
  })
})

function environment(front: 'action' | 'cli', scope: string, projectDir: string): Environment {
  const inputs: Record<string, string> = { 'selection-scope': scope, 'project-dir': projectDir }
  return {
    settings: parseSettings(name => inputs[name] ?? '', front),
    run: {
      repository: 'acme/analytics',
      runId: 1,
      runUrl: null,
      pullRequest: 7,
      commitSha: null,
      baseRef: 'main'
    },
    log: {
      info: () => undefined,
      warning: () => undefined,
      debug: () => undefined,
      group: (_name: string, fn: () => Promise<unknown>) => fn()
    }
  } as unknown as Environment
}
const stateAt = (commitSha: string): ResolvedState => {
  const none = noState([])
  return { ...none, manifest: {} as ResolvedState['manifest'], provenance: { ...none.provenance, commitSha } }
}

test('in the action, selection-scope pr without the history says what actions/checkout needs', async () => {
  const unknown = 'f'.repeat(40)
  await expect(historyOf(environment('action', 'pr', project), stateAt(unknown))).rejects.toMatchObject({
    message: `\`selection-scope\` input is \`pr\`, which needs the git history: The commit production was built from (${unknown.slice(0, 12)}) is not in this checkout.`,
    hint: expect.stringContaining('`actions/checkout` with `fetch-depth: 0`')
  })
})

test('with selection-scope production the missing history only costs the split', async () => {
  expect(await historyOf(environment('action', 'production', project), stateAt('f'.repeat(40)))).toBeNull()
})
