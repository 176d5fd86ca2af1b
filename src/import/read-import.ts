/**
 * The one pure entry point of an import: CSV text in, rows ready for the database and every problem out.
 * Parsing, checking and pseudonymising run chunk by chunk with a progress callback, so the same function
 * serves the browser Web Worker (posting progress) and the Node importer (scripts/import/import-file.ts).
 * `createImportReader` is the same read fed piece by piece (read-import-stream.ts: a byte stream), which
 * can hand the good rows on as they come instead of keeping them.
 */
import type { ImportIssue } from './import-issue.ts'
import { type ColumnDef, KINDS } from './import-kinds.ts'
import {
  type CsvChunk,
  createCsvReader,
  DEFAULT_CHUNK_CHARACTERS,
  type ParseCsvOptions,
} from './parse-csv.ts'
import { checkLastRow, EMPTY_TEXT_END, followTextEnd } from './truncated-last-row.ts'
import {
  countIssue,
  createRowValidator,
  DEFAULT_MAX_ISSUES,
  type ImportRow,
  type ValidateOptions,
  type ValidationResult,
} from './validate-rows.ts'

/** Progress of a read, reported once per chunk. */
export interface ImportProgress {
  /** Characters read so far and in all (in all: the text's length, or as estimated for a stream). */
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

/** Options of {@link createImportReader}: a read fed piece by piece. */
export interface ImportReaderOptions extends ReadImportOptions {
  /** The total the progress reports (`totalCharacters`); a stream's reader knows it only roughly. */
  totalCharacters?: number
  /**
   * Receives the good rows as they are checked, in file order, instead of the result keeping them: a
   * file of any size is read in bounded memory. Rows handed over may still belong to a file that is
   * refused at its end (`errorCount > 0`): the receiver keeps them aside until then. The last good row
   * is held until the end proves it complete (truncated-last-row.ts).
   */
  onRows?: (rows: ImportRow[]) => void
}

/** Outcome of reading one file. */
export interface ReadImportResult extends ValidationResult {
  /** Good rows: `rows.length`, or the rows handed to `onRows`. */
  rowCount: number
  /**
   * True when the rejected rows may be dropped and the rest stored: no problem concerns the whole file
   * (header, unclosed quote, no data rows) and every problem is listed, so the audit log can
   * record each dropped row.
   */
  canDropRejected: boolean
}

/** A read fed piece by piece (a decoded stream): `push` each piece, then `end`. */
export interface ImportReader {
  push(text: string): void
  end(): ReadImportResult
  /** True once a problem of the whole file stopped the reading: the rest need not be read. */
  readonly stopped: boolean
}

/** Reads, checks and pseudonymises a whole file. Never throws for bad input: it reports it. */
export function readImport(text: string, options: ReadImportOptions): ReadImportResult {
  const reader = createImportReader({ ...options, totalCharacters: text.length })
  const size = options.chunkCharacters ?? DEFAULT_CHUNK_CHARACTERS
  for (let at = 0; at < text.length && !reader.stopped; at += size) reader.push(text.slice(at, at + size))
  return reader.end()
}

/** Starts a read of a file that arrives piece by piece. Never throws for bad input: it reports it. */
export function createImportReader(options: ImportReaderOptions): ImportReader {
  const validator = createRowValidator(options)
  const { onRows } = options
  const columns = options.sourceColumns ?? KINDS[options.kind].columns
  let header: string[] = []
  let cut: ImportIssue | undefined
  let textEnd = EMPTY_TEXT_END
  let rowCount = 0
  /** Streaming: the last good row, held until the next chunk or the end (it may be cut short). */
  let held: ImportRow | undefined
  const csv = createCsvReader({
    onHeader: (names) => {
      header = names
    },
    onLastLine: (row, lastCell) => {
      cut = checkLastRow({
        end: textEnd,
        columns,
        fileName: options.fileName,
        header,
        row,
        lastCell,
      })
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
      if (onRows) handOver(validator.takeRows())
      if (options.onProgress) {
        const { rows, rejectedRows } = validator.result()
        options.onProgress({
          characters: chunk.charactersRead,
          totalCharacters: Math.max(options.totalCharacters ?? 0, chunk.charactersRead),
          rows: onRows ? rowCount + (held ? 1 : 0) : rows.length,
          rejectedRows,
        })
      }
    },
  })

  function handOver(rows: ImportRow[]): void {
    if (rows.length === 0) return
    const out = held ? [held, ...rows.slice(0, -1)] : rows.slice(0, -1)
    held = rows.at(-1)
    rowCount += out.length
    if (out.length > 0) onRows?.(out)
  }

  return {
    get stopped() {
      return csv.stopped
    },
    push(text: string): void {
      textEnd = followTextEnd(textEnd, text)
      csv.push(text)
    },
    end(): ReadImportResult {
      const fileIssues = csv.end()
      let result = validator.result()
      if (cut) {
        const cutRow = cut.row - 1
        // The row may already have been refused for another reason; then it counts once.
        const wasGood = onRows ? held?.baris === cutRow : result.rows.some((row) => row.baris === cutRow)
        if (wasGood && held?.baris === cutRow) held = undefined
        result = withCutRow(result, cut, wasGood, options.maxIssues)
      }
      // The held row goes out now: it is not the one the end of the file leaves unproven.
      if (held) {
        rowCount++
        onRows?.([held])
      }
      if (!onRows) rowCount = result.rows.length
      const countsByCode = { ...result.countsByCode }
      for (const issue of fileIssues) countIssue(countsByCode, issue.code)
      if (fileIssues.length === 0) {
        return { ...result, rowCount, canDropRejected: result.errors.length === result.errorCount }
      }
      // A problem with the whole file is listed first: it is the one to fix, and it may explain the rest.
      return {
        rows: result.rows,
        rowCount,
        errors: [...fileIssues, ...result.errors].slice(0, options.maxIssues ?? DEFAULT_MAX_ISSUES),
        errorCount: fileIssues.length + result.errorCount,
        countsByCode,
        rejectedRows: result.rejectedRows,
        canDropRejected: false,
      }
    },
  }
}

/** `result` with the possibly truncated last row `cut` refused (`wasGood`: it was among the good rows). */
function withCutRow(
  result: ValidationResult,
  cut: ImportIssue,
  wasGood: boolean,
  maxIssues?: number,
): ValidationResult {
  const countsByCode = { ...result.countsByCode }
  countIssue(countsByCode, cut.code)
  return {
    rows: wasGood ? result.rows.filter((row) => row.baris !== cut.row - 1) : result.rows,
    errors: [...result.errors, cut].slice(0, maxIssues ?? DEFAULT_MAX_ISSUES),
    errorCount: result.errorCount + 1,
    countsByCode,
    rejectedRows: result.rejectedRows + (wasGood ? 1 : 0),
  }
}
