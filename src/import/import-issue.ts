/**
 * One problem found in an import file, located the way a planner finds it in a spreadsheet: the file
 * name, the row number (the header is row 1) and the column name. Messages are built from `code` and
 * `params` by `import-messages.ts`, so the same issue reads in Bahasa Indonesia and in English.
 */

/** Every kind of problem the importer reports; each has a message in both languages. */
export const ISSUE_CODES = [
  // The file as a whole.
  'empty_file',
  'not_utf8',
  'no_rows',
  'wrong_delimiter',
  'missing_column',
  'unknown_column',
  'duplicate_column',
  'unclosed_quote',
  // One line of the file.
  'bad_quotes',
  'field_count',
  // One cell.
  'required',
  'not_integer',
  'integer_range',
  'integer_min',
  'integer_too_large',
  'not_decimal',
  'decimal_places',
  'decimal_range',
  'not_flag',
  'not_enum',
  'not_id16',
  'not_kode_desa',
  'text_length',
  'not_date',
  'invalid_date',
  'future_date',
  'year_range',
  // The last line of a file that does not end with a line break.
  'possibly_truncated',
  // Several cells of one row.
  'extreme_not_poor',
  'identity_missing',
  'sum_mismatch',
  'exceeds',
  'idm_mean',
  'idm_status',
  // The row against the region list or other rows.
  'unknown_desa',
  'kelurahan_not_allowed',
  'duplicate_key',
  // A village named instead of coded (workbench/match-village-names.ts).
  'desa_name_unknown',
  'desa_name_ambiguous',
  'desa_name_unconfirmed',
  'desa_wrong_kecamatan',
  'kecamatan_name_unknown',
] as const

/** A problem kind, e.g. `integer_range`. */
export type IssueCode = (typeof ISSUE_CODES)[number]

/** Values a message template fills in (bounds, allowed values, the other row...). */
export type IssueParams = Readonly<Record<string, string | number>>

/** One problem, with everything needed to say what is wrong and where. */
export interface ImportIssue {
  /** File name as the planner chose it, e.g. `keluarga.csv`. */
  file: string
  /**
   * Spreadsheet row: the header is 1, the first data row 2 (a line break inside a quoted cell does not
   * start a new row); 0 for the file as a whole.
   */
  row: number
  /** Column name as written in the header; empty when the problem is the whole line or file. */
  column: string
  /** The offending cell as read (trimmed), masked for pseudonymised columns; empty if none. */
  value: string
  code: IssueCode
  params: IssueParams
}

/** Longest cell value quoted in a message; longer ones are cut with an ellipsis. */
const MAX_VALUE_LENGTH = 60

/** Shortens a cell value for a message. */
export function clipValue(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH - 1)}…` : value
}

/**
 * Hides the digits of a would-be NIK or KK number, except the last four characters, so that messages
 * and the `baris_ditolak` audit column never hold a raw identity number (docs/data-formats.md).
 */
export function maskValue(value: string): string {
  const keep = Math.max(0, value.length - 4)
  return clipValue(value.slice(0, keep).replace(/\d/g, '•') + value.slice(keep))
}

/** Makes the problems of one file: `value` clipped for the message, `params` empty unless given. */
export function createIssueMaker(
  fileName: string,
): (row: number, column: string, value: string, code: IssueCode, params?: IssueParams) => ImportIssue {
  return (row, column, value, code, params = {}) => ({
    file: fileName,
    row,
    column,
    value: clipValue(value),
    code,
    params,
  })
}
