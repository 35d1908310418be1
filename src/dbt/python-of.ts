import { open } from 'node:fs/promises'
import path from 'node:path'

/**
 * The Python interpreter that runs a `dbt` executable installed by pip, pipx or uv: the one its script's shebang
 * names (pip writes `#!/bin/sh` and an `exec` line instead when that path is too long for a shebang). Null when
 * the executable is not found or is not a Python script (a wrapper, a binary): then dbt runs as a process per
 * command. `PATH` is searched the way `spawn` would.
 */
export async function pythonOf(
  executable: string,
  pathVariable: string | undefined
): Promise<string[] | null> {
  const candidates = executable.includes(path.sep)
    ? [path.resolve(executable)]
    : (pathVariable ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .map(dir => path.join(dir, executable))
  for (const file of candidates) {
    const head = await readHead(file)
    if (head !== null) return interpreterOf(head)
  }
  return null
}

/** The interpreter command of a script's first bytes, or null when it is not a Python script. */
export function interpreterOf(head: string): string[] | null {
  const [first, second = ''] = head.split('\n')
  if (!first.startsWith('#!')) return null
  const shebang = first.slice(2).trim().split(/\s+/)
  if (shebang.some(word => /(^|\/)python[\d.]*$/.test(word))) return shebang
  const exec = /^'''exec' '?"?([^"' ]*python[\d.]*)"?'? "\$0"/.exec(second)
  return exec ? [exec[1]] : null
}

async function readHead(file: string): Promise<string | null> {
  try {
    const handle = await open(file, 'r')
    try {
      const buffer = Buffer.alloc(512)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
      return buffer.subarray(0, bytesRead).toString('utf8')
    } finally {
      await handle.close()
    }
  } catch {
    return null
  }
}
