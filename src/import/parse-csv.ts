/**
 * Reads an import CSV (docs/data-formats.md) in chunks with papaparse: checks the header against the
 * expected columns, then hands over records with their cells in the expected order. Pure and synchronous,
 * so a Web Worker can post progress from `onChunk` while it runs.
 *
 * Row numbers are spreadsheet rows: the header is row 1 and every record after it, blank ones included,
 * adds one. A quoted cell holding a line break stays in its row, as in a spreadsheet.
 */
import Papa from 'papaparse'
import { clipValue, type ImportIssue, type IssueCode, type IssueParams } from './import-issue.ts'

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

const DEFAULT_CHUNK_CHARACTERS = 1 << 20

/**
 * Parses `text`; returns the problems that stop the whole file (encoding, header, unclosed quote, no
 * data rows).
 * When that list is empty, every record reached `onChunk`.
 */
export function parseCsv(text: string, options: ParseCsvOptions): ImportIssue[] {
  const { fileName, columns } = options
  const issue = (row: number, column: string, value: string, code: IssueCode, params: IssueParams = {}) => ({
    file: fileName,
    row,
    column,
    value: clipValue(value),
    code,
    params,
  })
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return [issue(0, '', '', 'empty_file')]
  // A decoder replaces bytes that are not UTF-8 (e.g. a Windows-1252 "CSV" from Excel) with U+FFFD.
  const undecodable = body.indexOf('\uFFFD')
  if (undecodable >= 0) return [issue(countLines(body, undecodable), '', '', 'not_utf8')]

  const fileIssues: ImportIssue[] = []
  let order: number[] | null = null
  let headerLength = 0
  let nextRow = 1
  let dataRows = 0
  let lastLine: { row: number; lastCell: string } | undefined

  const clean = options.cleanCell
  Papa.parse<string[]>(body, {
    delimiter: options.delimiter ?? ',',
    chunkSize: options.chunkCharacters ?? DEFAULT_CHUNK_CHARACTERS,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      const quoteErrors = new Map<number, string>()
      for (const error of results.errors) {
        if (error.row !== undefined && quoteErrors.get(error.row) !== 'MissingQuotes') {
          quoteErrors.set(error.row, error.code)
        }
      }
      const chunk: CsvChunk = {
        records: [],
        issues: [],
        charactersRead: results.meta.cursor + text.length - body.length,
      }
      const data = results.data
      for (let index = 0; index < data.length; index++) {
        const cells = data[index] as string[]
        const row = nextRow++
        const quoteError = quoteErrors.get(index)
        if (quoteError === 'MissingQuotes') {
          fileIssues.push(issue(row, '', '', 'unclosed_quote'))
          parser.abort()
          return
        }
        if (order === null) {
          // Excel writes empty header cells for formatted columns to the right of the data: not columns.
          headerLength = cells.length
          while (headerLength > 1 && (cells[headerLength - 1] as string).trim() === '') headerLength--
          const trimmed = cells.slice(0, headerLength).map((cell) => cell.trim())
          const names = options.mapHeader ? options.mapHeader(trimmed) : trimmed
          const header = checkHeader(names, columns)
          fileIssues.push(...header.problems.map((p) => issue(row, p.column, p.value, p.code, p.params)))
          if (fileIssues.length > 0) {
            parser.abort()
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
          chunk.issues.push(
            issue(row, '', '', 'field_count', { expected: headerLength, actual: cells.length }),
          )
        } else {
          const cellsInOrder = order.map((at) => (cells[at] as string).trim())
          chunk.records.push({ row, cells: clean ? cellsInOrder.map(clean) : cellsInOrder })
        }
      }
      options.onChunk(chunk)
    },
    // Parsing a string runs synchronously; the typings still ask for a completion callback.
    complete: () => undefined,
  })
  if (fileIssues.length === 0 && dataRows === 0) fileIssues.push(issue(0, '', '', 'no_rows'))
  if (fileIssues.length === 0 && lastLine) options.onLastLine?.(lastLine.row, lastLine.lastCell)
  return fileIssues
}

/** The line (1-based) that character `index` of `text` is on. */
function countLines(text: string, index: number): number {
  let lines = 1
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) lines++
  return lines
}

/** A record of empty cells: a blank line, or the `,,,,` Excel writes for formatted empty rows. */
function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false
  return true
}

interface HeaderProblem {
  column: string
  value: string
  code: IssueCode
  params: IssueParams
}

/**
 * Matches header cells to the expected columns; `order[i]` is the file position of `columns[i]`. A `null`
 * cell is a column the planner chose to ignore.
 */
export function checkHeader(
  cells: readonly (string | null)[],
  columns: readonly string[],
): { order: number[]; problems: HeaderProblem[] } {
  const names = cells.map((cell) => (cell === null ? null : cell.trim()))
  const only = names[0] ?? ''
  if (names.length === 1 && (only.includes(';') || only.includes('\t'))) {
    const delimiter = only.includes(';') ? ';' : 'tab'
    return {
      order: [],
      problems: [{ column: '', value: only, code: 'wrong_delimiter', params: { delimiter } }],
    }
  }
  const problems: HeaderProblem[] = []
  const seen = new Map<string, number>()
  names.forEach((name, position) => {
    if (name === null) return
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    if (!columns.includes(name)) {
      problems.push({
        column: name,
        value: name,
        code: 'unknown_column',
        params: { position: position + 1, expected: columns.join(', ') },
      })
    } else if (count === 2) {
      problems.push({ column: name, value: name, code: 'duplicate_column', params: {} })
    }
  })
  for (const name of columns) {
    if (!seen.has(name)) problems.push({ column: name, value: '', code: 'missing_column', params: {} })
  }
  return { order: columns.map((name) => names.indexOf(name)), problems }
}
