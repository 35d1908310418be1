import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { quoteIdent } from '../warehouse/postgres/quote.js'

/** Runs one statement on the embedded database. */
export type Query = <Row extends object>(sql: string, params?: readonly unknown[]) => Promise<Row[]>

/**
 * How to recreate one relation that a real dbt build left in the database, without dbt:
 * - a view by its definition as Postgres stored it;
 * - a table model by dbt's own statement, `create table … as (<compiled SQL>)`, run on the relations recreated
 *   before it (builds run with one thread, so the recording's order is a valid build order);
 * - a seed by its column types, its rows read from the project's CSV file (already in the repository);
 * - any other table (incremental models, snapshots), whose content depends on earlier runs, by its rows.
 */
export interface RelationRecipe {
  schema: string
  name: string
  kind: 'view' | 'table'
  /** Creates the relation (a table with no rows when the rows come from `rows` or `csv`). */
  create: string
  rows?: Record<string, unknown>[]
  /** A seed's CSV file, relative to the project folder. */
  csv?: string
}

/** What the recipe needs to know about the dbt node that built the relation (from the run's manifest.json). */
export interface BuiltNode {
  resourceType: string
  materialized: string
  schema: string
  name: string
  compiledCode: string | null
  originalFilePath: string
}

const relationName = (schema: string, name: string) => `${quoteIdent(schema)}.${quoteIdent(name)}`

/** Reads a relation dbt built back from the catalog as a recipe; null when dbt built nothing there (ephemeral). */
export async function recordRelation(query: Query, node: BuiltNode): Promise<RelationRecipe | null> {
  const [found] = await query<{ oid: number; relkind: string }>(
    `select c.oid::int as oid, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relname = $2 and c.relkind in ('r', 'v')`,
    [node.schema, node.name]
  )
  if (!found) return null
  const target = relationName(node.schema, node.name)
  if (found.relkind === 'v') {
    const [view] = await query<{ definition: string }>('select pg_get_viewdef($1::oid) as definition', [
      found.oid
    ])
    return {
      schema: node.schema,
      name: node.name,
      kind: 'view',
      create: `create view ${target} as ${view.definition}`
    }
  }
  if (node.resourceType === 'model' && node.materialized === 'table' && node.compiledCode) {
    return {
      schema: node.schema,
      name: node.name,
      kind: 'table',
      create: `create table ${target} as (\n${node.compiledCode}\n)`
    }
  }
  const columns = await query<{ name: string; type: string }>(
    `select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
     where attrelid = $1::oid and attnum > 0 and not attisdropped order by attnum`,
    [found.oid]
  )
  const create = `create table ${target} (${columns.map(c => `${quoteIdent(c.name)} ${c.type}`).join(', ')})`
  if (node.resourceType === 'seed')
    return { schema: node.schema, name: node.name, kind: 'table', create, csv: node.originalFilePath }
  const [data] = await query<{ rows: Record<string, unknown>[] | null }>(
    `select json_agg(t) as rows from ${target} as t`
  )
  return { schema: node.schema, name: node.name, kind: 'table', create, rows: data.rows ?? [] }
}

/** Recreates a recorded relation, replacing whatever has its name (as dbt replaces it). */
export async function applyRecipe(query: Query, recipe: RelationRecipe, projectDir: string): Promise<void> {
  const target = relationName(recipe.schema, recipe.name)
  await query(`create schema if not exists ${quoteIdent(recipe.schema)}`)
  const [existing] = await query<{ relkind: string }>(
    `select c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relname = $2`,
    [recipe.schema, recipe.name]
  )
  if (existing) await query(`drop ${existing.relkind === 'v' ? 'view' : 'table'} ${target} cascade`)
  await query(recipe.create)
  const rows = recipe.csv
    ? parseCsv(await readFile(path.join(projectDir, recipe.csv), 'utf8'), recipe.csv)
    : recipe.rows
  if (rows && rows.length > 0) {
    await query(`insert into ${target} select * from json_populate_recordset(null::${target}, $1::json)`, [
      JSON.stringify(rows)
    ])
  }
}

/** A seed file's rows by header, empty fields as null (as dbt loads them). The example seeds quote nothing. */
export function parseCsv(text: string, file: string): Record<string, string | null>[] {
  if (text.includes('"'))
    throw new Error(
      `${file}: quoted CSV fields are not supported by the demo's replay; run the demo with dbt installed.`
    )
  const [header, ...lines] = text.split(/\r?\n/).filter(line => line !== '')
  const names = header.split(',')
  return lines.map(line => {
    const values = line.split(',')
    return Object.fromEntries(
      names.map((name, i) => [name, values[i] === undefined || values[i] === '' ? null : values[i]])
    )
  })
}
