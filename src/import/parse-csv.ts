/**
 * Reads an import CSV (docs/data-formats.md) in chunks with papaparse: checks the header against the
 * expected columns, then hands over records with their cells in the expected order. Pure and synchronous
 * per piece, so a Web Worker can post progress from `onChunk` while it runs, and fed piece by piece
 * (`createCsvReader`) a file of any size is read in bounded memory.
 *
 * Row numbers are spreadsheet rows: the header is row 1 and every record after it, blank ones included,
 * adds one. A quoted cell holding a line break stays in its row, as in a spreadsheet.
 */
import Papa from 'papaparse'
import { checkHeader } from './check-header.ts'
import { createIssueMaker, type ImportIssue } from './import-issue.ts'
import {
  AT_CELL_START,
  countLineBreaks,
  detectNewline,
  type Newline,
  type QuoteState,
  scanRecordEnds,
} from './scan-record-ends.ts'

/** One data row: its spreadsheet row number and its trimmed cells in the expected column order. */
export interface CsvRecord {
  row: number
  cells: string[]
}

/** What one chunk of the file yielded. */
export interface CsvChunk {
  records: CsvRecord[]
  /** Problems confined to one row (malformed quotes, wrong number of cells); those rows are left out. */
  issues: ImportIssue[]
  /** Characters read so far, out of `text.length`. */
  charactersRead: number
}

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  fileName: string
  /** Expected header names; every one must appear exactly once and no other may. */
  columns: readonly string[]
  /** Called once per chunk, in order; not called at all when the header is refused. */
  onChunk: (chunk: CsvChunk) => void
  /** Characters per chunk; 1 MB is ~10 000 DTSEN rows, fine-grained enough for a progress bar. */
  chunkCharacters?: number
  /** Called with the accepted header (trimmed names in file order) before the first chunk. */
  onHeader?: (names: string[]) => void
  /** Called once at the end with the spreadsheet row and raw last cell of the last non-blank line. */
  onLastLine?: (row: number, lastCell: string) => void
  /** The cell separator; default `,` (the contract). The workbench detects it (detect-delimiter.ts). */
  delimiter?: string
  /**
   * Renames the trimmed header cells to the expected columns, `null` for a column to ignore (the
   * planner's confirmed mapping, column-mapping.ts); default: the names as they are.
   */
  mapHeader?: (names: readonly string[]) => (string | null)[]
  /** Cleans a trimmed cell of expected column `column` (its index in `columns`), e.g. Excel artefacts. */
  cleanCell?: (text: string, column: number) => string
}

/** Characters per chunk: 1 MB is ~10 000 DTSEN rows, fine-grained enough for a progress bar. */
export const DEFAULT_CHUNK_CHARACTERS = 1 << 20

/**
 * The longest record the reader holds while it waits for the record's end: a cell this long is an
 * unclosed quote swallowing the rest of the file, not data, and waiting for the end of a 600 MB file
 * would hold all of it in memory.
 */
export const MAX_RECORD_CHARACTERS = 16 << 20

/** A CSV reader fed text piece by piece: a decoded stream, or a whole text cut into chunks. */
export interface CsvReader {
  /** Reads `text`, the next piece of the file; pieces may end anywhere, even inside a quoted cell. */
  push(text: string): void
  /**
   * Ends the file; returns the problems that stop the whole file (encoding, header, unclosed quote, no
   * data rows). When that list is empty, every record reached `onChunk`.
   */
  end(): ImportIssue[]
  /** True once a problem of the whole file stopped the reading: further pieces are ignored. */
  readonly stopped: boolean
}

/**
 * Parses `text` (a whole file); returns the problems that stop the whole file (encoding, header,
 * unclosed quote, no data rows). When that list is empty, every record reached `onChunk`.
 */
export function parseCsv(text: string, options: ParseCsvOptions): ImportIssue[] {
  const reader = createCsvReader(options)
  const size = options.chunkCharacters ?? DEFAULT_CHUNK_CHARACTERS
  for (let at = 0; at < text.length && !reader.stopped; at += size) reader.push(text.slice(at, at + size))
  return reader.end()
}

/**
 * Starts reading a file piece by piece. The reader holds text only until its last complete record: it
 * finds record ends with the quote rules papaparse reads by (a quote opens a quoted cell only at the
 * start of a cell, `""` inside one is a quote), hands papaparse whole records of about
 * `chunkCharacters`, and keeps the rest for the next piece. Row numbers, problems and chunks are those of
 * one papaparse pass over the whole text.
 */
export function createCsvReader(options: ParseCsvOptions): CsvReader {
  const { fileName, columns } = options
  const chunkCharacters = options.chunkCharacters ?? DEFAULT_CHUNK_CHARACTERS
  const delimiter = options.delimiter ?? ','
  const issue = createIssueMaker(fileName)

  const fileIssues: ImportIssue[] = []
  let stopped = false
  let isFirstPiece = true
  let sawContent = false
  /** Text read but not yet parsed: whole records up to `boundary`, then the start of the next one. */
  let pending = ''
  /** End (exclusive, after its line break) of the last complete record in `pending`; -1 for none. */
  let boundary = -1
  /** Where the record-end scan of `pending` goes on, and its state there (see scanPending). */
  let scanned = 0
  let quoteState: QuoteState = AT_CELL_START
  /** The line break of the file once seen: papaparse is told, so every piece splits rows alike. */
  let newline: Newline | undefined
  /** Characters handed to papaparse (with the line breaks between pieces) or dropped (a BOM). */
  let consumed = 0
  /** Physical lines before `pending` (for the line of an undecodable byte). */
  let linesBefore = 0

  let order: number[] | null = null
  let headerLength = 0
  let nextRow = 1
  let dataRows = 0
  let lastLine: { row: number; lastCell: string } | undefined
  const clean = options.cleanCell

  function stop(problem: ImportIssue): void {
    fileIssues.push(problem)
    stopped = true
    pending = ''
  }

  /** Moves the record-end scan over the unscanned part of `pending`; needs the line break known. */
  function scanPending(): void {
    if (newline === undefined) return
    const scan = scanRecordEnds(pending, scanned, quoteState, delimiter, newline)
    if (scan.boundary >= 0) boundary = scan.boundary
    scanned = pending.length
    quoteState = scan.state
  }

  /** Parses the complete records before `end` in `pending` and keeps the rest. */
  function flush(end: number): void {
    const records = pending.slice(0, end)
    pending = pending.slice(end)
    scanned -= end
    boundary = -1
    linesBefore += countLineBreaks(records)
    parsePiece(records, false)
  }

  /** Runs papaparse over whole records (`last`: the end of the file, which may lack a line break). */
  function parsePiece(piece: string, last: boolean): void {
    consumed += piece.length
    // Every piece but the last ends with a line break: dropped here, or papaparse adds an empty row.
    let records = piece
    if (newline !== undefined && records.endsWith(newline)) records = records.slice(0, -newline.length)
    else if (!last) throw new Error('parse-csv: a piece must end at a line break')
    // An empty line between pieces is one blank row, as papaparse reads it inside a piece.
    handleRecords(
      records === ''
        ? { data: [['']], errors: [] }
        : Papa.parse<string[]>(records, { delimiter, newline, quoteChar: '"' }),
    )
  }

  function handleRecords(results: { data: string[][]; errors: Papa.ParseError[] }): void {
    const quoteErrors = new Map<number, string>()
    for (const error of results.errors) {
      if (error.row !== undefined && quoteErrors.get(error.row) !== 'MissingQuotes') {
        quoteErrors.set(error.row, error.code)
      }
    }
    const chunk: CsvChunk = { records: [], issues: [], charactersRead: consumed }
    const data = results.data
    for (let index = 0; index < data.length; index++) {
      const cells = data[index] as string[]
      const row = nextRow++
      const quoteError = quoteErrors.get(index)
      if (quoteError === 'MissingQuotes') {
        stop(issue(row, '', '', 'unclosed_quote'))
        return
      }
      if (order === null) {
        // Excel writes empty header cells for formatted columns to the right of the data: not columns.
        headerLength = cells.length
        while (headerLength > 1 && (cells[headerLength - 1] as string).trim() === '') headerLength--
        const trimmed = cells.slice(0, headerLength).map((cell) => cell.trim())
        const names = options.mapHeader ? options.mapHeader(trimmed) : trimmed
        const header = checkHeader(names, columns)
        if (header.problems.length > 0) {
          for (const p of header.problems) fileIssues.push(issue(row, p.column, p.value, p.code, p.params))
          stopped = true
          pending = ''
          return
        }
        order = header.order
        options.onHeader?.(names.map((name) => name ?? ''))
        continue
      }
      if (isBlank(cells)) continue
      dataRows++
      lastLine = { row, lastCell: (cells[cells.length - 1] ?? '').trim() }
      if (quoteError !== undefined) {
        chunk.issues.push(issue(row, '', '', 'bad_quotes'))
      } else if (cells.length < headerLength || !isBlank(cells.slice(headerLength))) {
        chunk.issues.push(issue(row, '', '', 'field_count', { expected: headerLength, actual: cells.length }))
      } else {
        const cellsInOrder = order.map((at) => (cells[at] as string).trim())
        chunk.records.push({ row, cells: clean ? cellsInOrder.map(clean) : cellsInOrder })
      }
    }
    options.onChunk(chunk)
  }

  return {
    get stopped() {
      return stopped
    },
    push(piece: string): void {
      if (stopped || piece === '') return
      let text = piece
      if (isFirstPiece) {
        isFirstPiece = false
        if (text.charCodeAt(0) === 0xfeff) {
          text = text.slice(1)
          consumed = 1
        }
      }
      // A decoder replaces bytes that are not UTF-8 (e.g. a Windows-1252 "CSV" from Excel) with U+FFFD.
      const undecodable = text.indexOf('\uFFFD')
      if (undecodable >= 0) {
        const lines = linesBefore + countLineBreaks(pending) + countLineBreaks(text.slice(0, undecodable))
        stop(issue(lines + 1, '', '', 'not_utf8'))
        return
      }
      if (!sawContent && text.trim() !== '') sawContent = true
      pending += text
      newline ??= detectNewline(pending)
      scanPending()
      if (!sawContent) return
      if (pending.length >= chunkCharacters && boundary > 0) flush(boundary)
      else if (boundary < 0 && pending.length > MAX_RECORD_CHARACTERS)
        stop(issue(nextRow, '', '', 'unclosed_quote'))
    },
    end(): ImportIssue[] {
      if (!stopped) {
        if (!sawContent) return [issue(0, '', '', 'empty_file')]
        if (pending !== '') parsePiece(pending, true)
        pending = ''
      }
      if (fileIssues.length === 0 && dataRows === 0) fileIssues.push(issue(0, '', '', 'no_rows'))
      if (fileIssues.length === 0 && lastLine) options.onLastLine?.(lastLine.row, lastLine.lastCell)
      stopped = true
      return fileIssues
    },
  }
}

/** A record of empty cells: a blank line, or the `,,,,` Excel writes for formatted empty rows. */
function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false
  return true
}
