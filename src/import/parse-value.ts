/**
 * Turns one trimmed CSV cell into the value stored in the database, or says why it cannot. Runs for every
 * cell of a file (~10 million for a kabupaten's DTSEN), so a problem is a small class instance rather than
 * a wrapper object around every good value.
 */
import type { IssueCode, IssueParams } from './import-issue.ts'
import { type ColumnRule, INTEGER_STORAGE_MAX, YEAR_RANGE } from './import-kinds.ts'

/** A cell value as stored: numbers, booleans (flags), text (codes, names, ISO dates) or `null` (empty). */
export type CellValue = string | number | boolean | null

/** Why a cell was refused; becomes an `ImportIssue` once its file, row and column are known. */
export class CellProblem {
  constructor(
    readonly code: IssueCode,
    readonly params: IssueParams = {},
  ) {}
}

const INTEGER = /^-?\d+$/
const DECIMAL = /^-?\d+(?:\.(\d+))?$/
const ID16 = /^\d{16}$/
const KODE_DESA = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Today as `YYYY-MM-DD` in the local time zone of the machine that reads the file. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function parseInteger(rule: Extract<ColumnRule, { type: 'integer' }>, text: string): number | CellProblem {
  if (!INTEGER.test(text)) return new CellProblem('not_integer')
  const value = Number(text)
  if (rule.max !== undefined) {
    return value < rule.min || value > rule.max
      ? new CellProblem('integer_range', { min: rule.min, max: rule.max })
      : value
  }
  if (value < rule.min) return new CellProblem('integer_min', { min: rule.min })
  const limit = INTEGER_STORAGE_MAX[rule.storage]
  return value > limit ? new CellProblem('integer_too_large', { max: limit }) : value
}

function parseDecimal(rule: Extract<ColumnRule, { type: 'decimal' }>, text: string): number | CellProblem {
  const match = DECIMAL.exec(text)
  if (!match) return new CellProblem('not_decimal')
  if ((match[1]?.length ?? 0) > rule.places) return new CellProblem('decimal_places', { places: rule.places })
  const value = Number(text)
  return value < rule.min || value > rule.max
    ? new CellProblem('decimal_range', { min: rule.min, max: rule.max })
    : value
}

function parseDate(text: string, today: string): string | CellProblem {
  const match = ISO_DATE.exec(text)
  if (!match) return new CellProblem('not_date')
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return new CellProblem('invalid_date')
  }
  // Both are zero-padded ISO dates, so text order is date order.
  return text > today ? new CellProblem('future_date', { today }) : text
}

/** A year within YEAR_RANGE of `today`'s year. */
function parseYear(text: string, today: string): number | CellProblem {
  if (!INTEGER.test(text)) return new CellProblem('not_integer')
  const value = Number(text)
  const max = Number(today.slice(0, 4)) + YEAR_RANGE.yearsAhead
  return value < YEAR_RANGE.first || value > max
    ? new CellProblem('year_range', { min: YEAR_RANGE.first, max })
    : value
}

function parseEnum(values: readonly string[], text: string): string | CellProblem {
  if (values.includes(text)) return text
  const lower = text.toLowerCase()
  const suggestion = values.find((value) => value.toLowerCase() === lower)
  return new CellProblem('not_enum', {
    values: values.join(', '),
    ...(suggestion === undefined ? {} : { suggestion }),
  })
}

function parseId16(text: string): string | CellProblem {
  if (ID16.test(text)) return text
  // Excel shows long numbers as 6.40801E+15 and keeps only 15 significant digits.
  return new CellProblem('not_id16', /e\+/i.test(text) ? { hint: 'scientific' } : {})
}

/**
 * Parses a trimmed, non-empty cell by its column rule. `today` (`YYYY-MM-DD`) bounds dates. Pseudonymising
 * an `id16` and looking up a `kode_desa` happen later, in `validate-rows.ts`.
 */
export function parseValue(rule: ColumnRule, text: string, today: string): CellValue | CellProblem {
  switch (rule.type) {
    case 'id16':
      return parseId16(text)
    case 'kode_desa':
      return KODE_DESA.test(text) ? text : new CellProblem('not_kode_desa')
    case 'integer':
      return parseInteger(rule, text)
    case 'flag':
      return text === '1' ? true : text === '0' ? false : new CellProblem('not_flag')
    case 'enum':
      return parseEnum(rule.values, text)
    case 'text':
      return text.length < rule.minLength || text.length > rule.maxLength
        ? new CellProblem('text_length', { min: rule.minLength, max: rule.maxLength, length: text.length })
        : text
    case 'date':
      return parseDate(text, today)
    case 'decimal':
      return parseDecimal(rule, text)
    case 'year':
      return parseYear(text, today)
  }
}
