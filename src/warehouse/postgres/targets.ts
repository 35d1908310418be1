import { UserError } from '../../errors.js'
import type { Container, SwapTarget } from '../warehouse.js'
import { quoteIdent } from './quote.js'

/**
 * Postgres swaps schemas of the connected database only, and every name a swap touches must be distinct:
 * otherwise one rename would land on another target's schema.
 */
export function checkSwapTargets(targets: readonly SwapTarget[], database: string): void {
  if (targets.length === 0) throw new UserError('Nothing to swap: no production schema was given.')
  const seen = new Map<string, string>()
  for (const target of targets) {
    checkContainer({ level: target.level, database: target.database, name: target.production }, database)
    for (const [role, name] of [
      ['production', target.production],
      ['green', target.green],
      ['previous', target.previous]
    ] as const) {
      quoteIdent(name)
      const other = seen.get(name)
      if (other !== undefined) {
        throw new UserError(
          `Schema "${name}" is used twice in one swap (${other} and ${role} of "${target.production}"); ` +
            'give each production schema distinct green and previous names.'
        )
      }
      seen.set(name, `${role} of "${target.production}"`)
    }
  }
}

export function checkContainer(container: Container, database: string): void {
  if (container.level !== 'schema') {
    throw new UserError(
      `Postgres cannot swap or clone a whole database ("${container.name}"); use schema-level targets.`
    )
  }
  if (container.database !== null && container.database !== database) {
    throw new UserError(
      `Schema "${container.name}" is in database "${container.database}", but the connection is to "${database}"; ` +
        'Postgres cannot rename schemas across databases. Point the profile target at that database.'
    )
  }
  quoteIdent(container.name)
}
