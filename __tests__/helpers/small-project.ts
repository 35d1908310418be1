import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A dbt project written from a map of files, for end-to-end tests that need a shape the example project does
 * not have (sources with freshness, named selectors) without touching it. Its profile builds into `schema` on
 * the test Postgres, following DBT_SLIM_CI_SCHEMA as the README asks.
 */
export class SmallProject {
  readonly dir: string

  constructor(
    readonly schema: string,
    files: Record<string, string>
  ) {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-small-project-'))
    this.write('dbt_project.yml', "name: small\nversion: '1.0'\nprofile: small\nconfig-version: 2\n")
    this.write(
      'profiles.yml',
      [
        'small:',
        '  target: prod',
        '  outputs:',
        '    prod:',
        '      type: postgres',
        "      host: '127.0.0.1'",
        '      port: 5432',
        '      user: postgres',
        "      password: ''",
        '      dbname: test',
        `      schema: "{{ env_var('DBT_SLIM_CI_SCHEMA', '${schema}') }}"`,
        '      threads: 2',
        ''
      ].join('\n')
    )
    for (const [relative, text] of Object.entries(files)) this.write(relative, text)
  }

  write(relative: string, text: string): void {
    const file = path.join(this.dir, relative)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
