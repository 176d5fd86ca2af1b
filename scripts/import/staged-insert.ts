/**
 * The bulk path of personal rows (the data build): the file's rows go into a temporary table of this
 * session, `pg_temp.staged_<table>` (COPY where the engine offers it, else JSON chunks), and then into
 * `public.<table>` in one statement, `private.insert_staged_<table>()` (migration
 * 20261204100000_bulk_personal_loads.sql), which re-keys every pseudonym set-wise with the same function
 * the per-row trigger uses and refuses what it refuses.
 *
 * Why: the trigger's plpgsql call per row cost about twice the insert itself on PGlite, and the statement
 * triggers (name spellings, change history) ran once per chunk; now they run once per file. The temporary
 * table writes no WAL and is dropped at commit. Only the tables' owner can run the final step (it switches
 * the row trigger off for its one statement), which the data build is.
 */
import type { KindDef } from '../../src/import/import-kinds.ts'
import type { ImportRow } from '../../src/import/validate-rows.ts'
import type { SqlClient } from '../db/sql-client.ts'
import { canCopy, copyRows, type RefusedRows } from './bulk-load.ts'

/** The staging table of `def` in this session. */
function stagingTable(def: KindDef): string {
  return `pg_temp.staged_${def.table}`
}

/**
 * Creates the (empty) staging table for `def`, with the table's own column types; it goes at commit.
 * Run inside the import's transaction.
 */
export async function createStagingTable(db: SqlClient, def: KindDef): Promise<void> {
  const names = def.columns.map((column) => column.name)
  await db.exec(
    `create temporary table staged_${def.table} on commit drop as
     select batch_id, baris, ${names.join(', ')} from public.${def.table} with no data`,
  )
}

/** Adds one chunk of `rows` of batch `batchId` to the staging table. */
export async function stageRows(
  db: SqlClient,
  def: KindDef,
  batchId: number,
  rows: readonly ImportRow[],
): Promise<void> {
  const names = def.columns.map((column) => column.name)
  if (canCopy(db)) {
    await copyRows(db, stagingTable(def), names, batchId, rows)
    return
  }
  await db.query(
    `insert into ${stagingTable(def)} (batch_id, baris, ${names.join(', ')})
     select $2::bigint, baris, ${names.join(', ')}
     from json_populate_recordset(null::public.${def.table}, $1::json)`,
    [JSON.stringify(rows), batchId],
  )
}

/** A refusal of the staged rows: the engine's error and the file's rows that caused it, when found. */
export class StagedInsertError extends Error {
  readonly rows: RefusedRows | undefined
  constructor(cause: unknown, rows: RefusedRows | undefined) {
    super((cause as Error)?.message ?? String(cause), { cause })
    this.name = 'StagedInsertError'
    this.rows = rows
  }
}

/**
 * Moves the staged rows into `public.<table>`, re-keyed; returns how many. When the database refuses
 * them (a value that is no pseudonym of this database's key), throws {@link StagedInsertError} naming the
 * first and last refused rows; the transaction stays usable for the caller's rollback.
 */
export async function insertStaged(db: SqlClient, def: KindDef): Promise<number> {
  // A savepoint, so the refused rows can still be looked up after a failure.
  await db.exec('savepoint insert_staged')
  try {
    const { rows } = await db.query<{ inserted: string | number }>(
      `select private.insert_staged_${def.table}() as inserted`,
    )
    await db.exec('release savepoint insert_staged')
    return Number(rows[0]?.inserted ?? 0)
  } catch (error) {
    await db.exec('rollback to savepoint insert_staged')
    throw new StagedInsertError(error, await refusedRows(db, def))
  }
}

/**
 * The spreadsheet rows (header = 1) of the staged values the re-key refuses, by the database's own test
 * (private.is_acceptable_pseudonym against the recorded key fingerprint).
 */
async function refusedRows(db: SqlClient, def: KindDef): Promise<RefusedRows | undefined> {
  const columns = def.columns.filter((column) => column.isPseudonymised).map((column) => column.name)
  if (columns.length === 0) return undefined
  const accepted = columns.map((name) => `private.is_acceptable_pseudonym(s.${name}, k.fingerprint)`)
  const { rows } = await db.query<{ first: number | null; last: number | null }>(
    `select min(s.baris)::int as first, max(s.baris)::int as last
     from ${stagingTable(def)} as s
     cross join (select coalesce((select p.fingerprint from private.pseudonym_key as p), '') as fingerprint) as k
     where not (${accepted.join(' and ')})`,
  )
  const found = rows[0]
  return found?.first == null || found.last == null
    ? undefined
    : { first: found.first + 1, last: found.last + 1 }
}
