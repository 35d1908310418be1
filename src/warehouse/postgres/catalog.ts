/** Read-only catalog queries. They run in dry runs too. Names are always bound as parameters, never spliced. */
import { lockKeyInPgLocks } from './lock-key.js'
import type { SqlClient } from './sql-client.js'
import type { AclEntry, DefaultAclObjectType, GrantFacts, TableToCopy } from './statements.js'

export async function currentDatabase(client: SqlClient): Promise<string> {
  const [row] = await client.query<{ database: string }>('SELECT current_database() AS database')
  return row.database
}

export async function existingSchemas(client: SqlClient, names: readonly string[]): Promise<Set<string>> {
  const rows = await client.query<{ nspname: string }>(
    'SELECT nspname FROM pg_namespace WHERE nspname = ANY($1::text[])',
    [names]
  )
  return new Set(rows.map(row => row.nspname))
}

export async function tablesToCopy(
  client: SqlClient,
  schema: string,
  names: readonly string[]
): Promise<TableToCopy[]> {
  return client.query<TableToCopy>(
    `SELECT c.relname AS name,
            coalesce((SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
                       WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''),
                     '{}') AS "insertableColumns",
            coalesce((SELECT json_agg(json_build_object('column', a.attname, 'sequenceSchema', sn.nspname,
                                                        'sequenceName', s.relname) ORDER BY a.attnum)
                        FROM pg_attribute a
                        JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = c.oid
                                        AND d.refobjsubid = a.attnum AND d.classid = 'pg_class'::regclass
                                        AND d.deptype = 'i'
                        JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                        JOIN pg_namespace sn ON sn.oid = s.relnamespace
                       WHERE a.attrelid = c.oid AND a.attidentity <> '' AND NOT a.attisdropped),
                     '[]') AS "identityColumns",
            c.relpersistence = 'u' AS unlogged,
            obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = ANY($2::text[]) AND c.relkind IN ('r', 'p')
      ORDER BY c.relname`,
    [schema, names]
  )
}

/** An object outside the given schemas that Postgres binds, by object id, to a relation inside them. */
export interface CatalogDependent {
  schema: string
  name: string
  /** A view or materialized view reading the relation, a foreign key to it, or a column default using it. */
  dependency: 'view' | 'materialized_view' | 'foreign_key' | 'column_default'
  referencedSchema: string
  referencedName: string
}

/**
 * The catalog edges that bind an object to a relation by its oid, so that DROP … CASCADE would take the object
 * too: a view or rule reading it, a foreign key to it, a column default using it. `rc`/`rn` are the referenced
 * relation and its schema, `dc`/`dn` the dependent and its schema, `dep.kind` one of `rule`, `foreign_key`,
 * `column_default`. Shared by the catalog query below and the in-transaction guard (statements.ts).
 */
export const DEPENDENCY_EDGES = `FROM pg_depend d
       JOIN pg_class rc ON d.refclassid = 'pg_class'::regclass AND rc.oid = d.refobjid
       JOIN pg_namespace rn ON rn.oid = rc.relnamespace
       CROSS JOIN LATERAL (
             SELECT r.ev_class AS relid, 'rule' AS kind FROM pg_rewrite r
              WHERE d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid
             UNION ALL
             SELECT c.conrelid, 'foreign_key' FROM pg_constraint c
              WHERE d.classid = 'pg_constraint'::regclass AND c.oid = d.objid AND c.contype = 'f'
             UNION ALL
             SELECT a.adrelid, 'column_default' FROM pg_attrdef a
              WHERE d.classid = 'pg_attrdef'::regclass AND a.oid = d.objid) dep
       JOIN pg_class dc ON dc.oid = dep.relid
       JOIN pg_namespace dn ON dn.oid = dc.relnamespace
      WHERE d.deptype = 'n' AND rc.relkind <> 'i'`

export async function dependentsOutside(
  client: SqlClient,
  schemas: readonly string[],
  outside: readonly string[]
): Promise<CatalogDependent[]> {
  return client.query<CatalogDependent>(
    `SELECT DISTINCT dn.nspname AS schema, dc.relname AS name,
            CASE WHEN dep.kind = 'rule' THEN CASE dc.relkind WHEN 'm' THEN 'materialized_view' ELSE 'view' END
                 ELSE dep.kind END AS dependency,
            rn.nspname AS "referencedSchema", rc.relname AS "referencedName"
       ${DEPENDENCY_EDGES}
        AND rn.nspname = ANY($1::text[]) AND NOT dn.nspname = ANY($2::text[])
      ORDER BY 1, 2, 4, 5`,
    [schemas, outside]
  )
}

interface AclRow {
  grantee: string | null
  privilege: string
  grantable: boolean
}

// aclexplode() of a NULL acl (never granted) yields nothing, which is right: defaults need no copying.
const ACL_COLUMNS = `CASE WHEN e.grantee = 0 THEN NULL ELSE pg_get_userbyid(e.grantee)::text END AS grantee,
                     e.privilege_type AS privilege, e.is_grantable AS grantable`

function aclEntries(rows: readonly AclRow[]): AclEntry[] {
  return rows.map(row => ({ grantee: row.grantee, privilege: row.privilege, grantable: row.grantable }))
}

export async function grantFacts(client: SqlClient, from: string, to: string): Promise<GrantFacts> {
  const schemaAcl = await client.query<AclRow>(
    `SELECT ${ACL_COLUMNS} FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) e
      WHERE n.nspname = $1 ORDER BY 1, 2`,
    [from]
  )
  // A schema not created yet (dry run) will belong to the deploy role.
  const [owner] = await client.query<{ owner: string }>(
    `SELECT coalesce((SELECT pg_get_userbyid(nspowner)::text FROM pg_namespace WHERE nspname = $1), current_user::text)
            AS owner`,
    [to]
  )
  const defaultRows = await client.query<AclRow & { role: string; objectType: DefaultAclObjectType }>(
    `SELECT pg_get_userbyid(d.defaclrole)::text AS role, d.defaclobjtype::text AS "objectType", ${ACL_COLUMNS}
       FROM pg_default_acl d JOIN pg_namespace n ON n.oid = d.defaclnamespace
       CROSS JOIN LATERAL aclexplode(d.defaclacl) e
      WHERE n.nspname = $1 ORDER BY 1, 2, 3, 4`,
    [from]
  )
  const relationRows = await client.query<
    AclRow & { name: string; isSequence: boolean; targetOwner: string }
  >(
    `SELECT s.relname AS name, s.relkind = 'S' AS "isSequence", pg_get_userbyid(t.relowner)::text AS "targetOwner",
            ${ACL_COLUMNS}
       FROM pg_class s JOIN pg_namespace sn ON sn.oid = s.relnamespace
       JOIN pg_class t ON t.relname = s.relname AND (t.relkind = 'S') = (s.relkind = 'S')
       JOIN pg_namespace tn ON tn.oid = t.relnamespace
       CROSS JOIN LATERAL aclexplode(s.relacl) e
      WHERE sn.nspname = $1 AND tn.nspname = $2 AND s.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
        AND t.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      ORDER BY 1, 4, 5`,
    [from, to]
  )
  const defaultAcls = groupBy(defaultRows, row => JSON.stringify([row.role, row.objectType])).map(rows => ({
    role: rows[0].role,
    objectType: rows[0].objectType,
    entries: aclEntries(rows)
  }))
  const relationAcls = groupBy(relationRows, row => row.name).map(rows => ({
    name: rows[0].name,
    isSequence: rows[0].isSequence,
    targetOwner: rows[0].targetOwner,
    entries: aclEntries(rows)
  }))
  return { schemaAcl: aclEntries(schemaAcl), targetSchemaOwner: owner.owner, defaultAcls, relationAcls }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item])
  return [...groups.values()]
}

/** Who holds an advisory lock, when the current role may see it. */
export interface LockHolder {
  pid: number
  applicationName: string | null
  clientAddress: string | null
  since: string | null
}

export async function advisoryLockHolders(client: SqlClient, key: bigint): Promise<LockHolder[]> {
  const { classid, objid } = lockKeyInPgLocks(key)
  return client.query<LockHolder>(
    `SELECT l.pid, a.application_name AS "applicationName", a.client_addr::text AS "clientAddress",
            a.backend_start::text AS since
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1::oid AND l.objid = $2::oid AND l.objsubid = 1
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.pid <> pg_backend_pid()
      ORDER BY l.pid`,
    [classid, objid]
  )
}
