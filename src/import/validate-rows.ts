/**
 * Checks parsed CSV records against their kind (import-kinds.ts): every cell, the rules across cells of a
 * row (row-rules.ts), the region list and duplicate keys. Turns good records into rows ready for the
 * database, with NIK and KK numbers already pseudonymised, and collects every problem (up to a cap).
 * Works chunk by chunk, so a Web Worker never holds the raw records of a whole file.
 */

import { clipValue, type ImportIssue, type IssueCode, type IssueParams, maskValue } from './import-issue.ts'
import { type ImportKind, KINDS } from './import-kinds.ts'
import type { CsvRecord } from './parse-csv.ts'
import { CellProblem, type CellValue, localToday, parseValue } from './parse-value.ts'
import { ROW_RULES } from './row-rules.ts'

/** The villages a file may name: kode → jenis. Only level `desa` rows of `public.regions` belong here. */
export type RegionSet = ReadonlyMap<string, { jenis: 'desa' | 'kelurahan' }>

/**
 * A row ready for its table: column → value, plus `baris`, the data row (spreadsheet row − 1, so the first
 * data row is 1), which personal tables store and every kind uses to name rows the database refused.
 */
export type ImportRow = Record<string, CellValue>

/** Options of {@link createRowValidator}. */
export interface ValidateOptions {
  kind: ImportKind
  fileName: string
  regions: RegionSet
  /** Keyed hash for NIK/KK columns (pseudonymise.ts); required for personal kinds. */
  pseudonymise?: (value: string) => string
  /** `YYYY-MM-DD`; dates after it are refused. Default: today on this machine. */
  today?: string
  /** Problems kept in `errors`; the rest are only counted. */
  maxIssues?: number
}

/** Outcome of checking a whole file. */
export interface ValidationResult {
  /** Good rows only, in file order. */
  rows: ImportRow[]
  /** The first `maxIssues` problems, in file order. */
  errors: ImportIssue[]
  /** All problems, including those beyond the cap. */
  errorCount: number
  /** All problems per code, including those beyond the cap (they sum to `errorCount`). */
  countsByCode: IssueCounts
  /** Rows with at least one problem; none of them is in `rows`. */
  rejectedRows: number
}

/** Problems per code; a code with no problem is absent. */
export type IssueCounts = Partial<Record<IssueCode, number>>

/** `counts` plus one problem of `code` (changes `counts`). */
export function countIssue(counts: IssueCounts, code: IssueCode): void {
  counts[code] = (counts[code] ?? 0) + 1
}

/** A validator fed chunk by chunk; `result()` may be called once at the end. */
export interface RowValidator {
  /** Checks `records`; `lineIssues` are problems the CSV reader found in rows it could not split. */
  add(records: readonly CsvRecord[], lineIssues?: readonly ImportIssue[]): void
  /** The good rows checked since the last call, handed over and no longer kept (`result().rows` lacks them). */
  takeRows(): ImportRow[]
  result(): ValidationResult
}

/** Default cap on listed problems: enough to see a pattern, small enough to show and store. */
export const DEFAULT_MAX_ISSUES = 1000

/** Starts checking a file of `options.kind`. */
export function createRowValidator(options: ValidateOptions): RowValidator {
  const def = KINDS[options.kind]
  const { fileName, regions, pseudonymise } = options
  if (def.isPersonal && !pseudonymise) throw new Error(`${options.kind}: a pseudonymiser is required`)
  const today = options.today ?? localToday()
  const maxIssues = options.maxIssues ?? DEFAULT_MAX_ISSUES
  const columns = def.columns
  const indexOf = (name: string) => columns.findIndex((column) => column.name === name)
  const rules = ROW_RULES[options.kind].map((rule) => ({ ...rule, readIndexes: rule.reads.map(indexOf) }))
  const kodeIndex = indexOf('kode_desa')
  const keyIndexes = def.key.map(indexOf)
  const firstRowOfKey = new Map<string, number>()

  let rows: ImportRow[] = []
  const errors: ImportIssue[] = []
  let errorCount = 0
  let rejectedRows = 0
  const countsByCode: IssueCounts = {}

  const report = (issue: ImportIssue) => {
    errorCount++
    countIssue(countsByCode, issue.code)
    if (errors.length < maxIssues) errors.push(issue)
  }
  const cellIssue = (row: number, at: number, text: string, code: IssueCode, params: IssueParams) => {
    const column = columns[at]
    const value = column?.isPseudonymised ? maskValue(text) : clipValue(text)
    report({ file: fileName, row, column: column?.name ?? '', value, code, params })
  }

  const failed: boolean[] = columns.map(() => false)

  function checkRecord(record: CsvRecord): void {
    const { row, cells } = record
    const before = errorCount
    const out: ImportRow = { baris: row - 1 }
    for (let at = 0; at < columns.length; at++) {
      const column = columns[at] as (typeof columns)[number]
      const text = cells[at] as string
      failed[at] = false
      let value: CellValue | CellProblem
      if (text === '') value = column.isOptional ? null : new CellProblem('required')
      else value = parseValue(column.rule, text, today)
      if (value instanceof CellProblem) {
        failed[at] = true
        cellIssue(row, at, text, value.code, value.params)
        continue
      }
      if (column.isPseudonymised && typeof value === 'string' && pseudonymise) value = pseudonymise(value)
      out[column.name] = value
    }
    for (const rule of rules) {
      if (rule.readIndexes.some((at) => failed[at])) continue
      const problem = rule.check(out)
      if (problem) {
        const at = indexOf(problem.column)
        cellIssue(row, at, cells[at] ?? '', problem.code, problem.params)
      }
    }
    if (kodeIndex >= 0 && !failed[kodeIndex]) checkRegion(row, out.kode_desa as string)
    if (keyIndexes.length > 0 && keyIndexes.every((at) => !failed[at])) checkKey(row, out)
    if (errorCount > before) rejectedRows++
    else rows.push(out)
  }

  function checkRegion(row: number, kode: string): void {
    const region = regions.get(kode)
    if (!region) cellIssue(row, kodeIndex, kode, 'unknown_desa', {})
    else if (def.isDesaOnly && region.jenis !== 'desa') {
      cellIssue(row, kodeIndex, kode, 'kelurahan_not_allowed', { kind: def.kind })
    }
  }

  function checkKey(row: number, out: ImportRow): void {
    const key = def.key.map((name) => String(out[name])).join('|')
    const first = firstRowOfKey.get(key)
    if (first === undefined) firstRowOfKey.set(key, row)
    else
      cellIssue(row, kodeIndex, String(out.kode_desa), 'duplicate_key', {
        tahun: String(out.tahun),
        first_row: first,
      })
  }

  return {
    add(records, lineIssues = []) {
      // Both lists are in row order; merging keeps `errors` in file order.
      let next = 0
      for (const record of records) {
        while (next < lineIssues.length && (lineIssues[next] as ImportIssue).row < record.row) {
          rejectedRows++
          report(lineIssues[next++] as ImportIssue)
        }
        checkRecord(record)
      }
      for (; next < lineIssues.length; next++) {
        rejectedRows++
        report(lineIssues[next] as ImportIssue)
      }
    },
    takeRows() {
      const taken = rows
      rows = []
      return taken
    },
    result: () => ({ rows, errors, errorCount, countsByCode: { ...countsByCode }, rejectedRows }),
  }
}

/** Checks all `records` of one file at once (tests, small files). */
export function validateRows(records: readonly CsvRecord[], options: ValidateOptions): ValidationResult {
  const validator = createRowValidator(options)
  validator.add(records)
  return validator.result()
}
