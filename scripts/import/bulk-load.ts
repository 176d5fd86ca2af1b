/**
 * How checked rows travel into a table, apart from what they replace (write-rows.ts decides that):
 * - `copyRows`: one `COPY … FROM STDIN` (CSV) per chunk, on engines that offer it (PGlite reads the input
 *   from a blob). ~25% faster than expanding a JSON parameter, and the same rows, types and constraints.
 * - `suspendTableChecks`: for the data build's bulk loads only. Drops the table's secondary indexes and its
 *   foreign-key and CHECK constraints, and returns the step that puts every one back, validated over the
 *   whole table in one pass each (PostgreSQL checks a re-added constraint against every row). Measured on
 *   PGlite with 200,000 keluarga rows (2 cores, shared): 7.1 s with everything in place, 4.1 s suspended
 *   and restored, so 2.56 million demo rows load in about a third of the time. It locks the table and
 *   the tables it refers to exclusively and needs their owner: never on a live server. A row that breaks
 *   a re-added CHECK is still named (its rows are looked up); nothing is committed either way.
 * - `stageRows` + `insertStaged`: a bulk load of personal rows goes first into a temporary table of the
 *   session, then into its table in one statement that re-keys every pseudonym set-wise
 *   (private.insert_staged_<table>, migration 20261204100000_bulk_personal_loads.sql) instead of through
 *   the per-row trigger. Same refusals; only the tables' owner can run it.
 */
import type { CellValue } from '../../src/import/parse-value.ts'
import type { ImportRow } from '../../src/import/validate-rows.ts'
import type { SqlClient } from '../db/sql-client.ts'

/** A row range of the file (spreadsheet rows, header = 1) that the database refused. */
export interface RefusedRows {
  first: number
  last: number
}

/**
 * A re-added constraint failed: the engine's SQLSTATE and message, the constraint's name (engines do not
 * always report it for a re-added CHECK) and the rows that break it, when they can be found.
 */
export class RestoreChecksError extends Error {
  readonly code: string | undefined
  readonly constraint: string
  readonly rows: RefusedRows | undefined
  constructor(cause: unknown, constraint: string, rows: RefusedRows | undefined) {
    super((cause as Error)?.message ?? String(cause), { cause })
    this.name = 'RestoreChecksError'
    const code = (cause as { code?: unknown })?.code
    this.code = typeof code === 'string' ? code : undefined
    this.constraint = constraint
    this.rows = rows
  }
}

/** Whether `db` can take rows through {@link copyRows}. */
export function canCopy(db: SqlClient): boolean {
  return typeof db.copyFrom === 'function'
}

/** One CSV field: null is an unquoted empty field (NULL for COPY), every string is quoted. */
function csvField(value: CellValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return `"${value.replaceAll('"', '""')}"`
  return String(value)
}

/**
 * Inserts `rows` into `relation` (`public.<table>`, or a staging table) as (batch_id, baris, ...columns)
 * with one COPY. The table and column names come from import-kinds.ts, never from the file.
 */
export async function copyRows(
  db: SqlClient,
  relation: string,
  columns: readonly string[],
  batchId: number,
  rows: readonly ImportRow[],
): Promise<void> {
  if (!db.copyFrom) throw new Error(`${db.engine}: COPY FROM STDIN is not available on this client`)
  const lines: string[] = new Array(rows.length)
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as ImportRow
    let line = `${batchId},${csvField(row.baris)}`
    for (const column of columns) line += `,${csvField(row[column])}`
    lines[index] = line
  }
  await db.copyFrom(
    `copy ${relation} (batch_id, baris, ${columns.join(', ')}) from '/dev/blob' with (format csv)`,
    `${lines.join('\n')}\n`,
  )
}

/** Memory for each index rebuild after a bulk load (see {@link suspendTableChecks}). */
const INDEX_BUILD_MEMORY = '256MB'

interface Definition {
  name: string
  definition: string
}

interface Constraint extends Definition {
  /** As stored, unquoted. */
  conname: string
}

/**
 * Drops the secondary indexes (those backing no constraint) and the foreign-key and CHECK constraints of
 * `public.<table>`; returns the step that re-adds them (constraints first, then indexes). On a re-add
 * failure it throws {@link RestoreChecksError}, naming the rows of batch `batchId` that break a CHECK.
 * Run both inside the caller's transaction, so a failure rolls the table back to its own definition.
 */
export async function suspendTableChecks(
  db: SqlClient,
  table: string,
  batchId: number,
): Promise<() => Promise<void>> {
  const relation = `public.${table}`
  const { rows: indexes } = await db.query<Definition>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index as i
     where i.indrelid = $1::regclass
       and not exists (select 1 from pg_constraint as c where c.conindid = i.indexrelid)`,
    [relation],
  )
  // CHECKs before foreign keys: the cheap rules fail first. A NOT VALID constraint stays: re-added, it
  // would check no row at all. quote_ident: a name may need quotes.
  const { rows: constraints } = await db.query<Constraint>(
    `select conname, quote_ident(conname) as name, pg_get_constraintdef(oid) as definition
     from pg_constraint
     where conrelid = $1::regclass and contype in ('c', 'f') and convalidated
     order by contype, conname`,
    [relation],
  )
  for (const index of indexes) await db.exec(`drop index ${index.name}`)
  for (const constraint of constraints) {
    await db.exec(`alter table ${relation} drop constraint ${constraint.name}`)
  }
  return async () => {
    for (const constraint of constraints) {
      try {
        // A savepoint, so the rows can still be looked up after a failure (the transaction stays usable).
        await db.exec(
          `savepoint restore_check; alter table ${relation} add constraint ${constraint.name} ${constraint.definition}; release savepoint restore_check`,
        )
      } catch (error) {
        await db.exec('rollback to savepoint restore_check')
        const rows = await rowsBreaking(db, relation, constraint, batchId)
        throw new RestoreChecksError(error, constraint.conname, rows)
      }
    }
    // Each index is one sort of the whole table: with the default 64 MB the demo's 1.68 M listings sort
    // on disk (in PGlite's in-memory file system) in runs; 256 MB keeps a sort in memory. Local to the
    // caller's transaction.
    if (indexes.length > 0) await db.exec(`set local maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`)
    for (const index of indexes) await db.exec(index.definition)
  }
}

/** The spreadsheet rows of batch `batchId` that break a CHECK constraint; undefined for other kinds. */
async function rowsBreaking(
  db: SqlClient,
  relation: string,
  constraint: Definition,
  batchId: number,
): Promise<RefusedRows | undefined> {
  const check = /^CHECK \((.*)\)$/s.exec(constraint.definition)?.[1]
  if (!check) return undefined
  const { rows } = await db.query<{ first: number | null; last: number | null }>(
    `select min(baris)::int as first, max(baris)::int as last from ${relation}
     where batch_id = $1 and not (${check})`,
    [batchId],
  )
  const found = rows[0]
  return found?.first == null || found.last == null
    ? undefined
    : { first: found.first + 1, last: found.last + 1 }
}
