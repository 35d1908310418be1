import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib'
import { DbtRunner, type DbtInvocation, type DbtLog, type DbtSettings } from '../dbt/runner.js'
import { UserError } from '../errors.js'
import {
  applyRecipe,
  recordRelation,
  type BuiltNode,
  type Query,
  type RelationRecipe
} from './relation-recipes.js'

/** The artifacts a flow reads back from dbt's target folder. */
const ARTIFACTS = ['manifest.json', 'run_results.json'] as const

/** One dbt invocation of a real-dbt demo run: what dbt printed and wrote, and the relations it left behind. */
export interface RecordedInvocation {
  command: string
  /** DBT_SLIM_CI_SCHEMA of the invocation (null for production naming): tells the environments apart. */
  schema: string | null
  exitCode: number
  /** dbt's output, colour codes removed. */
  output: string[]
  artifacts: Partial<Record<(typeof ARTIFACTS)[number], string>>
  relations: RelationRecipe[]
}

/** Every dbt invocation of a real-dbt demo run, in order: what the demo replays when dbt is not installed. */
export interface DbtRecording {
  dbtVersion: string
  invocations: RecordedInvocation[]
}

export const RECORDING_FILE = 'dbt-recording.json.br'

/**
 * The manifests of successive parses are nearly identical, so one Brotli stream with a 16 MiB window stores
 * them once: the recording takes a small fraction of its JSON size in the repository.
 */
export async function writeRecording(dir: string, recording: DbtRecording): Promise<string> {
  const file = path.join(dir, RECORDING_FILE)
  await mkdir(dir, { recursive: true })
  const json = Buffer.from(`${JSON.stringify(recording, null, 1)}\n`)
  await writeFile(
    file,
    brotliCompressSync(json, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_LGWIN]: 24,
        [constants.BROTLI_PARAM_SIZE_HINT]: json.length
      }
    })
  )
  return file
}

export async function readRecording(dir: string): Promise<DbtRecording> {
  const file = path.join(dir, RECORDING_FILE)
  const bytes = await readFile(file).catch(() => {
    throw new UserError(
      `${file} is missing: install dbt (bash scripts/setup-dbt.sh), or regenerate the demo data with node scripts/demo-data.mjs.`
    )
  })
  return JSON.parse(brotliDecompressSync(bytes).toString('utf8')) as DbtRecording
}

/** Runs real dbt and records each invocation, reading the relations a build made back from the embedded database. */
export class RecordingDbtRunner extends DbtRunner {
  readonly recording: DbtRecording

  constructor(
    settings: DbtSettings,
    log: DbtLog,
    private readonly query: Query,
    dbtVersion: string
  ) {
    super(settings, log)
    this.recording = { dbtVersion, invocations: [] }
  }

  override async run(
    command: string[],
    options: { targetPath: string; env?: Record<string, string> }
  ): Promise<DbtInvocation> {
    const invocation = await super.run(command, options)
    const artifacts: RecordedInvocation['artifacts'] = {}
    for (const name of ARTIFACTS) {
      const text = await readFile(path.join(options.targetPath, name), 'utf8').catch(() => null)
      if (text !== null) artifacts[name] = text
    }
    const relations: RelationRecipe[] = []
    if (artifacts['run_results.json'] && artifacts['manifest.json']) {
      for (const node of builtNodes(artifacts['run_results.json'], artifacts['manifest.json'])) {
        const recipe = await recordRelation(this.query, node)
        if (recipe) relations.push(recipe)
      }
    }
    this.recording.invocations.push({
      command: command[0],
      schema: options.env?.DBT_SLIM_CI_SCHEMA ?? null,
      exitCode: invocation.exitCode,
      output: invocation.tail.map(stripVTControlCharacters),
      artifacts,
      relations
    })
    return invocation
  }
}

/** The relations a build made, in the order dbt made them. */
function builtNodes(runResultsJson: string, manifestJson: string): BuiltNode[] {
  const results = (JSON.parse(runResultsJson) as { results: { unique_id: string; status: string }[] }).results
  const nodes = (JSON.parse(manifestJson) as { nodes: Record<string, Record<string, unknown>> }).nodes
  return results.flatMap(result => {
    const node = nodes[result.unique_id]
    if (
      result.status !== 'success' ||
      !node ||
      !['model', 'seed', 'snapshot'].includes(String(node.resource_type))
    )
      return []
    const config = node.config as { materialized?: string }
    return [
      {
        resourceType: String(node.resource_type),
        materialized: config.materialized ?? '',
        schema: String(node.schema),
        name: String(node.alias ?? node.name),
        compiledCode: typeof node.compiled_code === 'string' ? node.compiled_code : null,
        originalFilePath: String(node.original_file_path)
      }
    ]
  })
}

/**
 * Plays a recording back instead of running dbt: writes the artifacts dbt wrote, recreates the relations it
 * built, and prints its output. Each call must be the invocation recorded next, so a demo that changed since the
 * recording fails loudly instead of showing stale results.
 */
export class ReplayDbtRunner extends DbtRunner {
  private next = 0
  /**
   * How much longer the recorded dbt runs took than their replays, so far: the demo's clock adds it, so a
   * report's duration is the wall time of the run as recorded, never shorter than the nodes it lists.
   */
  replayedMs = 0

  constructor(
    private readonly dbtSettings: DbtSettings,
    private readonly print: DbtLog,
    private readonly recording: DbtRecording,
    private readonly query: Query
  ) {
    super(dbtSettings, print)
  }

  override async run(
    command: string[],
    options: { targetPath: string; env?: Record<string, string> }
  ): Promise<DbtInvocation> {
    const started = Date.now()
    const recorded = this.recording.invocations[this.next]
    const schema = options.env?.DBT_SLIM_CI_SCHEMA ?? null
    if (!recorded || recorded.command !== command[0] || recorded.schema !== schema) {
      throw new UserError(
        `The committed demo recording does not match this demo (invocation ${this.next + 1}: expected ${recorded ? `dbt ${recorded.command} in ${recorded.schema ?? 'production'}` : 'no more dbt calls'}, got dbt ${command[0]} in ${schema ?? 'production'}). Regenerate it with node scripts/demo-data.mjs.`
      )
    }
    this.next += 1
    await mkdir(options.targetPath, { recursive: true })
    for (const [name, text] of Object.entries(recorded.artifacts))
      await writeFile(path.join(options.targetPath, name), text)
    for (const recipe of recorded.relations)
      await applyRecipe(this.query, recipe, this.dbtSettings.projectDir)
    const recreated =
      recorded.relations.length > 0
        ? `; the ${recorded.relations.length} relations it built recreated with SQL`
        : ''
    this.print(`(replaying dbt ${this.recording.dbtVersion}: its recorded output and artifacts${recreated})`)
    for (const line of recorded.output) this.print(line)
    const args = [
      ...command,
      '--project-dir',
      path.resolve(this.dbtSettings.projectDir),
      '--target-path',
      path.resolve(options.targetPath)
    ]
    const replayMs = Date.now() - started
    const durationMs = Math.max(replayMs, recordedElapsedMs(recorded))
    this.replayedMs += durationMs - replayMs
    return { args, exitCode: recorded.exitCode, durationMs, tail: recorded.output }
  }
}

/** What dbt's run_results.json says the recorded invocation took; 0 when it wrote none (parse). */
function recordedElapsedMs(recorded: RecordedInvocation): number {
  const runResults = recorded.artifacts['run_results.json']
  if (runResults === undefined) return 0
  const elapsed = (JSON.parse(runResults) as { elapsed_time?: unknown }).elapsed_time
  return typeof elapsed === 'number' ? Math.round(elapsed * 1000) : 0
}
