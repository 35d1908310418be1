/** Collects the entries the scanner hands out into a `Manifest`. Pure: no file access. */
import { ArtifactError } from '../errors.js'
import { buildGraph } from './graph.js'
import { readMetadata } from './metadata.js'
import { EntryShapeError, normalizeMacro, normalizeNode, type NormalizeOptions } from './normalize.js'
import type { Json, Macro, Manifest, ManifestMetadata, ManifestNode, ManifestSection } from './types.js'

/** Top-level maps whose entries are read one by one; everything else but `metadata` is skipped unparsed. */
export const ENTRY_MAPS: ReadonlySet<string> = new Set([
  'nodes',
  'sources',
  'macros',
  'exposures',
  'metrics',
  'semantic_models',
  'saved_queries',
  'unit_tests',
  'functions',
  'disabled'
])

export class ManifestAssembler {
  private metadata: ManifestMetadata | null = null
  private readonly nodes = new Map<string, ManifestNode>()
  private readonly disabled = new Map<string, ManifestNode>()
  private readonly macros = new Map<string, Macro>()
  private firstModelPackage: string | null = null

  constructor(
    private readonly file: string,
    private readonly options: NormalizeOptions = {}
  ) {}

  addMetadata(json: string): void {
    this.metadata = readMetadata(this.file, this.parse(json, 'metadata'))
  }

  addEntry(map: string, key: string, json: string): void {
    const raw = this.parse(json, `${map}["${key}"]`)
    try {
      if (map === 'macros') this.macros.set(key, normalizeMacro(raw, key))
      else if (map === 'disabled') this.addDisabled(key, raw)
      else this.addMember(key, normalizeNode(raw, key, map as ManifestSection, this.options))
    } catch (error) {
      if (error instanceof EntryShapeError) {
        throw new ArtifactError(
          this.file,
          `${map}["${key}"] ${error.message}. Regenerate the manifest with dbt.`
        )
      }
      throw error
    }
  }

  build(): Manifest {
    if (this.metadata === null) {
      throw new ArtifactError(
        this.file,
        'is not a dbt manifest: it has no "metadata" object. ' +
          'Pass the manifest.json that `dbt parse`, `dbt compile` or `dbt build` writes to the target folder.'
      )
    }
    const { parents, children } = buildGraph(this.nodes)
    return {
      path: this.file,
      metadata: { ...this.metadata, projectName: this.metadata.projectName ?? this.firstModelPackage },
      nodes: this.nodes,
      disabled: this.disabled,
      macros: this.macros,
      parents,
      children
    }
  }

  /** dbt keeps a list per unique_id (one per disabled copy, v4+); the first is the one dbt reports. */
  private addDisabled(key: string, raw: Json): void {
    const first = Array.isArray(raw) ? raw[0] : raw
    if (first === undefined || this.disabled.has(key)) return
    this.disabled.set(key, normalizeNode(first, key, null, this.options))
  }

  /** Entries of the main maps with `config.enabled: false` (tests of disabled models) are not graph members. */
  private addMember(key: string, node: ManifestNode): void {
    if (node.resourceType === 'model' && this.firstModelPackage === null)
      this.firstModelPackage = node.packageName
    if (node.enabled) this.nodes.set(key, node)
    else if (!this.disabled.has(key)) this.disabled.set(key, node)
  }

  private parse(json: string, what: string): Json {
    try {
      return JSON.parse(json) as Json
    } catch (error) {
      throw new ArtifactError(
        this.file,
        `${what} is not valid JSON (${(error as Error).message}). Regenerate the manifest with dbt.`
      )
    }
  }
}
