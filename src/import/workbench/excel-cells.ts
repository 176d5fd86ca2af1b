/**
 * What Excel does to cells, undone before the contract's rules read them: a leading apostrophe (typed to
 * keep a NIK as text), `="…"` (the formula trick some exports use for the same), dates as serial numbers
 * (days since 1899-12-30, Excel's 1900 system with its leap-year bug) or as DD/MM/YYYY (Indonesian
 * regional settings). Numbers in scientific notation (`6.40801E+15`) are left as they are: their digits
 * are lost, so parse-value.ts refuses them with a hint to format the column as Text. A village code written
 * without dots (`6408012001`, as many Kemendagri and Dinas PMD lists and Excel's number columns hold it) is
 * given the contract's dots (`64.08.01.2001`); the region list then decides whether it exists.
 */
import type { ColumnRule } from '../import-kinds.ts'

/** Excel's day 0 in its 1900 date system, as a UTC timestamp (serial 60, 1900-02-29, never existed). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000
/** Serials read as dates: 1 (1900-01-01) to 109574 (2199-12-31); a birth date is far inside. */
const MAX_SERIAL = 109_574
const SERIAL = /^\d{1,6}(?:\.0+)?$/
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const FORMULA_TEXT = /^="(.*)"$/
/** A 10-digit Kemendagri village code without dots: province, kabupaten, kecamatan, village. */
const UNDOTTED_KODE = /^(\d{2})(\d{2})(\d{2})(\d{4})$/

/** `text` without the Excel wrapping of a number kept as text. */
function unwrap(text: string): string {
  if (text.startsWith("'")) return text.slice(1).trim()
  const formula = FORMULA_TEXT.exec(text)
  return formula ? (formula[1] as string).trim() : text
}

/** An Excel serial day or a DD/MM/YYYY date as `YYYY-MM-DD`; anything else unchanged (the rule decides). */
function toIsoDate(text: string): string {
  if (SERIAL.test(text)) {
    const serial = Math.floor(Number(text))
    if (serial >= 1 && serial <= MAX_SERIAL && serial !== 60) {
      // Serials before the phantom 1900-02-29 are one day early in Excel's count.
      const days = serial < 60 ? serial + 1 : serial
      return new Date(EXCEL_EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10)
    }
    return text
  }
  const dayFirst = DAY_FIRST.exec(text)
  if (!dayFirst) return text
  const [, day, month, year] = dayFirst as unknown as [string, string, string, string]
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}

/** Cleans one trimmed cell of a column with `rule`. */
export function cleanExcelCell(text: string, rule: ColumnRule): string {
  if (text === '') return text
  const plain = unwrap(text)
  if (rule.type === 'date') return toIsoDate(plain)
  if (rule.type === 'kode_desa') return plain.replace(UNDOTTED_KODE, '$1.$2.$3.$4')
  return plain
}
