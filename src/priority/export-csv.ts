import { buildCsvFile } from '../lib/csv-file.ts'
import type { ExportTable } from './export-table.ts'

/**
 * The export as CSV in the app's one dialect (src/lib/csv-file.ts): the settings as `# label: value`
 * notes, a blank line, then the table with a header row.
 */
export function buildCsv(table: ExportTable): string {
  return buildCsvFile({ notes: table.settings, header: table.header, rows: table.rows })
}
