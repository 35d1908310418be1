import type { Container, Warehouse } from '../warehouse/warehouse.js'

export interface DropOutcome {
  dropped: Container[]
  /** Containers that could not be dropped even after every other one was, with the last error. */
  failed: { container: Container; error: Error }[]
}

/**
 * Drops every container. Objects in one that depend on another of the set (a PR's staging views read its raw
 * schema) do not stop it: they go too, and a dry run, which drops nothing, sees the same. A refusal is retried
 * while others remain; whatever is still refused when a pass drops nothing is reported, never forced (the refusal
 * protects objects outside the set).
 */
export async function dropAll(
  warehouse: Warehouse,
  containers: readonly Container[],
  onDropped: (container: Container) => void = () => undefined
): Promise<DropOutcome> {
  const dropped: Container[] = []
  let pending = [...containers]
  let failed: DropOutcome['failed'] = []
  while (pending.length > 0) {
    failed = []
    for (const container of pending) {
      try {
        await warehouse.drop(container, pending)
        dropped.push(container)
        onDropped(container)
      } catch (error) {
        failed.push({ container, error: error instanceof Error ? error : new Error(String(error)) })
      }
    }
    if (failed.length === pending.length) break
    pending = failed.map(f => f.container)
  }
  return { dropped, failed: pending.length === 0 ? [] : failed }
}
