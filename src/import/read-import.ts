/**
 * The one pure entry point of an import: CSV text in, rows ready for the database and every problem out.
 * Parsing, checking and pseudonymising run chunk by chunk with a progress callback, so the same function
 * serves the browser Web Worker (posting progress) and the Node importer (scripts/import/import-file.ts).
 */
import type { ImportIssue } from './import-issue.ts'
import { type ColumnDef, KINDS } from './import-kinds.ts'
import { type CsvChunk, type ParseCsvOptions, parseCsv } from './parse-csv.ts'
import { checkLastRow } from './truncated-last-row.ts'
import {
  countIssue,
  createRowValidator,
  DEFAULT_MAX_ISSUES,
  type ValidateOptions,
  type ValidationResult,
} from './validate-rows.ts'

/** Progress of {@link readImport}, reported once per chunk. */
export interface ImportProgress {
  /** Characters read so far and in all. */
  characters: number
  totalCharacters: number
  /** Good and rejected rows so far. */
  rows: number
  rejectedRows: number
}

/** Options of {@link readImport}: those of the validator plus progress and chunking. */
export interface ReadImportOptions extends ValidateOptions {
  onProgress?: (progress: ImportProgress) => void
  /** Characters per chunk (parse-csv.ts default: 1 MB). */
  chunkCharacters?: number
  /** The workbench's reading of the file: separator, confirmed column mapping, cell cleaning (parse-csv.ts). */
  delimiter?: ParseCsvOptions['delimiter']
  mapHeader?: ParseCsvOptions['mapHeader']
  cleanCell?: ParseCsvOptions['cleanCell']
  /**
   * The columns the file is read as, when they are not the kind's own (the workbench's village names in
   * place of `kode_desa`); `resolveChunk` then turns each chunk's records into the kind's column order.
   */
  sourceColumns?: readonly ColumnDef[]
  resolveChunk?: (chunk: CsvChunk) => CsvChunk
}

/** Outcome of reading one file. */
export interface ReadImportResult extends ValidationResult {
  /**
   * True when the rejected rows may be dropped and the rest stored: no problem concerns the whole file
   * (header, unclosed quote, no data rows) and every problem is listed, so the audit log can
   * record each dropped row.
   */
  canDropRejected: boolean
}

/** Reads, checks and pseudonymises a whole file. Never throws for bad input: it reports it. */
export function readImport(text: string, options: ReadImportOptions): ReadImportResult {
  const validator = createRowValidator(options)
  const columns = options.sourceColumns ?? KINDS[options.kind].columns
  let header: string[] = []
  let cut: ReturnType<typeof checkLastRow>
  const fileIssues = parseCsv(text, {
    onHeader: (names) => {
      header = names
    },
    onLastLine: (row, lastCell) => {
      cut = checkLastRow({ text, columns, fileName: options.fileName, header, row, lastCell })
    },
    fileName: options.fileName,
    columns: columns.map((column) => column.name),
    chunkCharacters: options.chunkCharacters,
    delimiter: options.delimiter,
    mapHeader: options.mapHeader,
    cleanCell: options.cleanCell,
    onChunk(read) {
      const chunk = options.resolveChunk ? options.resolveChunk(read) : read
      validator.add(chunk.records, chunk.issues)
      if (options.onProgress) {
        const { rows, rejectedRows } = validator.result()
        options.onProgress({
          characters: chunk.charactersRead,
          totalCharacters: text.length,
          rows: rows.length,
          rejectedRows,
        })
      }
    },
  })
  const result = cut ? dropCutRow(validator.result(), cut, options.maxIssues) : validator.result()
  if (fileIssues.length === 0) {
    return { ...result, canDropRejected: result.errors.length === result.errorCount }
  }
  // A problem with the whole file is listed first: it is the one to fix, and it may explain the rest.
  const countsByCode = { ...result.countsByCode }
  for (const issue of fileIssues) countIssue(countsByCode, issue.code)
  return {
    rows: result.rows,
    errors: [...fileIssues, ...result.errors].slice(0, options.maxIssues ?? DEFAULT_MAX_ISSUES),
    errorCount: fileIssues.length + result.errorCount,
    countsByCode,
    rejectedRows: result.rejectedRows,
    canDropRejected: false,
  }
}

/** `result` with the possibly truncated last row moved from the good rows to the problems. */
function dropCutRow(result: ValidationResult, cut: ImportIssue, maxIssues?: number): ValidationResult {
  const rows = result.rows.filter((row) => row.baris !== cut.row - 1)
  // The row may already have been refused for another reason; then it counts once.
  const wasGood = rows.length < result.rows.length
  const countsByCode = { ...result.countsByCode }
  countIssue(countsByCode, cut.code)
  return {
    rows,
    errors: [...result.errors, cut].slice(0, maxIssues ?? DEFAULT_MAX_ISSUES),
    errorCount: result.errorCount + 1,
    countsByCode,
    rejectedRows: result.rejectedRows + (wasGood ? 1 : 0),
  }
}
