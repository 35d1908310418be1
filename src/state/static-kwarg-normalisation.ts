import { parseRepr } from '../jinja/index.js'
import type { JsonObject } from '../manifest/types.js'
import { constructStaticKwargValue } from './static-config-kwargs.js'

/**
 * dbt 1.9–1.11 store a statically parsed `config(key=value)` kwarg as the Python repr of the Jinja2 AST node,
 * e.g. `Keyword(key='materialized', value=Const(value='table'))`; 1.12 stores `table`, and rebuilds other
 * expressions as source-like text (`env_var('X')`, `['a', 'b']`). dbt 1.12 re-derives an older state's kwargs
 * from `raw_code` (`staticConfigKwargs`); where that Jinja cannot be read, and on the current side, we read the
 * repr instead and rebuild it the same way.
 */
export function normaliseStaticKwargs(config: JsonObject): JsonObject {
  let result: JsonObject | null = null
  for (const [key, value] of Object.entries(config)) {
    if (typeof value !== 'string' || !value.startsWith('Keyword(')) continue
    const rebuilt = rebuildKeyword(value)
    if (rebuilt === null || rebuilt === value) continue
    result ??= { ...config }
    result[key] = rebuilt
  }
  return result ?? config
}

/** Rebuilds one `Keyword(...)` repr the way dbt 1.12's `construct_static_kwarg_value` would; null if unreadable. */
export function rebuildKeyword(repr: string): string | null {
  try {
    const keyword = parseRepr(repr)
    return keyword.type === 'Keyword' ? constructStaticKwargValue(keyword) : null
  } catch {
    // like dbt, keep the AST repr of anything it cannot rebuild
    return null
  }
}
