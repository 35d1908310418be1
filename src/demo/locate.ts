import { access, readFile } from 'node:fs/promises'
import { constants } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The dbt-slim-ci checkout (or installed package) this code runs from: holds examples/ and .venv/. */
export async function packageRoot(
  from: string = path.dirname(fileURLToPath(import.meta.url))
): Promise<string> {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => null)
    if (manifest !== null && (JSON.parse(manifest) as { name?: string }).name === 'dbt-slim-ci') return dir
    if (path.dirname(dir) === dir) throw new Error(`No dbt-slim-ci package.json above ${from}.`)
  }
}

const isExecutable = (file: string) =>
  access(file, constants.X_OK).then(
    () => true,
    () => false
  )

/** The project's pinned dbt (`bash scripts/setup-dbt.sh`), else `dbt` on PATH, else null. */
export async function findDbt(root: string, pathVariable = process.env.PATH ?? ''): Promise<string | null> {
  const candidates = [
    path.join(root, '.venv', 'dbt-1.12', 'bin', 'dbt'),
    ...pathVariable
      .split(path.delimiter)
      .filter(Boolean)
      .map(dir => path.join(dir, 'dbt'))
  ]
  for (const candidate of candidates) if (await isExecutable(candidate)) return candidate
  return null
}
