// Synthetic state/current manifest pairs made by cloning the nodes of a real manifest, for the benchmark.
// Written with a streaming writer (the large ones do not fit in one JavaScript string) and cached.
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'

/** Bump when the generated files change shape, so cached pairs are rebuilt. */
const GENERATOR_VERSION = 5
/** Serialised bytes per node the padding aims at: ~5.8 KB per node puts the 100k-node files above 512 MiB. */
const TARGET_NODE_BYTES = 5800
const PADDING_LINE =
  '    coalesce(upstream.amount, 0) as amount_usd, -- padded compiled SQL of a large project\n'

/** Returns the paths of a cached or freshly generated pair with at least `members` graph members. */
export function ensurePair(baseFile, members, outDir) {
  const stem = path.join(outDir, `synthetic-${members}`)
  const pair = { state: `${stem}-state.json`, current: `${stem}-current.json`, marker: `${stem}.json.done` }
  const params = JSON.stringify({ GENERATOR_VERSION, baseFile, members, TARGET_NODE_BYTES })
  if (existsSync(pair.marker) && readFileSync(pair.marker, 'utf8') === params) {
    return { ...pair, ...JSON.parse(readFileSync(`${stem}.stats.json`, 'utf8')) }
  }
  const stats = generatePair(JSON.parse(readFileSync(baseFile, 'utf8')), members, pair)
  writeFileSync(`${stem}.stats.json`, JSON.stringify(stats))
  writeFileSync(pair.marker, params)
  return { ...pair, ...stats }
}

function generatePair(base, members, pair) {
  const baseNodes = Object.values(base.nodes)
  const baseSources = Object.values(base.sources)
  const copies = Math.ceil(members / (baseNodes.length + baseSources.length))
  const edits = planEdits(base, copies)
  const state = new JsonWriter(pair.state)
  const current = new JsonWriter(pair.current)
  const both = text => {
    state.write(text)
    current.write(text)
  }
  const childMaps = { state: new Map(), current: new Map() }
  const parentEntries = { state: [], current: [] }
  let written = 0
  let modelSerial = 0

  both(`{"metadata": ${JSON.stringify(base.metadata)}, "nodes": {`)
  const firsts = { state: true, current: true }
  const emit = (side, writer, node) => {
    writer.write(`${firsts[side] ? '' : ', '}${JSON.stringify(node.unique_id)}: ${JSON.stringify(node)}`)
    firsts[side] = false
    const parents = node.depends_on?.nodes ?? []
    parentEntries[side].push(`${JSON.stringify(node.unique_id)}: ${JSON.stringify(parents)}`)
    for (const parent of parents) {
      if (!childMaps[side].has(parent)) childMaps[side].set(parent, [])
      childMaps[side].get(parent).push(node.unique_id)
    }
  }
  for (let copy = 0; copy < copies; copy++) {
    baseNodes.forEach(node => {
      const clone = padded(cloneNode(node, copy))
      written++
      emit('state', state, clone)
      if (isRemoved(clone, edits.removed)) return
      const changed = clone.resource_type === 'model' ? edit(clone, modelSerial++) : clone
      if (changed.raw_code !== clone.raw_code) edits.bodies++
      else if (changed !== clone) edits.configs++
      emit('current', current, changed)
    })
  }
  for (const node of baseNodes.filter(n => n.resource_type === 'model').slice(0, 25)) {
    const added = padded(cloneNode(node, copies, '__added'))
    added.depends_on = { ...added.depends_on, nodes: [node.unique_id] }
    emit('current', current, added)
  }
  both('}, "sources": {')
  for (let copy = 0; copy < copies; copy++) {
    baseSources.forEach((source, index) => {
      const clone = cloneNode(source, copy)
      written++
      both(
        `${copy === 0 && index === 0 ? '' : ', '}${JSON.stringify(clone.unique_id)}: ${JSON.stringify(clone)}`
      )
    })
  }
  both('}, "macros": ')
  state.write(JSON.stringify(base.macros))
  current.write(JSON.stringify({ ...base.macros, [edits.macro]: changedMacro(base.macros[edits.macro]) }))
  for (const key of ['docs', 'exposures', 'metrics', 'selectors', 'disabled']) {
    both(`, ${JSON.stringify(key)}: ${JSON.stringify(base[key] ?? {})}`)
  }
  for (const [side, writer] of [
    ['state', state],
    ['current', current]
  ]) {
    writer.write(`, "parent_map": {${parentEntries[side].join(', ')}}, "child_map": {`)
    let first = true
    for (const [parent, children] of childMaps[side]) {
      writer.write(`${first ? '' : ', '}${JSON.stringify(parent)}: ${JSON.stringify(children)}`)
      first = false
    }
    writer.write('}}')
    writer.close()
  }
  return {
    members: written,
    stateBytes: statSync(pair.state).size,
    currentBytes: statSync(pair.current).size,
    edits: {
      bodies: edits.bodies,
      configs: edits.configs,
      macro: edits.macro,
      added: 25,
      removed: edits.removed.size
    }
  }
}

/** A removed model, or a test of one (dbt drops a model's tests with it). */
function isRemoved(node, removed) {
  return (
    removed.has(node.unique_id) ||
    (node.resource_type === 'test' && (node.depends_on?.nodes ?? []).some(p => removed.has(p)))
  )
}

/** Which nodes the "current" side changes: ~1% of bodies, some configs, one project macro, 25 removed leaves. */
function planEdits(base, copies) {
  const isTest = id => base.nodes[id]?.resource_type === 'test'
  const leaves = Object.values(base.nodes).filter(
    n => n.resource_type === 'model' && (base.child_map?.[n.unique_id] ?? []).every(isTest)
  )
  const removed = new Set(leaves.slice(0, 25).map(n => renameId(n.unique_id, Math.min(1, copies - 1))))
  const project = base.metadata.project_name ?? Object.values(base.nodes)[0].package_name
  const macro =
    Object.values(base.macros).find(m => m.package_name === project)?.unique_id ?? Object.keys(base.macros)[0]
  return { removed, macro, bodies: 0, configs: 0 }
}

/** The `serial`-th model of the current side: every 100th gets a new body, every 250th a new config. */
function edit(node, serial) {
  if (serial % 100 === 17) return { ...node, raw_code: `${node.raw_code}\n-- changed in this pull request` }
  if (serial % 250 === 3) {
    return {
      ...node,
      config: { ...node.config, materialized: 'table' },
      unrendered_config: { ...node.unrendered_config, materialized: 'table' }
    }
  }
  return node
}

function changedMacro(macro) {
  return { ...macro, macro_sql: `${macro.macro_sql}\n{# changed in this pull request #}` }
}

function renameId(id, copy, suffix = '') {
  return copy === 0 && suffix === '' ? id : `${id}${suffix}__c${copy}`
}

/** A copy of a node with its id, name, fqn, alias and same-copy dependencies renamed. */
function cloneNode(node, copy, suffix = '') {
  if (copy === 0 && suffix === '') return node
  const rename = id => (id.startsWith('macro.') ? id : renameId(id, copy))
  const tag = `${suffix}__c${copy}`
  const clone = {
    ...node,
    unique_id: renameId(node.unique_id, copy, suffix),
    name: `${node.name}${tag}`,
    fqn: [...node.fqn.slice(0, -1), `${node.fqn.at(-1)}${tag}`]
  }
  if (node.alias) clone.alias = `${node.alias}${tag}`
  if (node.depends_on?.nodes)
    clone.depends_on = { ...node.depends_on, nodes: node.depends_on.nodes.map(rename) }
  if (node.attached_node) clone.attached_node = rename(node.attached_node)
  return clone
}

/** Grows compiled SQL so the average node has the size of nodes in large real projects. */
function padded(node) {
  const size = JSON.stringify(node).length
  if (size >= TARGET_NODE_BYTES) return node
  const lines = Math.ceil((TARGET_NODE_BYTES - size) / PADDING_LINE.length)
  return {
    ...node,
    compiled_code: `${node.compiled_code ?? node.raw_code ?? ''}\n${PADDING_LINE.repeat(lines)}`
  }
}

class JsonWriter {
  constructor(file) {
    this.fd = openSync(file, 'w')
    this.pending = []
    this.size = 0
  }

  write(text) {
    this.pending.push(text)
    this.size += text.length
    if (this.size > 8 * 1024 * 1024) this.flush()
  }

  flush() {
    writeSync(this.fd, this.pending.join(''))
    this.pending = []
    this.size = 0
  }

  close() {
    this.flush()
    closeSync(this.fd)
  }
}
