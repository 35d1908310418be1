import type { PreflightFinding } from '../warehouse.js'
import { qualified, quoteIdentifier } from './names.js'
import type { Row } from './connection.js'
import { containerLabel, containerPath, type SnowflakeContainer } from './sql.js'

/**
 * Grants on a container stay with the object through a swap, and a cloned container does not inherit the
 * grants on its source. So the production container's own grants and future grants are re-granted on green
 * before the swap; grants on the objects inside travel with the clone.
 *
 * Copied: grants to account roles and database roles. Not copied: OWNERSHIP (green is owned by the deploy role,
 * which must own it to swap), and grants to shares or application roles, which attach to one database.
 */
export function copiedGrantStatements(
  from: SnowflakeContainer,
  to: SnowflakeContainer,
  grants: Row[],
  futureGrants: Row[]
): string[] {
  const keyword = to.level === 'database' ? 'DATABASE' : 'SCHEMA'
  const onTo = `${keyword} ${containerPath(to)}`
  const current = grants.flatMap(row => {
    const privilege = privilegeOf(row)
    const grantee = granteeOf(String(row.granted_to), String(row.grantee_name), from, to)
    if (privilege === 'OWNERSHIP' || grantee === null) return []
    return [`GRANT ${privilege} ON ${onTo} TO ${grantee}${grantOption(row)}`]
  })
  const future = futureGrants.flatMap(row => {
    const grantee = granteeOf(String(row.grant_to), String(row.grantee_name), from, to)
    if (grantee === null) return []
    return [
      `GRANT ${privilegeOf(row)} ON FUTURE ${pluralObjectType(row)} IN ${onTo} TO ${grantee}${grantOption(row)}`
    ]
  })
  return [...current, ...future]
}

/**
 * A share is granted on one database and, like every grant, stays with the object through a swap: consumers of
 * the share would keep reading the old production. Green cannot be added to the share before the swap, so the
 * share has to be re-pointed afterwards.
 */
export function shareGrantFindings(production: SnowflakeContainer, grants: Row[]): PreflightFinding[] {
  const shares = [
    ...new Set(grants.filter(row => row.granted_to === 'SHARE').map(row => String(row.grantee_name)))
  ]
  const keyword = production.level === 'database' ? 'DATABASE' : 'SCHEMA'
  return shares.map(share => ({
    severity: 'warning',
    code: 'other',
    object: containerLabel(production),
    detail: `Share ${share} is granted on production ${containerLabel(production)}; grants stay with the object, so after the swap the share serves the old production.`,
    fix: `After the deploy, grant the share on the new production again (e.g. GRANT USAGE ON ${keyword} ${containerPath(production)} TO SHARE ${quoteIdentifier(share)}), or share a database the deploy does not swap.`
  }))
}

/** Privileges are keywords; anything else in a SHOW row is refused rather than pasted into SQL. */
function privilegeOf(row: Row): string {
  const privilege = String(row.privilege)
  if (!/^[A-Z][A-Z_ ]*$/.test(privilege)) {
    throw new Error(`Unexpected privilege ${JSON.stringify(privilege)} in SHOW GRANTS output.`)
  }
  return privilege
}

/** `TABLE` → `TABLES`, `MATERIALIZED_VIEW` → `MATERIALIZED VIEWS`, `IMAGE_REPOSITORY` → `IMAGE REPOSITORIES`. */
function pluralObjectType(row: Row): string {
  const type = String(row.grant_on)
  if (!/^[A-Z][A-Z_]*$/.test(type)) {
    throw new Error(`Unexpected object type ${JSON.stringify(type)} in SHOW FUTURE GRANTS output.`)
  }
  const words = type.replaceAll('_', ' ')
  return words.endsWith('Y') ? `${words.slice(0, -1)}IES` : `${words}S`
}

function granteeOf(
  kind: string,
  name: string,
  from: SnowflakeContainer,
  to: SnowflakeContainer
): string | null {
  if (kind === 'ROLE') return `ROLE ${quoteIdentifier(name)}`
  if (kind === 'DATABASE_ROLE') {
    const dot = name.indexOf('.')
    if (dot < 0) return null
    const database = name.slice(0, dot)
    // A database clone carries its database roles: the green copy of PROD.READER is GREEN.READER.
    const owner = from.level === 'database' && database === from.name ? to.name : database
    return `DATABASE ROLE ${qualified(owner, name.slice(dot + 1))}`
  }
  return null
}

function grantOption(row: Row): string {
  return String(row.grant_option).toLowerCase() === 'true' ? ' WITH GRANT OPTION' : ''
}
