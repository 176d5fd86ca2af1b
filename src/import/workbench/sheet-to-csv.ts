/**
 * One worksheet of an XLSX file as CSV text, row for row (spreadsheet row n is line n, blank rows kept),
 * so the CSV path reads it with the same row numbers Excel shows. Cells are written as Excel holds them:
 * numbers as plain digits, dates as `YYYY-MM-DD`, formulas as their cached result, rich text as its text.
 */
import type { CellValue, Worksheet } from 'exceljs'
import Papa from 'papaparse'

/** A cell value as text. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'number') {
    // Up to 2^53 a JS number prints its integer digits exactly; larger ones Excel already rounded.
    return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value)
  }
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as CellValue)
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value) return String(value.text)
    if ('error' in value) return String(value.error)
  }
  return String(value)
}

/** The sheet's used rows as CSV (comma, RFC 4180 quoting, final line break). */
export function sheetToCsv(sheet: Worksheet): string {
  const rows: string[][] = []
  const width = sheet.columnCount
  for (let row = 1; row <= sheet.rowCount; row++) {
    const cells: string[] = []
    const sheetRow = sheet.getRow(row)
    for (let column = 1; column <= width; column++) cells.push(cellText(sheetRow.getCell(column).value))
    rows.push(cells)
  }
  return `${Papa.unparse(rows, { delimiter: ',', newline: '\n' })}\n`
}
