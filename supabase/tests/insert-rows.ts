/**
 * One multi-row insert from plain objects, for the test builders: the rows travel as one JSON parameter and
 * `jsonb_to_recordset` types them, so a fixture of a hundred rows is one statement on either engine.
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'

/** Column name → SQL type, in insert order; keys are the table's snake_case column names. */
export type ColumnTypes = Readonly<Record<string, string>>

/**
 * Inserts `rows` into `table` (schema-qualified, a constant of the calling builder, never user input) and
 * returns how many rows `returning` reports. Runs as whatever role the transaction has, so RLS applies.
 */
export async function insertRows(
  client: SqlClient,
  table: string,
  columns: ColumnTypes,
  rows: readonly object[],
): Promise<number> {
  const names = Object.keys(columns)
  const recordType = names.map((name) => `${name} ${columns[name]}`).join(', ')
  const { rows: inserted } = await client.query(
    `insert into ${table} (${names.join(', ')})
     select ${names.join(', ')} from jsonb_to_recordset($1::jsonb) as r (${recordType})
     returning 1 as inserted`,
    [JSON.stringify(rows)],
  )
  return inserted.length
}
