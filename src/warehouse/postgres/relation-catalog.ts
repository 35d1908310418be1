/** Read-only catalog queries of the relation-level deploy; names are bound as parameters, never spliced. */
import type { CatalogEntry, RelationKind, RelationName } from '../warehouse.js'
import type { SqlClient } from './sql-client.js'
import { DEPENDENCY_EDGES, type CatalogDependent } from './catalog.js'
import type { AclEntry } from './statements.js'

const KINDS: Record<string, RelationKind> = {
  r: 'table',
  p: 'table',
  v: 'view',
  m: 'materialized_view',
  f: 'other'
}

const keyOf = (relation: RelationName): string => `${relation.schema}.${relation.name}`

/** Tables, views, materialized views and foreign tables of the schemas; partitions travel with their parent. */
export async function catalogEntries(client: SqlClient, schemas: readonly string[]): Promise<CatalogEntry[]> {
  if (schemas.length === 0) return []
  const rows = await client.query<{ schema: string; name: string; relkind: string }>(
    `SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
      ORDER BY 1, 2`,
    [schemas]
  )
  return rows.map(row => ({ schema: row.schema, name: row.name, kind: KINDS[row.relkind] }))
}

/** The entries of `relations` that exist, keyed `schema.name`. */
export async function existingEntries(
  client: SqlClient,
  relations: readonly RelationName[]
): Promise<Map<string, CatalogEntry>> {
  const schemas = [...new Set(relations.map(relation => relation.schema))]
  const wanted = new Set(relations.map(keyOf))
  const entries = await catalogEntries(client, schemas)
  return new Map(entries.filter(entry => wanted.has(keyOf(entry))).map(entry => [keyOf(entry), entry]))
}

/** Bytes each relation takes with its indexes and TOAST (pg_total_relation_size); needs no privilege on it. */
export async function relationSizes(
  client: SqlClient,
  relations: readonly RelationName[]
): Promise<Map<string, number>> {
  if (relations.length === 0) return new Map()
  const rows = await client.query<{ schema: string; name: string; bytes: string }>(
    `SELECT n.nspname AS schema, c.relname AS name, pg_total_relation_size(c.oid)::text AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN unnest($1::text[], $2::text[]) AS wanted(schema, name) ON wanted.schema = n.nspname AND wanted.name = c.relname`,
    [relations.map(r => r.schema), relations.map(r => r.name)]
  )
  return new Map(rows.map(row => [keyOf(row), Number(row.bytes)]))
}

/** The ACL of each relation without its owner's own privileges (implicit), keyed `schema.name`. */
export async function relationGrants(
  client: SqlClient,
  relations: readonly RelationName[]
): Promise<Map<string, AclEntry[]>> {
  if (relations.length === 0) return new Map()
  const rows = await client.query<{ schema: string; name: string } & AclEntry>(
    `SELECT n.nspname AS schema, c.relname AS name,
            CASE WHEN e.grantee = 0 THEN NULL ELSE pg_get_userbyid(e.grantee)::text END AS grantee,
            e.privilege_type AS privilege, e.is_grantable AS grantable
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN unnest($1::text[], $2::text[]) AS wanted(schema, name) ON wanted.schema = n.nspname AND wanted.name = c.relname
       CROSS JOIN LATERAL aclexplode(c.relacl) e
      WHERE e.grantee <> c.relowner
      ORDER BY 1, 2, 3, 4`,
    [relations.map(r => r.schema), relations.map(r => r.name)]
  )
  const grants = new Map<string, AclEntry[]>()
  for (const row of rows) {
    const entries = grants.get(keyOf(row)) ?? []
    entries.push({ grantee: row.grantee, privilege: row.privilege, grantable: row.grantable })
    grants.set(keyOf(row), entries)
  }
  return grants
}

/**
 * Objects bound by object id (views, materialized views, foreign keys, column defaults) to one of `relations`,
 * except objects in `exemptSchemas` and the `exemptRelations` themselves.
 */
export async function relationDependents(
  client: SqlClient,
  relations: readonly RelationName[],
  exemptRelations: readonly RelationName[],
  exemptSchemas: readonly string[]
): Promise<CatalogDependent[]> {
  if (relations.length === 0) return []
  const rows = await client.query<CatalogDependent>(
    `SELECT DISTINCT dn.nspname AS schema, dc.relname AS name,
            CASE WHEN dep.kind = 'rule' THEN CASE dc.relkind WHEN 'm' THEN 'materialized_view' ELSE 'view' END
                 ELSE dep.kind END AS dependency,
            rn.nspname AS "referencedSchema", rc.relname AS "referencedName"
       ${DEPENDENCY_EDGES}
        AND (rn.nspname::text, rc.relname::text) IN (SELECT * FROM unnest($1::text[], $2::text[]))
        AND dc.oid <> rc.oid AND NOT dn.nspname = ANY($5::text[])
        AND NOT EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS exempt(schema, name)
                         WHERE exempt.schema = dn.nspname AND exempt.name = dc.relname)
      ORDER BY 1, 2, 4, 5`,
    [
      relations.map(r => r.schema),
      relations.map(r => r.name),
      exemptRelations.map(r => r.schema),
      exemptRelations.map(r => r.name),
      exemptSchemas
    ]
  )
  return rows
}

/** Relations among `relations` the current role cannot move (ALTER … SET SCHEMA needs ownership). */
export async function notOwnedRelations(
  client: SqlClient,
  relations: readonly RelationName[]
): Promise<RelationName[]> {
  if (relations.length === 0) return []
  return client.query<RelationName>(
    `SELECT n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN unnest($1::text[], $2::text[]) AS wanted(schema, name) ON wanted.schema = n.nspname AND wanted.name = c.relname
      WHERE NOT pg_has_role(current_user, c.relowner, 'USAGE')
      ORDER BY 1, 2`,
    [relations.map(r => r.schema), relations.map(r => r.name)]
  )
}
