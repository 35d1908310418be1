// Fails when the committed dist/ differs from a fresh build of the sources.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const fresh = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-dist-'))
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' })
  const files = dir =>
    readdirSync(dir, { recursive: true }).filter(name => statSync(path.join(dir, name)).isFile())
  const names = new Set([...files('dist'), ...files(fresh)])
  const stale = [...names].filter(name => {
    try {
      return !readFileSync(path.join('dist', name)).equals(readFileSync(path.join(fresh, name)))
    } catch {
      return true
    }
  })
  if (stale.length > 0) {
    console.error(
      `dist/ is stale (${stale.join(', ')} differ from a fresh build). Run \`npm run build\` and commit dist/.`
    )
    process.exit(1)
  }
  console.log('dist/ matches the sources.')
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
