/**
 * Writes checked rows of one batch inside the caller's transaction. A personal file's rows are inserted
 * (import-scope.ts has already removed the stored rows they replace); a public file upserts by
 * (kode_desa, tahun). Rows travel as one JSON array per chunk and are expanded by
 * `json_populate_recordset` with the table's own row type, so SQL sees the declared column types.
 */
import type { KindDef } from '../../src/import/import-kinds.ts'
import type { ImportRow } from '../../src/import/validate-rows.ts'
import type { SqlClient } from '../db/sql-client.ts'
import { ImportDatabaseError } from './import-errors.ts'

/**
 * Rows per INSERT. Measured with keluarga rows (scratch benchmark, see docs/data-formats.md): on PGlite
 * 500–5 000 give the same 12 000–13 500 rows/s and 25 000 drops to ~9 000 (the JSON parameter is copied
 * into WASM memory); PostgreSQL 15 is flat between 2 000 and 25 000.
 */
export const DEFAULT_CHUNK_ROWS = 2000

/** Options of {@link writeRows}. */
export interface WriteRowsOptions {
  fileName: string
  chunkRows?: number
  /**
   * Drop the table's secondary indexes for the load and rebuild them before the caller commits. Faster
   * for big files (PGlite, 850 000 keluarga rows: see docs/data-formats.md), but it locks the table
   * exclusively for the whole import and needs its owner: meant for the data build, not a live server.
   */
  rebuildIndexes?: boolean
  onProgress?: (written: number, total: number) => void
}

/** Stored rows the batch updated in place (public kinds; personal kinds: 0, see import-scope.ts). */
export interface WriteResult {
  replacedRows: number
}

/**
 * Writes `rows` for batch `batchId` with `db`, which must be inside a transaction: on any failure the
 * caller rolls back. Throws ImportDatabaseError naming the file and the rows of the failing chunk.
 */
export async function writeRows(
  db: SqlClient,
  def: KindDef,
  batchId: number,
  rows: readonly ImportRow[],
  options: WriteRowsOptions,
): Promise<WriteResult> {
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS
  // Table and column names come from the declarations in import-kinds.ts, never from the file.
  const table = `public.${def.table}`
  const names = def.columns.map((column) => column.name)
  let replacedRows = 0
  const insert = def.isPersonal
    ? `insert into ${table} (batch_id, baris, ${names.join(', ')})
       select $2::bigint, baris, ${names.join(', ')}
       from json_populate_recordset(null::${table}, $1::json)`
    : `with written as (
         insert into ${table} (batch_id, ${names.join(', ')})
         select $2::bigint, ${names.join(', ')} from json_populate_recordset(null::${table}, $1::json)
         on conflict (${def.key.join(', ')}) do update set
           ${[...names, 'batch_id'].map((name) => `${name} = excluded.${name}`).join(', ')}
         returning (xmax <> 0) as was_stored
       )
       select count(*) filter (where was_stored)::int as count from written`
  const rebuild = options.rebuildIndexes ? await dropSecondaryIndexes(db, def.table) : []
  for (let start = 0; start < rows.length; start += chunkRows) {
    const chunk = rows.slice(start, start + chunkRows)
    try {
      const result = await db.query<{ count: number }>(insert, [JSON.stringify(chunk), batchId])
      if (!def.isPersonal) replacedRows += result.rows[0]?.count ?? 0
    } catch (error) {
      throw new ImportDatabaseError(options.fileName, error, {
        first: spreadsheetRow(chunk[0]),
        last: spreadsheetRow(chunk[chunk.length - 1]),
      })
    }
    options.onProgress?.(start + chunk.length, rows.length)
  }
  try {
    for (const statement of rebuild) await db.exec(statement)
  } catch (error) {
    throw new ImportDatabaseError(options.fileName, error)
  }
  return { replacedRows }
}

/** Drops the indexes of `public.<table>` that back no constraint; returns the statements that rebuild them. */
async function dropSecondaryIndexes(db: SqlClient, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index as i
     where i.indrelid = $1::regclass
       and not exists (select 1 from pg_constraint as c where c.conindid = i.indexrelid)`,
    [`public.${table}`],
  )
  for (const row of rows) await db.exec(`drop index ${row.name}`)
  return rows.map((row) => row.definition)
}

/** The row number the planner sees (header = 1): `baris` is the data row, first = 1. */
function spreadsheetRow(row: ImportRow | undefined): number {
  return typeof row?.baris === 'number' ? row.baris + 1 : 0
}
