import type { Json } from '../manifest/types.js'

/**
 * Python `==` on JSON-decoded values, which is what dbt's comparisons use: dict equality ignores key order,
 * lists are ordered, `1 == 1.0`, and booleans are integers (`True == 1`, `False == 0`).
 */
export function pyEq(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined || a === null || b === null) return false
  const na = asPyNumber(a)
  const nb = asPyNumber(b)
  if (na !== null || nb !== null) return na !== null && nb !== null && na === nb
  if (typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, index) => pyEq(item, b[index]))
  }
  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  return aKeys.every(key => Object.hasOwn(b, key) && pyEq(a[key], b[key]))
}

function asPyNumber(value: Json): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? 1 : 0
  return null
}

/**
 * Equality of dates as dbt's dataclasses hold them (timezone-aware datetimes): equal instants are equal
 * whatever their ISO spelling. Values that do not parse as dates fall back to Python equality.
 */
export function sameInstant(a: Json | undefined, b: Json | undefined): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    const ta = Date.parse(a)
    const tb = Date.parse(b)
    if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta === tb
  }
  return pyEq(a ?? null, b ?? null)
}
