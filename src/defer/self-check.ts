import type { Manifest } from '../manifest/types.js'
import type { SelfCheck } from '../report/types.js'

const EXECUTED_BY: Record<string, ReadonlySet<string>> = {
  build: new Set(['model', 'seed', 'snapshot', 'test', 'unit_test', 'function']),
  run: new Set(['model']),
  test: new Set(['test', 'unit_test']),
  seed: new Set(['seed']),
  snapshot: new Set(['snapshot'])
}

function executedTypes(commands: readonly string[]): Set<string> {
  return new Set(commands.flatMap(command => [...(EXECUTED_BY[command] ?? [])]))
}

/** The planned nodes that dbt commands execute: ephemeral models are inlined and never run. */
export function executableNodes(
  manifest: Manifest,
  selected: readonly string[],
  commands: readonly string[]
): Set<string> {
  const types = executedTypes(commands)
  const executable = new Set<string>()
  for (const id of selected) {
    const node = manifest.nodes.get(id)
    if (!node || !types.has(node.resourceType)) continue
    if (node.resourceType === 'model' && node.config.materialized === 'ephemeral') continue
    executable.add(id)
  }
  return executable
}

export function selfCheck(planned: ReadonlySet<string>, executed: ReadonlySet<string>): SelfCheck {
  return {
    plannedNotExecuted: [...planned].filter(id => !executed.has(id)).sort(),
    executedNotPlanned: [...executed].filter(id => !planned.has(id)).sort()
  }
}

/**
 * The nodes dbt reported executing. dbt 1.12 also lists exposures (as `no-op`) in run_results; they build
 * nothing, so only resource types the commands execute count.
 */
export function executedNodes(
  manifest: Manifest,
  reported: readonly string[],
  commands: readonly string[]
): Set<string> {
  const types = executedTypes(commands)
  return new Set(
    reported.filter(id => {
      const type = manifest.nodes.get(id)?.resourceType
      return type === undefined || types.has(type)
    })
  )
}
