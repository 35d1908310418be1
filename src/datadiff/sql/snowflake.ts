import { quoteIdentifier, stringLiteral as literal } from '../../warehouse/snowflake/names.js'
import type { RelationRef } from '../plan.js'
import { BUCKETS, type DiffDialect } from './dialect.js'

const TEXT_COMPARED = /^(GEOGRAPHY|GEOMETRY|VECTOR)\b/i
const ORDERABLE =
  /^(NUMBER|DECIMAL|NUMERIC|INT|INTEGER|BIGINT|SMALLINT|FLOAT|DOUBLE|REAL|DATE|TIME|TIMESTAMP)/i

/**
 * Snowflake stores unquoted names in upper case; dbt-snowflake quotes nothing by default, so the catalog is
 * matched without regard to case.
 */
export const SNOWFLAKE_DIALECT: DiffDialect = {
  quote: quoteIdentifier,
  literal,
  asText: expr => `TO_VARCHAR(${expr})`,
  bucket: expr => `MOD(ABS(HASH(TO_VARCHAR(${expr}))), ${BUCKETS})`,
  rowBucket: alias => `MOD(ABS(HASH(${alias}.*)), ${BUCKETS})`,
  comparable: (expr, type) => (TEXT_COMPARED.test(type) ? `TO_VARCHAR(${expr})` : expr),
  orderable: type => ORDERABLE.test(type),
  catalog(relations: readonly RelationRef[]): string {
    const byDatabase = new Map<string, RelationRef[]>()
    for (const relation of relations) {
      const database = relation.database ?? ''
      byDatabase.set(database, [...(byDatabase.get(database) ?? []), relation])
    }
    return [...byDatabase.entries()]
      .map(([database, refs]) => {
        const from =
          database === ''
            ? 'INFORMATION_SCHEMA.COLUMNS'
            : `${quoteIdentifier(database.toUpperCase())}.INFORMATION_SCHEMA.COLUMNS`
        const pairs = refs
          .map(r => `(${literal(r.schema.toUpperCase())}, ${literal(r.name.toUpperCase())})`)
          .join(', ')
        return [
          'SELECT table_schema AS schema_name, table_name, column_name,',
          "       data_type || CASE WHEN data_type = 'NUMBER' THEN '(' || numeric_precision || ',' || numeric_scale || ')' ELSE '' END AS data_type,",
          '       ordinal_position AS position',
          `  FROM ${from}`,
          ` WHERE (UPPER(table_schema), UPPER(table_name)) IN (${pairs})`
        ].join('\n')
      })
      .join('\nUNION ALL\n')
      .concat('\nORDER BY schema_name, table_name, position')
  },
  catalogKey: (schema, name) => `${schema.toUpperCase()}.${name.toUpperCase()}`,
  sameColumn: (manifestName, catalogName) => manifestName.toUpperCase() === catalogName.toUpperCase()
}
