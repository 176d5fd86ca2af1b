/**
 * Imports one CSV file into the database, all or nothing: the same pure reader the browser worker uses
 * (src/import/read-import.ts) checks and pseudonymises every row first; only a file without problems (or
 * one whose rejected rows the planner chose to drop) is written, in one transaction with its
 * `import_batches` row. The demo data goes through here too (`source: 'demo'`).
 */
import type { ImportIssue } from '../../src/import/import-issue.ts'
import { type ImportKind, KINDS } from '../../src/import/import-kinds.ts'
import { IMPORT_REFUSALS, toAuditEntry } from '../../src/import/import-messages.ts'
import { keyFingerprint, makePseudonymiser } from '../../src/import/pseudonymise.ts'
import { type ImportProgress, type ReadImportResult, readImport } from '../../src/import/read-import.ts'
import { type ByteSource, readImportStream } from '../../src/import/read-import-stream.ts'
import { cleanExcelCell } from '../../src/import/workbench/excel-cells.ts'
import type { SqlClient } from '../db/sql-client.ts'
import { CANNOT_DROP, ImportDatabaseError, ImportRefusedError, ImportRejectedError } from './import-errors.ts'
import {
  createScopeCollector,
  type ImportScope,
  lockImportPeriods,
  planRemoval,
  type RemovalPlan,
  removeForImport,
} from './import-scope.ts'
import { loadRegionSet } from './load-region-set.ts'
import { openRowSpill } from './row-spill.ts'
import { type RowSource, rowsInMemory, type WriteResult, writeRows } from './write-rows.ts'

/** Progress of an import: reading (characters) then writing (rows). */
export interface ImportFileProgress {
  phase: 'read' | 'write'
  done: number
  total: number
}

/** What to import and how. */
export interface ImportFileOptions {
  kind: ImportKind
  /** Name shown in messages and stored in `import_batches.nama_file`. */
  fileName: string
  /** The whole file as text (UTF-8 decoded; a BOM is tolerated): the demo build and tests. */
  text?: string
  /**
   * Or the file as a stream of UTF-8 bytes (the command line): read in bounded memory, the checked rows
   * kept in a temporary spill (row-spill.ts) until the whole file has passed. `bytes`: its size, for progress.
   */
  stream?: ByteSource
  bytes?: number
  /** Key of the keyed hash for NIK/KK; required for personal kinds, the same key for every import. */
  pseudonymKey?: string
  /** `import_batches.sumber`: a planner's file (`impor`, default) or generated demo data (`demo`). */
  source?: 'impor' | 'demo'
  /** Store the good rows and record the rejected ones in `baris_ditolak` instead of refusing the file. */
  dropRejected?: boolean
  /** `YYYY-MM-DD` bounding dates; default today on this machine. */
  today?: string
  /** Rows per INSERT (write-rows.ts DEFAULT_CHUNK_ROWS). */
  chunkRows?: number
  /**
   * Undo what Excel does to cells before the contract reads them, as the browser workbench does
   * (src/import/workbench/excel-cells.ts): a leading apostrophe or `="…"` around a number kept as text,
   * serial and DD/MM/YYYY dates, village codes without dots (`6408012001`). The command line sets it; the
   * demo build's own files need none.
   */
  excelCells?: boolean
  /** Suspend the table's indexes and constraints for the load, then restore them (write-rows.ts; data build only). */
  bulkLoad?: boolean
  /**
   * Personal kinds: replace every stored row of the file's periods, not only its (period, village)
   * pairs. Needs `confirmRemoval` to accept the plan (its row count), or nothing is written.
   */
  replacePeriod?: boolean
  /** Asked, under the import's lock, whether the planned whole-period removal may go ahead. */
  confirmRemoval?: (plan: RemovalPlan) => boolean | Promise<boolean>
  onProgress?: (progress: ImportFileProgress) => void
}

/** What an import stored. */
export interface ImportReport {
  batchId: number
  kind: ImportKind
  fileName: string
  /** Rows stored. */
  rows: number
  /** Problems of the rows that were dropped (empty unless `dropRejected`). */
  rejected: ImportIssue[]
  /** Stored rows the file replaced (personal kinds) or updated (public kinds). */
  replacedRows: number
  /** Personal kinds: villages whose stored rows were replaced. */
  replacedVillages: number
  /** Wall time of the whole import, and of reading + checking alone. */
  seconds: number
  readSeconds: number
  /** Wall time of the writing steps (write-rows.ts). */
  writeSeconds: WriteResult['seconds']
}

/**
 * Imports `options.text` as a file of `options.kind`. Throws ImportRejectedError when a row breaks the
 * contract (nothing written), ImportDatabaseError when the database refuses the batch (rolled back).
 */
export async function importFile(db: SqlClient, options: ImportFileOptions): Promise<ImportReport> {
  // One connection runs one transaction at a time: a second import on the same client (PGlite has only
  // one connection) waits here for the first instead of interleaving its statements with it.
  const previous = queues.get(db) ?? Promise.resolve()
  const run = previous.then(
    () => importOnce(db, options),
    () => importOnce(db, options),
  )
  queues.set(
    db,
    run.catch(() => undefined),
  )
  return run
}

const queues = new WeakMap<SqlClient, Promise<unknown>>()

async function importOnce(db: SqlClient, options: ImportFileOptions): Promise<ImportReport> {
  const started = performance.now()
  const { kind, fileName } = options
  const def = KINDS[kind]
  const pseudonymise = def.isPersonal ? makePseudonymiser(requireKey(options.pseudonymKey)) : undefined
  const regions = await loadRegionSet(db)
  const scope = createScopeCollector(def)
  const spill = options.stream ? openRowSpill() : undefined
  try {
    // Cells come in the kind's column order, whatever the file's (parse-csv.ts).
    const cleanCell = options.excelCells
      ? (text: string, at: number) => {
          const column = def.columns[at]
          return column ? cleanExcelCell(text, column.rule) : text
        }
      : undefined
    const readOptions = {
      kind,
      cleanCell,
      fileName,
      regions,
      pseudonymise,
      today: options.today,
      onProgress: (progress: ImportProgress) =>
        options.onProgress?.({ phase: 'read', done: progress.characters, total: progress.totalCharacters }),
    }
    let read: ReadImportResult
    let rows: RowSource
    if (spill && options.stream) {
      read = await readImportStream(options.stream, {
        ...readOptions,
        totalBytes: options.bytes,
        onRows: (checked) => {
          scope.add(checked)
          spill.add(checked)
        },
      })
      rows = spill
    } else if (options.text !== undefined) {
      read = readImport(options.text, readOptions)
      scope.add(read.rows)
      rows = rowsInMemory(read.rows)
    } else {
      throw new Error('importFile: give the file as `text` or as a `stream`')
    }
    return await store(db, options, read, scope.scope(), rows, started)
  } finally {
    spill?.remove()
  }
}

/** Stores a read file (all or nothing) once every row has been checked. */
async function store(
  db: SqlClient,
  options: ImportFileOptions,
  read: ReadImportResult,
  scope: ImportScope,
  rows: RowSource,
  started: number,
): Promise<ImportReport> {
  const { kind, fileName } = options
  const def = KINDS[kind]
  const readSeconds = (performance.now() - started) / 1000
  if (read.errorCount > 0) {
    const cannotDropReason = options.dropRejected ? whyRowsCannotBeDropped(read) : undefined
    if (!options.dropRejected || cannotDropReason) {
      throw new ImportRejectedError({
        file: fileName,
        kind,
        issues: read.errors,
        issueCount: read.errorCount,
        rejectedRows: read.rejectedRows,
        cannotDropReason,
      })
    }
  }

  await db.exec('begin')
  try {
    // First, before anything is read or written: wait for any other import of these periods.
    await lockImportPeriods(db, def, scope)
    if (def.isPersonal) await claimKey(db, fileName, requireKey(options.pseudonymKey))
    const plan = def.isPersonal
      ? await planRemoval(db, def, scope, options.replacePeriod === true)
      : undefined
    if (plan?.wholePeriods && !(await options.confirmRemoval?.(plan))) {
      throw new ImportRefusedError(fileName, 'not_confirmed', IMPORT_REFUSALS.notConfirmed(fileName, plan))
    }
    const { rows: batch } = await db.query<{ id: number }>(
      `insert into public.import_batches (jenis, nama_file, jumlah_baris, baris_ditolak, sumber)
       values ($1, $2, $3, $4::jsonb, $5) returning id`,
      [
        kind,
        fileName,
        read.rowCount,
        JSON.stringify(read.errors.map(toAuditEntry)),
        options.source ?? 'impor',
      ],
    )
    const batchId = Number(batch[0]?.id)
    const removed = plan ? await removeForImport(db, def, scope, plan) : 0
    const { replacedRows, seconds: writeSeconds } = await writeRows(db, def, batchId, rows, {
      fileName,
      chunkRows: options.chunkRows,
      bulkLoad: options.bulkLoad,
      onProgress: (done, total) => options.onProgress?.({ phase: 'write', done, total }),
    })
    await db.exec('commit')
    return {
      batchId,
      kind,
      fileName,
      rows: read.rowCount,
      rejected: read.errors,
      replacedRows: removed + replacedRows,
      replacedVillages: plan?.villages ?? 0,
      seconds: (performance.now() - started) / 1000,
      readSeconds,
      writeSeconds,
    }
  } catch (error) {
    await db.exec('rollback').catch(() => undefined)
    if (error instanceof ImportDatabaseError || error instanceof ImportRefusedError) throw error
    throw new ImportDatabaseError(fileName, error)
  }
}

/** Why the rejected rows of `read` may not be dropped, or undefined when they may. */
function whyRowsCannotBeDropped(read: ReadImportResult): string | undefined {
  if (read.errors.length < read.errorCount) return CANNOT_DROP.tooMany
  if (!read.canDropRejected) return CANNOT_DROP.fileProblem
  if (read.rowCount === 0) return CANNOT_DROP.nothingLeft
  return undefined
}

function requireKey(key: string | undefined): string {
  if (key) return key
  throw new Error(
    'Data pribadi butuh kunci pseudonimisasi (PSEUDONYM_KEY), yang sama untuk setiap impor. / ' +
      'Personal data needs the pseudonymisation key (PSEUDONYM_KEY), the same one for every import.',
  )
}

/** Records the key's fingerprint on the first import; refuses any other key afterwards. */
async function claimKey(db: SqlClient, fileName: string, key: string): Promise<void> {
  const { rows } = await db.query<{ status: string }>('select public.claim_pseudonym_key($1) as status', [
    keyFingerprint(key),
  ])
  if (rows[0]?.status === 'mismatch') {
    throw new ImportRefusedError(fileName, 'key_mismatch', IMPORT_REFUSALS.keyMismatch(fileName))
  }
}
