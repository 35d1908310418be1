import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')

export interface ActionRun {
  exitCode: number
  outputs: Record<string, string>
  summary: string
  log: string
}

/**
 * Runs the committed bundle the way the GitHub runner does: `node dist/index.js` with INPUT_* variables, an
 * event payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to read back.
 */
export async function runAction(options: {
  inputs: Record<string, string>
  eventName: string
  event: object
  env: Record<string, string>
}): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dbt-slim-ci-run-'))
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md')
  }
  writeFileSync(files.event, JSON.stringify(options.event))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const inputs = Object.fromEntries(
    Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
  )
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.homedir(),
    RUNNER_TEMP: dir,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'acme/analytics',
    GITHUB_WORKFLOW_REF: 'acme/analytics/.github/workflows/slim-ci.yml@refs/heads/main',
    ...inputs,
    ...options.env
  }
  const log: string[] = []
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], { env, cwd: ROOT })
    child.stdout.on('data', chunk => log.push(String(chunk)))
    child.stderr.on('data', chunk => log.push(String(chunk)))
    child.on('error', reject)
    child.on('close', code => resolve(code ?? 1))
  })
  return {
    exitCode,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    log: log.join('')
  }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
    outputs[match[1]] = value.join('\n')
  }
  return outputs
}

/** Fails with the action's own log, which says why, rather than with a bare exit code. */
export function expectSucceeded(run: ActionRun): void {
  if (run.exitCode !== 0) throw new Error(`The action exited with ${run.exitCode}:\n${run.log.slice(-6000)}`)
}
