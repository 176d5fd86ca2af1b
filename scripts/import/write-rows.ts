/**
 * Writes checked rows of one batch inside the caller's transaction. A personal file's rows are inserted
 * (import-scope.ts has already removed the stored rows they replace); a public file upserts by
 * (kode_desa, tahun). Personal rows travel by COPY where the engine offers it (bulk-load.ts),
 * else, like public rows, as one JSON array per chunk expanded by `json_populate_recordset` with the
 * table's own row type, so SQL sees the declared column types either way.
 */
import type { KindDef } from '../../src/import/import-kinds.ts'
import type { ImportRow } from '../../src/import/validate-rows.ts'
import type { SqlClient } from '../db/sql-client.ts'
import { canCopy, copyRows, RestoreChecksError, suspendTableChecks } from './bulk-load.ts'
import { ImportDatabaseError } from './import-errors.ts'
import { createStagingTable, insertStaged, StagedInsertError, stageRows } from './staged-insert.ts'

/**
 * Rows per INSERT. Measured with keluarga rows (scratch benchmark, see docs/data-formats.md): on PGlite
 * 500–5 000 give the same 12 000–13 500 rows/s and 25 000 drops to ~9 000 (the JSON parameter is copied
 * into WASM memory); PostgreSQL 15 is flat between 2 000 and 25 000.
 */
export const DEFAULT_CHUNK_ROWS = 2000

/** Rows per COPY: ~25 MB of CSV for keluarga rows (84-character pseudonyms), and a progress line per chunk. */
export const COPY_CHUNK_ROWS = 100_000

/** Options of {@link writeRows}. */
export interface WriteRowsOptions {
  fileName: string
  chunkRows?: number
  /**
   * Suspend the table's secondary indexes, foreign keys and CHECK constraints for the load and put them
   * back (validated over the whole table) before the caller commits (bulk-load.ts); personal rows are
   * staged and re-keyed set-wise (staged-insert.ts). Much faster for big files, but it locks the table
   * exclusively for the whole import and needs its owner: meant for the data build, not a live server.
   */
  bulkLoad?: boolean
  /** After each chunk: rows written so far (a bulk load of personal rows: staged, all inserted at the end). */
  onProgress?: (written: number, total: number) => void
}

/**
 * The checked rows of one file, read in chunks: held in memory ({@link rowsInMemory}) or spilled to disk
 * by a streamed read (row-spill.ts), so writing never needs the whole file at once.
 */
export interface RowSource {
  count: number
  /** The rows in file order, `size` at a time (the last chunk may be shorter). */
  chunks(size: number): AsyncIterable<readonly ImportRow[]>
}

/** `rows` as a row source. */
export function rowsInMemory(rows: readonly ImportRow[]): RowSource {
  return {
    count: rows.length,
    async *chunks(size) {
      for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size)
    },
  }
}

/** What writing the batch did. */
export interface WriteResult {
  /** Stored rows the batch updated in place (public kinds; personal kinds: 0, see import-scope.ts). */
  replacedRows: number
  /**
   * Wall time of the chunks (rows written, or staged for a bulk load of personal rows), of the one
   * staged insert, and of restoring the suspended indexes and constraints; 0 for a step not taken.
   */
  seconds: { chunks: number; insert: number; restore: number }
}

/**
 * Writes `rows` for batch `batchId` with `db`, which must be inside a transaction: on any failure the
 * caller rolls back. Throws ImportDatabaseError naming the file and the rows of the failing chunk.
 */
export async function writeRows(
  db: SqlClient,
  def: KindDef,
  batchId: number,
  rows: RowSource,
  options: WriteRowsOptions,
): Promise<WriteResult> {
  const isCopy = def.isPersonal && canCopy(db)
  // A bulk load of personal rows is staged and then inserted in one statement (staged-insert.ts).
  const isStaged = def.isPersonal && options.bulkLoad === true
  const chunkRows = options.chunkRows ?? (isCopy ? COPY_CHUNK_ROWS : DEFAULT_CHUNK_ROWS)
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
  let restore: (() => Promise<void>) | undefined
  const seconds = { chunks: 0, insert: 0, restore: 0 }
  try {
    if (options.bulkLoad) restore = await suspendTableChecks(db, def.table, batchId)
    if (isStaged) await createStagingTable(db, def)
  } catch (error) {
    throw new ImportDatabaseError(options.fileName, error)
  }
  const started = performance.now()
  let written = 0
  for await (const chunk of rows.chunks(chunkRows)) {
    try {
      if (isStaged) {
        await stageRows(db, def, batchId, chunk)
      } else if (isCopy) {
        await copyRows(db, table, names, batchId, chunk)
      } else {
        const result = await db.query<{ count: number }>(insert, [JSON.stringify(chunk), batchId])
        if (!def.isPersonal) replacedRows += result.rows[0]?.count ?? 0
      }
    } catch (error) {
      throw new ImportDatabaseError(options.fileName, error, {
        first: spreadsheetRow(chunk[0]),
        last: spreadsheetRow(chunk[chunk.length - 1]),
      })
    }
    written += chunk.length
    options.onProgress?.(written, rows.count)
  }
  seconds.chunks = (performance.now() - started) / 1000
  try {
    const inserting = performance.now()
    if (isStaged) await insertStaged(db, def)
    const restoring = performance.now()
    await restore?.()
    seconds.insert = (restoring - inserting) / 1000
    seconds.restore = (performance.now() - restoring) / 1000
  } catch (error) {
    if (error instanceof RestoreChecksError) {
      throw new ImportDatabaseError(options.fileName, error, error.rows)
    }
    if (error instanceof StagedInsertError) {
      throw new ImportDatabaseError(options.fileName, error.cause, error.rows)
    }
    throw new ImportDatabaseError(options.fileName, error)
  }
  return { replacedRows, seconds }
}

/** The row number the planner sees (header = 1): `baris` is the data row, first = 1. */
function spreadsheetRow(row: ImportRow | undefined): number {
  return typeof row?.baris === 'number' ? row.baris + 1 : 0
}
