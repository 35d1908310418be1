/**
 * Pure SQL of the relation-level deploy on Postgres: moving single relations between schemas (`ALTER … SET
 * SCHEMA` keeps storage, OIDs, grants and what depends on them), the in-transaction checks that nothing outside
 * the deploy depends on what moves or is dropped, and the swap, rollback and green-clearing transactions.
 */
import type { CatalogEntry, RelationKind, RelationName, SwapTarget } from '../warehouse.js'
import { qualify, quoteIdent, quoteLiteral } from './quote.js'
import {
  grants,
  renameSchema,
  rollbackTemporaryName,
  transaction,
  type AclEntry,
  type Statement,
  type TransactionOptions
} from './statements.js'

const KEYWORDS: Record<RelationKind, string> = {
  table: 'TABLE',
  view: 'VIEW',
  materialized_view: 'MATERIALIZED VIEW',
  dynamic_table: 'TABLE',
  other: 'FOREIGN TABLE'
}

export function moveRelation(relation: CatalogEntry, toSchema: string): string {
  return `ALTER ${KEYWORDS[relation.kind]} ${qualify(relation.schema, relation.name)} SET SCHEMA ${quoteIdent(toSchema)}`
}

export function dropRelation(relation: CatalogEntry): string {
  return `DROP ${KEYWORDS[relation.kind]} IF EXISTS ${qualify(relation.schema, relation.name)} CASCADE`
}

/**
 * Locks the tables among `relations` before a dependents check, so no view or foreign key on them can appear
 * between the check and the change. Views are left out: locking one locks everything it reads, which would stop
 * loaders writing into unchanged tables; the ALTER or DROP of a view locks only the view.
 */
export function lockTables(relations: readonly CatalogEntry[]): string[] {
  const tables = relations.filter(relation => relation.kind === 'table')
  if (tables.length === 0) return []
  const names = tables.map(relation => qualify(relation.schema, relation.name)).join(', ')
  return [`LOCK TABLE ${names} IN ACCESS EXCLUSIVE MODE`]
}

const valuesOf = (relations: readonly RelationName[]): string =>
  relations.map(r => `(${quoteLiteral(r.schema)}, ${quoteLiteral(r.name)})`).join(', ')

/** What the dependents check looks for, and what it tells the user when it finds something. */
export interface DependentsCheck {
  /** Relations whose dependents are looked for. */
  of: readonly RelationName[]
  /** Schemas whose objects may depend on them (they move or are dropped too). */
  exemptSchemas: readonly string[]
  /** Start of the error, followed by the dependents found. */
  message: string
  hint: string
}

/**
 * A DO block that raises (aborting the transaction) when a view, materialized view, foreign key or column
 * default outside the exempt schemas is bound by object id to one of the relations. It runs inside the
 * transaction that moves or drops them, under their locks, so what it checks is what the change meets.
 */
export function dependentsCheck(check: DependentsCheck): string[] {
  if (check.of.length === 0) return []
  const exemptSchemas =
    check.exemptSchemas.length === 0
      ? ''
      : `AND dn.nspname::text NOT IN (${check.exemptSchemas.map(quoteLiteral).join(', ')})`
  return [
    `DO $dbt_slim_ci$
DECLARE found text;
BEGIN
  SELECT string_agg(DISTINCT format('%I.%I (%s on %I.%I)', dn.nspname, dc.relname, dep.kind, rn.nspname, rc.relname), '; ')
    INTO found
    FROM pg_depend d
    JOIN pg_class rc ON d.refclassid = 'pg_class'::regclass AND rc.oid = d.refobjid
    JOIN pg_namespace rn ON rn.oid = rc.relnamespace
    CROSS JOIN LATERAL (
          SELECT r.ev_class AS relid, CASE WHEN c.relkind = 'm' THEN 'materialized view' ELSE 'view' END AS kind
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
           WHERE d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid
          UNION ALL
          SELECT c.conrelid, 'foreign key' FROM pg_constraint c
           WHERE d.classid = 'pg_constraint'::regclass AND c.oid = d.objid AND c.contype = 'f'
          UNION ALL
          SELECT a.adrelid, 'column default' FROM pg_attrdef a
           WHERE d.classid = 'pg_attrdef'::regclass AND a.oid = d.objid) dep
    JOIN pg_class dc ON dc.oid = dep.relid
    JOIN pg_namespace dn ON dn.oid = dc.relnamespace
   WHERE d.deptype = 'n' AND dc.oid <> rc.oid
     AND (rn.nspname::text, rc.relname::text) IN (VALUES ${valuesOf(check.of)})
     ${exemptSchemas};
  IF found IS NOT NULL THEN
    RAISE EXCEPTION USING MESSAGE = ${quoteLiteral(check.message)} || found, HINT = ${quoteLiteral(check.hint)};
  END IF;
END
$dbt_slim_ci$`
  ]
}

/** A production relation leaving for its previous schema. */
export interface LeavingRelation {
  relation: CatalogEntry
  previousSchema: string
}

/** A green relation arriving in production, with the grants of the production relation it replaces. */
export interface ArrivingRelation {
  relation: CatalogEntry
  productionSchema: string
  /** The predecessor's ACL, without its owner's implicit privileges; empty for a new relation. */
  grants: AclEntry[]
}

/** What the catalog says just before a relation swap, and what the swap is to do. */
export interface RelationSwapFacts {
  /** Targets whose production schema does not exist yet (a first deploy): green is renamed to production. */
  newSchemas: SwapTarget[]
  /** Previous schemas to create. */
  createPrevious: string[]
  /** What the previous schemas hold now (the production before last), dropped first. */
  stale: CatalogEntry[]
  leaving: LeavingRelation[]
  arriving: ArrivingRelation[]
  /** Stop when something outside the deploy depends on a relation that leaves (`preflight: fail`). */
  refuseStaleReaders: boolean
}

/**
 * One transaction: drop what the previous schemas held, move each replaced production relation into its previous
 * schema, give each green relation its predecessor's grants and move it into production, then `ledger`
 * (the ledger write). Unchanged relations are never touched.
 */
export function relationSwapStatements(
  facts: RelationSwapFacts,
  ledger: readonly Statement[],
  options: TransactionOptions
): Statement[] {
  const arriving = facts.arriving.filter(a => !facts.newSchemas.some(t => t.green === a.relation.schema))
  const previousSchemas = [...new Set([...facts.createPrevious, ...facts.stale.map(r => r.schema)])]
  const body: Statement[] = [
    ...facts.createPrevious.map(schema => `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`),
    ...lockTables([...facts.stale, ...facts.leaving.map(l => l.relation), ...arriving.map(a => a.relation)]),
    ...dependentsCheck({
      of: facts.stale,
      exemptSchemas: previousSchemas,
      message: 'Refusing to swap: the previous production is replaced now, and these objects depend on it: ',
      hint: 'Drop those objects or recreate them on production relations, then deploy again.'
    }),
    ...facts.stale.map(dropRelation),
    ...facts.leaving.map(l => moveRelation(l.relation, l.previousSchema)),
    ...arriving.flatMap(a => grants(`TABLE ${qualify(a.relation.schema, a.relation.name)}`, a.grants, null)),
    ...arriving.map(a => moveRelation(a.relation, a.productionSchema)),
    ...facts.newSchemas.map(target => renameSchema(target.green, target.production)),
    // After the moves, which hold their locks until COMMIT: what depends on a replaced relation now reads it
    // in its previous schema.
    ...(facts.refuseStaleReaders
      ? dependentsCheck({
          of: facts.leaving.map(l => ({ schema: l.previousSchema, name: l.relation.name })),
          exemptSchemas: previousSchemas,
          message:
            'Refusing to swap: these objects are not rebuilt by the deploy and would keep reading the replaced relations: ',
          hint: 'Select them too (state:modified+ selects every descendant), make them models of the project, or set preflight to warn.'
        })
      : []),
    ...ledger
  ]
  return transaction(options, body)
}

/** One relation a rollback exchanges: what production and previous hold under its name now. */
export interface ExchangedRelation {
  inProduction: CatalogEntry | null
  inPrevious: CatalogEntry | null
  productionSchema: string
  previousSchema: string
}

/**
 * One transaction that exchanges production and previous for every relation of the last deploy (a relation on
 * one side only just crosses), so a second rollback re-applies the deploy. Grants travel with the objects.
 */
export function relationRollbackStatements(
  exchanged: readonly ExchangedRelation[],
  refuseStaleReaders: boolean,
  ledger: readonly Statement[],
  options: TransactionOptions
): Statement[] {
  const leaving = exchanged.flatMap(e => (e.inProduction ? [e.inProduction] : []))
  const previousSchemas = [...new Set(exchanged.map(e => e.previousSchema))]
  const parking = [
    ...new Set(exchanged.filter(e => e.inProduction && e.inPrevious).map(e => e.productionSchema))
  ]
  const body: Statement[] = [
    ...previousSchemas.map(s => `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(s)}`),
    ...lockTables([...leaving, ...exchanged.flatMap(e => (e.inPrevious ? [e.inPrevious] : []))]),
    ...parking.map(schema => `CREATE SCHEMA ${quoteIdent(rollbackTemporaryName(schema))}`),
    ...exchanged.flatMap(e => {
      if (e.inProduction && e.inPrevious) {
        const parked = { ...e.inProduction, schema: rollbackTemporaryName(e.productionSchema) }
        return [
          moveRelation(e.inProduction, parked.schema),
          moveRelation(e.inPrevious, e.productionSchema),
          moveRelation(parked, e.previousSchema)
        ]
      }
      if (e.inProduction) return [moveRelation(e.inProduction, e.previousSchema)]
      return e.inPrevious ? [moveRelation(e.inPrevious, e.productionSchema)] : []
    }),
    ...parking.map(schema => `DROP SCHEMA ${quoteIdent(rollbackTemporaryName(schema))}`),
    ...(refuseStaleReaders
      ? dependentsCheck({
          of: exchanged.flatMap(e =>
            e.inProduction ? [{ schema: e.previousSchema, name: e.inProduction.name }] : []
          ),
          exemptSchemas: previousSchemas,
          message:
            'Refusing to roll back: these objects would keep reading the relations the rollback moves out: ',
          hint: 'Drop or rebuild those objects, or set preflight to warn.'
        })
      : []),
    ...ledger
  ]
  return transaction(options, body)
}

/**
 * One transaction that drops whole schemas of ours (green leftovers, or previous ones), after checking under
 * locks that nothing outside them depends on what they hold.
 */
export function dropSchemasStatements(
  schemas: readonly string[],
  contents: readonly CatalogEntry[],
  what: string,
  options: TransactionOptions
): string[] {
  if (schemas.length === 0) return []
  return transaction(options, [
    ...lockTables(contents),
    ...dependentsCheck({
      of: contents,
      exemptSchemas: schemas,
      message: `Refusing to drop ${what} ${schemas.map(s => `"${s}"`).join(', ')}: objects in other schemas depend on it and DROP SCHEMA … CASCADE would drop them too: `,
      hint: 'Drop or repoint those objects first.'
    }),
    ...schemas.map(schema => `DROP SCHEMA ${quoteIdent(schema)} CASCADE`)
  ])
}
