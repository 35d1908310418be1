import { existsSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
export const EXAMPLE_PROJECT = path.join(ROOT, 'examples/dbt-project')
export const DBT_VENV = path.join(ROOT, '.venv/dbt-1.12/bin')

/** The pinned dbt of the test setup; a clear failure when it was never installed. */
export function dbtBin(): string {
  const dbt = path.join(DBT_VENV, 'dbt')
  if (!existsSync(dbt))
    throw new Error(`${dbt} is missing: run \`bash scripts/setup-dbt.sh\` (npm test does).`)
  return dbt
}

/**
 * A private copy of the example project whose production schema is `schema`, so test runs never share
 * relations. Edits happen in the copy.
 */
export class ProjectCopy {
  readonly dir: string

  constructor(readonly schema: string) {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-project-'))
    cpSync(EXAMPLE_PROJECT, this.dir, {
      recursive: true,
      filter: source => !/[/\\](target|logs|dbt_packages)([/\\]|$)/.test(source.slice(EXAMPLE_PROJECT.length))
    })
    this.edit('profiles.yml', text =>
      text.replace(/env_var\('DBT_SLIM_CI_SCHEMA', '[^']*'\)/g, `env_var('DBT_SLIM_CI_SCHEMA', '${schema}')`)
    )
  }

  file(relative: string): string {
    return path.join(this.dir, relative)
  }

  read(relative: string): string {
    return readFileSync(this.file(relative), 'utf8')
  }

  write(relative: string, text: string): void {
    writeFileSync(this.file(relative), text)
  }

  edit(relative: string, change: (text: string) => string): void {
    this.write(relative, change(this.read(relative)))
  }

  remove(relative: string): void {
    rmSync(this.file(relative))
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
