import { quoteIdent } from '../../warehouse/postgres/quote.js'
import type { RelationRef } from '../plan.js'
import { BUCKETS, type DiffDialect } from './dialect.js'

/** Types without an equality operator: they compare, and count distinct, as text. */
const TEXT_COMPARED = /^(json|xml|point|line|lseg|box|path|polygon|circle)\b/
const ORDERABLE =
  /^(smallint|integer|bigint|numeric|real|double precision|money|date|time|timestamp|interval)\b/

export const POSTGRES_DIALECT: DiffDialect = {
  quote: quoteIdent,
  literal: text => `'${text.replaceAll("'", "''")}'`,
  asText: expr => `CAST(${expr} AS text)`,
  // hashtext is int4; masking the sign bit keeps the modulo non-negative.
  bucket: expr => `mod(hashtext(CAST(${expr} AS text)) & 2147483647, ${BUCKETS})`,
  rowBucket: alias => `mod(hashtext(CAST(${alias} AS text)) & 2147483647, ${BUCKETS})`,
  comparable: (expr, type) => (TEXT_COMPARED.test(type) ? `CAST(${expr} AS text)` : expr),
  orderable: type => ORDERABLE.test(type),
  catalog(relations: readonly RelationRef[]): string {
    const pairs = relations.map(r => `(${this.literal(r.schema)}, ${this.literal(r.name)})`).join(', ')
    return [
      'SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name,',
      '       format_type(a.atttypid, a.atttypmod) AS data_type, a.attnum AS position',
      '  FROM pg_catalog.pg_attribute a',
      '  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid',
      '  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace',
      ` WHERE a.attnum > 0 AND NOT a.attisdropped AND (n.nspname, c.relname) IN (${pairs})`,
      ' ORDER BY n.nspname, c.relname, a.attnum'
    ].join('\n')
  },
  catalogKey: (schema, name) => `${schema}.${name}`,
  sameColumn: (manifestName, catalogName) => manifestName === catalogName
}
