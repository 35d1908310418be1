import { UserError } from '../../errors.js'
import type { LedgerEntry, LedgerHeader, LedgerMove, NewLedgerEntry } from '../ledger.js'
import type {
  CatalogEntry,
  PreflightFinding,
  RelationCopy,
  RelationDeploys,
  RelationName,
  RelationSwapPlan,
  RelationSwapRecord,
  SwapTarget
} from '../warehouse.js'
import { existingSchemas, grantFacts, tablesToCopy } from './catalog.js'
import { ledgerSetupStatements, ledgerWriteStatements, readLedger } from './ledger.js'
import { relationPreflightFindings } from './preflight.js'
import {
  catalogEntries,
  existingEntries,
  notOwnedRelations,
  relationDependents,
  relationGrants,
  relationSizes
} from './relation-catalog.js'
import {
  dropSchemasStatements,
  relationRollbackStatements,
  relationSwapStatements,
  type ExchangedRelation
} from './relation-statements.js'
import { quoteIdent } from './quote.js'
import type { SqlClient } from './sql-client.js'
import {
  copyTableStatements,
  copyGrantStatements,
  sqlOf,
  transaction,
  type Statement,
  type TransactionOptions
} from './statements.js'
import { checkSwapTargets } from './targets.js'

/** What the relation deploys need of the Postgres warehouse that owns them. */
export interface RelationDeployContext {
  session: SqlClient
  dryRun: boolean
  dependencySeverity: PreflightFinding['severity']
  database(): Promise<string>
  transactionOptions(): Promise<TransactionOptions>
  /** Fails unless the deploy lock this run took is still held (a swap must not run beside another deploy). */
  checkDeployLockHeld(operation: string): Promise<void>
  /** Runs statements in order (recorded, skipped in a dry run); a failure inside BEGIN … COMMIT rolls back. */
  run(operation: string, statements: readonly Statement[]): Promise<void>
}

const keyOf = (relation: RelationName): string => `${relation.schema}.${relation.name}`

/**
 * The relation-level deploy on Postgres: green holds only what the deploy rebuilds, and one transaction moves
 * each rebuilt relation (`ALTER … SET SCHEMA`) while the ledger records what production and previous hold.
 */
export class PostgresRelationDeploys implements RelationDeploys {
  constructor(private readonly context: RelationDeployContext) {}

  relationsIn(schemas: readonly string[]): Promise<CatalogEntry[]> {
    return catalogEntries(this.context.session, schemas)
  }

  relationSizes(relations: readonly RelationName[]): Promise<Map<string, number>> {
    return relationSizes(this.context.session, relations)
  }

  async prepareGreen(targets: readonly SwapTarget[], copies: readonly RelationCopy[]): Promise<void> {
    const { session } = this.context
    checkSwapTargets(targets, await this.context.database())
    const existing = await existingSchemas(
      session,
      targets.map(target => target.production)
    )
    const body: string[] = []
    for (const target of targets) {
      body.push(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(target.green)}`)
      if (existing.has(target.production)) {
        body.push(
          ...copyGrantStatements(target.green, await grantFacts(session, target.production, target.green))
        )
      }
    }
    for (const schema of [...new Set(copies.map(copy => copy.from.schema))]) {
      const fromSchema = copies.filter(copy => copy.from.schema === schema)
      const tables = await tablesToCopy(
        session,
        schema,
        fromSchema.map(copy => copy.from.name)
      )
      for (const table of tables) {
        const copy = fromSchema.find(c => c.from.name === table.name) as RelationCopy
        if (copy.to.name !== copy.from.name) {
          throw new UserError(
            `${copy.uniqueId} has different names in production (${keyOf(copy.from)}) and green (${keyOf(copy.to)}): its alias must not depend on the schema.`
          )
        }
        body.push(...copyTableStatements(copy.from.schema, copy.to.schema, table))
      }
    }
    await this.context.run('green preparation', transaction(await this.context.transactionOptions(), body))
  }

  async preflight(plan: RelationSwapPlan): Promise<PreflightFinding[]> {
    const { session } = this.context
    const leaving = [
      ...(
        await existingEntries(
          session,
          plan.moves.map(move => move.production)
        )
      ).values()
    ]
    const greens = plan.moves.flatMap(move => (move.green ? [move.green] : []))
    const built = await existingEntries(session, greens)
    const stale = await catalogEntries(session, await this.previousSchemasToEmpty(plan))
    const previousSchemas = plan.targets.map(target => target.previous)
    return relationPreflightFindings(
      {
        missingGreen: this.context.dryRun ? [] : greens.filter(green => !built.has(keyOf(green))),
        staleReaders: await relationDependents(session, leaving, leaving, previousSchemas),
        previousDependents: await relationDependents(
          session,
          stale,
          [],
          [...new Set(stale.map(r => r.schema))]
        ),
        notOwned: await notOwnedRelations(session, [...leaving, ...built.values()])
      },
      this.context.dependencySeverity
    )
  }

  async swap(plan: RelationSwapPlan, header: LedgerHeader): Promise<RelationSwapRecord> {
    const { session } = this.context
    checkSwapTargets(plan.targets, await this.context.database())
    const schemas = await existingSchemas(
      session,
      plan.targets.flatMap(target => [target.production, target.green])
    )
    const newSchemas = plan.targets.filter(target => !schemas.has(target.production))
    const leavingEntries = await existingEntries(
      session,
      plan.moves.map(move => move.production)
    )
    const greens = plan.moves.flatMap(move => (move.green ? [move.green] : []))
    const arrivingEntries = await existingEntries(session, greens)
    const missing = greens.filter(green => !arrivingEntries.has(keyOf(green)))
    if (missing.length > 0 && !this.context.dryRun) {
      throw new UserError(
        `Cannot swap: dbt did not build ${missing.map(keyOf).join(', ')} in green. Nothing was changed.`
      )
    }
    const predecessorGrants = await relationGrants(session, [...leavingEntries.values()])
    const moves: LedgerMove[] = plan.moves.map(move => ({
      uniqueId: move.uniqueId,
      production: move.production,
      previous: move.previous,
      inProduction: move.green !== null,
      inPrevious: leavingEntries.has(keyOf(move.production))
    }))
    const statements = relationSwapStatements(
      {
        newSchemas,
        createPrevious: plan.targets.filter(t => schemas.has(t.production)).map(t => t.previous),
        stale: await catalogEntries(session, await this.previousSchemasToEmpty(plan)),
        leaving: plan.moves.flatMap(move => {
          const relation = leavingEntries.get(keyOf(move.production))
          return relation ? [{ relation, previousSchema: move.previous.schema }] : []
        }),
        arriving: plan.moves.flatMap(move => {
          const relation = move.green ? arrivingEntries.get(keyOf(move.green)) : undefined
          return relation
            ? [
                {
                  relation,
                  productionSchema: move.production.schema,
                  grants: predecessorGrants.get(keyOf(move.production)) ?? []
                }
              ]
            : []
        }),
        refuseStaleReaders: this.context.dependencySeverity === 'error'
      },
      this.ledgerStatements({ ...header, moves }),
      await this.context.transactionOptions()
    )
    await this.context.checkDeployLockHeld('swap')
    await this.context.run('swap', statements)
    return {
      targets: plan.targets,
      statements: statements.map(sqlOf),
      completedAt: new Date().toISOString(),
      moves
    }
  }

  async rollback(last: LedgerEntry, header: LedgerHeader): Promise<RelationSwapRecord> {
    const { session } = this.context
    const inProduction = await existingEntries(
      session,
      last.moves.map(move => move.production)
    )
    const inPrevious = await existingEntries(
      session,
      last.moves.map(move => move.previous)
    )
    const lost = last.moves.filter(
      move =>
        (move.inPrevious && !inPrevious.has(keyOf(move.previous))) ||
        (move.inProduction && !inProduction.has(keyOf(move.production)))
    )
    if (lost.length > 0) {
      const names = lost.map(move =>
        move.inPrevious && !inPrevious.has(keyOf(move.previous))
          ? keyOf(move.previous)
          : keyOf(move.production)
      )
      throw new UserError(
        `Cannot roll back: the deploy ledger says ${names.join(', ')} should exist, but ${lost.length === 1 ? 'it does' : 'they do'} not ` +
          '(dropped by hand?), so a rollback would lose a relation. Nothing was changed.'
      )
    }
    const exchanged: ExchangedRelation[] = last.moves.map(move => ({
      inProduction: inProduction.get(keyOf(move.production)) ?? null,
      inPrevious: inPrevious.get(keyOf(move.previous)) ?? null,
      productionSchema: move.production.schema,
      previousSchema: move.previous.schema
    }))
    const moves: LedgerMove[] = last.moves.map(move => ({
      ...move,
      inProduction: move.inPrevious,
      inPrevious: move.inProduction
    }))
    const statements = relationRollbackStatements(
      exchanged,
      this.context.dependencySeverity === 'error',
      this.ledgerStatements({ ...header, moves }),
      await this.context.transactionOptions()
    )
    await this.context.checkDeployLockHeld('rollback')
    await this.context.run('rollback', statements)
    const targets = [...new Set(last.moves.map(move => move.production.schema))].map(production => {
      const move = last.moves.find(m => m.production.schema === production) as LedgerMove
      return {
        level: 'schema' as const,
        database: null,
        production,
        green: production,
        previous: move.previous.schema
      }
    })
    return { targets, statements: statements.map(sqlOf), completedAt: new Date().toISOString(), moves }
  }

  async record(entry: NewLedgerEntry): Promise<void> {
    await this.context.run(
      'ledger write',
      transaction(await this.context.transactionOptions(), this.ledgerStatements(entry))
    )
  }

  ledger(deployment: string, limit: number): Promise<LedgerEntry[]> {
    return readLedger(this.context.session, deployment, limit)
  }

  async dropSchemas(schemas: readonly string[], what: string): Promise<string[]> {
    const existing = [...(await existingSchemas(this.context.session, schemas))].sort()
    if (existing.length === 0) return []
    const contents = await catalogEntries(this.context.session, existing)
    await this.context.run(
      `${what} drop`,
      dropSchemasStatements(existing, contents, what, await this.context.transactionOptions())
    )
    return existing
  }

  private ledgerStatements(entry: NewLedgerEntry): Statement[] {
    return [...ledgerSetupStatements(), ...ledgerWriteStatements(entry)]
  }

  /**
   * The previous schemas the swap empties: those of the schemas it touches, and those the last ledger entry put
   * versions into (else they would outlive what the ledger says previous holds).
   */
  private async previousSchemasToEmpty(plan: RelationSwapPlan): Promise<string[]> {
    const last = await readLedger(this.context.session, plan.deployment, 1)
    const named = [
      ...plan.targets.map(target => target.previous),
      ...(last[0]?.moves ?? []).map(move => move.previous.schema)
    ]
    return [...(await existingSchemas(this.context.session, [...new Set(named)]))].sort()
  }
}
