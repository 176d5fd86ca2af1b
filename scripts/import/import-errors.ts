/**
 * The two ways an import fails, each with a message in Bahasa Indonesia and English that says what is
 * wrong, where, and that nothing was stored: the file broke the contract (ImportRejectedError, with every
 * problem listed), or the database refused what the checks let through (ImportDatabaseError).
 */
import type { ImportIssue } from '../../src/import/import-issue.ts'
import type { ImportKind } from '../../src/import/import-kinds.ts'
import { formatIssueReport } from '../../src/import/import-messages.ts'

/** The file has problems; the database was not touched. */
export class ImportRejectedError extends Error {
  readonly file: string
  readonly kind: ImportKind
  /** The listed problems (at most the cap), in file order. */
  readonly issues: readonly ImportIssue[]
  /** All problems, listed or not. */
  readonly issueCount: number
  readonly rejectedRows: number

  constructor(input: {
    file: string
    kind: ImportKind
    issues: readonly ImportIssue[]
    issueCount: number
    rejectedRows: number
    /** Why `dropRejected` could not be honoured, when it was asked for. */
    cannotDropReason?: string
  }) {
    const report = formatIssueReport({
      file: input.file,
      issues: input.issues,
      issueCount: input.issueCount,
      rejectedRows: input.rejectedRows,
    })
    super(input.cannotDropReason ? `${input.cannotDropReason}\n${report}` : report)
    this.name = 'ImportRejectedError'
    this.file = input.file
    this.kind = input.kind
    this.issues = input.issues
    this.issueCount = input.issueCount
    this.rejectedRows = input.rejectedRows
  }
}

/** The import was refused before any row was written: a wrong key, or a removal not confirmed. */
export class ImportRefusedError extends Error {
  readonly file: string
  readonly reason: 'key_mismatch' | 'not_confirmed'

  constructor(file: string, reason: ImportRefusedError['reason'], message: string) {
    super(message)
    this.name = 'ImportRefusedError'
    this.file = file
    this.reason = reason
  }
}

/** Why dropping rejected rows is refused, in both languages. */
export const CANNOT_DROP = {
  fileProblem:
    'Baris yang ditolak tidak bisa dilewati: ada masalah pada seluruh file. / ' +
    'The rejected rows cannot be dropped: a problem concerns the whole file.',
  tooMany:
    'Baris yang ditolak tidak bisa dilewati: terlalu banyak masalah untuk dicatat satu per satu. / ' +
    'The rejected rows cannot be dropped: there are too many problems to record one by one.',
  nothingLeft:
    'Baris yang ditolak tidak bisa dilewati: tidak ada baris yang tersisa. / ' +
    'The rejected rows cannot be dropped: no row would be left.',
} as const

/** The database refused the batch after the checks passed; the transaction was rolled back. */
export class ImportDatabaseError extends Error {
  readonly file: string
  /** SQLSTATE, e.g. `23514` for a check violation; undefined for errors without one. */
  readonly sqlState: string | undefined
  /** Name of the violated constraint, when the engine reports it. */
  readonly constraint: string | undefined

  constructor(file: string, cause: unknown, rows?: { first: number; last: number }) {
    const details = errorDetails(cause)
    const where = rows ? ` (baris/rows ${rows.first}–${rows.last})` : ''
    const rule = details.constraint ? ` [${details.constraint}]` : ''
    super(
      `${file}${where}: ${REASONS[details.sqlState ?? '']?.id ?? 'basis data menolak impor'}${rule}: ` +
        `${details.message}. Tidak ada yang disimpan.\n` +
        `${file}${where}: ${REASONS[details.sqlState ?? '']?.en ?? 'the database refused the import'}${rule}: ` +
        `${details.message}. Nothing was saved.`,
      { cause },
    )
    this.name = 'ImportDatabaseError'
    this.file = file
    this.sqlState = details.sqlState
    this.constraint = details.constraint
  }
}

/** Plain-language reasons for the SQLSTATEs an import can meet. */
const REASONS: Readonly<Record<string, { id: string; en: string }>> = {
  '23503': { id: 'kode tidak ada di tabel rujukan', en: 'a code is missing from the table it refers to' },
  '23514': { id: 'baris melanggar aturan tabel', en: 'a row breaks a table rule' },
  '23505': { id: 'baris ganda untuk kunci yang sama', en: 'two rows share one key' },
  '23502': { id: 'nilai wajib kosong', en: 'a required value is empty' },
  '22003': { id: 'angka di luar jangkauan kolom', en: 'a number is out of the column range' },
  '42501': {
    id: 'akun ini tidak berhak menulis data ini (hanya perencana dan admin)',
    en: 'this account may not write this data (planners and admins only)',
  },
}

function errorDetails(cause: unknown): { sqlState?: string; constraint?: string; message: string } {
  if (typeof cause !== 'object' || cause === null) return { message: String(cause) }
  const record = cause as { code?: unknown; constraint?: unknown; message?: unknown }
  return {
    sqlState: typeof record.code === 'string' ? record.code : undefined,
    constraint: typeof record.constraint === 'string' ? record.constraint : undefined,
    message: typeof record.message === 'string' ? record.message : String(cause),
  }
}
