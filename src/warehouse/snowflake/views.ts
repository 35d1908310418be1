import type { PreflightFinding } from '../warehouse.js'
import type { Row } from './connection.js'

/** A swap target with stored names; `database` is the database of schema-level containers. */
export interface SnowflakeSwapNames {
  level: 'schema' | 'database'
  database: string
  production: string
  green: string
  previous: string
}

const IDENTIFIER = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)`
const SEPARATOR = String.raw`\s*\.\s*`
/** Not part of a longer name or path: a reference must start at its first part. */
const START = String.raw`(?<![A-Za-z0-9_$".])`
/** Quoted identifiers are captured (and kept); string literals and comments are not. */
const COMMENT_OR_LITERAL = /("(?:[^"]|"")*")|'(?:[^'\\]|\\.|'')*'|--[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\//g
const CREATE_VIEW_HEADER = new RegExp(
  String.raw`^\s*create\s+(?:or\s+replace\s+)?(?:(?:secure|recursive|materialized|temporary|temp|local|global|volatile|transient)\s+)*view\s+(?:if\s+not\s+exists\s+)?${IDENTIFIER}(?:${SEPARATOR}${IDENTIFIER}){0,2}`,
  'i'
)

/**
 * Snowflake stores view bodies as text and resolves their names when queried, so a view in green that names
 * its container explicitly does not follow the swap:
 * - naming green (`GREEN_DB.S.T`, or `GREEN_SCHEMA.T` at schema level) is an error: after the swap that name
 *   means the old production kept as previous (or nothing), so production would read stale data or break;
 * - naming production is a warning (green reads production until the swap, after it the name is right again),
 *   except a view naming its own production twin, which after the swap would select from itself.
 * Relative names (`S.T` in a database, `T` in a schema) resolve inside the view's own container and are safe.
 */
export function viewReferenceFindings(target: SnowflakeSwapNames, views: Row[]): PreflightFinding[] {
  return views.flatMap(view => {
    const schema = String(view.table_schema)
    const name = String(view.table_name)
    const definition = queryOf(String(view.view_definition ?? ''))
    const object = `${target.level === 'database' ? target.green : target.database}.${schema}.${name}`
    const findings: PreflightFinding[] = []
    const greenReference = references(target, target.green, definition)[0]
    if (greenReference) {
      findings.push({
        severity: 'error',
        code: 'fully_qualified_view_reference',
        object,
        detail: `The view names green explicitly (\`${greenReference.text}\`). After the swap green is renamed to ${target.previous}, so production would read the old build or fail.`,
        fix: refOverrideFix(target.level)
      })
    }
    const productionReferences = references(target, target.production, definition)
    const selfReference = productionReferences.find(
      reference => reference.schema === schema && reference.name === name
    )
    if (selfReference) {
      findings.push({
        severity: 'error',
        code: 'fully_qualified_view_reference',
        object,
        detail: `The view selects from its own production twin (\`${selfReference.text}\`): after the swap it would select from itself.`,
        fix: refOverrideFix(target.level)
      })
    } else if (productionReferences[0]) {
      findings.push({
        severity: 'warning',
        code: 'fully_qualified_view_reference',
        object,
        detail: `The view names production explicitly (\`${productionReferences[0].text}\`): until the swap green reads production data, so tests on green do not test the new build.`,
        fix: refOverrideFix(target.level)
      })
    }
    return findings
  })
}

/** The dbt `ref` override that renders refs relative to the swapped container. */
function refOverrideFix(level: 'schema' | 'database'): string {
  const include = level === 'database' ? 'database=false' : 'database=false, schema=false'
  const scope =
    level === 'database'
      ? 'so views name `schema.table` inside their own database'
      : 'so views name tables inside their own schema (schema-level swaps need a single-schema project)'
  return `Render refs without the ${level === 'database' ? 'database' : 'database and schema'} ${scope}: add macros/ref.sql with\n{% macro ref(model_name) %}{% do return(builtins.ref(model_name).include(${include})) %}{% endmacro %}\nthen rebuild the views (dbt run -s config.materialized:view).`
}

/**
 * VIEW_DEFINITION holds the whole CREATE VIEW statement, whose header names the view itself (dbt writes it fully
 * qualified); comments and string literals name nothing either. All three are blanked, quoted identifiers kept.
 */
function queryOf(definition: string): string {
  return definition
    .replace(COMMENT_OR_LITERAL, (_match, quoted?: string) => quoted ?? ' ')
    .replace(CREATE_VIEW_HEADER, ' ')
}

interface Reference {
  text: string
  schema: string
  name: string
}

/** Fully qualified references to the container called `container` (a database or schema name) in `sql`. */
function references(target: SnowflakeSwapNames, container: string, sql: string): Reference[] {
  const pattern =
    target.level === 'database'
      ? `${START}${namePattern(container)}${SEPARATOR}(${IDENTIFIER})${SEPARATOR}(${IDENTIFIER})`
      : `${START}(?:${namePattern(target.database)}${SEPARATOR})?(${namePattern(container)})${SEPARATOR}(${IDENTIFIER})`
  return [...sql.matchAll(new RegExp(pattern, 'g'))].map(match => ({
    text: match[0],
    schema: target.level === 'database' ? storedFromSql(match[1]) : container,
    name: storedFromSql(match[2])
  }))
}

/** Matches `name` as Snowflake would resolve it: quoted exactly, or unquoted in any case if it is upper-case. */
function namePattern(name: string): string {
  const quoted = `"${escapeRegExp(name.replaceAll('"', '""'))}"`
  if (!/^[A-Z_][A-Z0-9_$]*$/.test(name)) return quoted
  const anyCase = [...name].map(char =>
    /[A-Z]/.test(char) ? `[${char}${char.toLowerCase()}]` : escapeRegExp(char)
  )
  return `(?:${quoted}|${anyCase.join('')}(?![A-Za-z0-9_$]))`
}

function storedFromSql(identifier: string): string {
  return identifier.startsWith('"') ? identifier.slice(1, -1).replaceAll('""', '"') : identifier.toUpperCase()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
