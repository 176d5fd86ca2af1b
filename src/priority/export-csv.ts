import Papa from 'papaparse'
import type { ExportTable } from './export-table.ts'

/**
 * The export as CSV: first the settings as `# label: value` comment lines (read back with
 * `comment='#'` in pandas, or skipped by eye in a spreadsheet), a blank line, then the table with a
 * header row. A byte-order mark makes Excel read the file as UTF-8 (Indonesian names, en dashes).
 */
export function buildCsv(table: ExportTable): string {
  const comments = table.settings.map(([label, value]) => `# ${label}: ${value.replace(/\r?\n/g, ' ')}`)
  const body = Papa.unparse({ fields: table.header, data: table.rows }, { newline: '\r\n' })
  return `\uFEFF${comments.join('\r\n')}\r\n\r\n${body}\r\n`
}
