import type { Workbook } from 'exceljs'
import { loadExcelJs } from '../lib/load-exceljs.ts'
import type { ExportTable } from './export-table.ts'

/** Sheet names and document title of the workbook, in the export language. */
export interface XlsxLabels {
  rankingSheet: string
  settingsSheet: string
  title: string
  settingHeader: [string, string]
}

/**
 * The export as an XLSX workbook (exceljs, loaded only when asked for): a ranking sheet with a frozen,
 * bold header row and a settings sheet with every setting and the snapshot id. The snapshot id is
 * also written into the document properties (subject), so it travels with the file.
 */
export async function buildXlsx(
  table: ExportTable,
  labels: XlsxLabels,
  snapshotId: string,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs()
  const workbook: Workbook = new ExcelJS.Workbook()
  workbook.creator = 'Peta Prioritas Desa'
  workbook.title = labels.title
  workbook.subject = snapshotId

  const ranking = workbook.addWorksheet(labels.rankingSheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  ranking.addRow(table.header).font = { bold: true }
  for (const row of table.rows) ranking.addRow(row)
  ranking.columns.forEach((column, index) => {
    column.width = index === 2 || index === 4 ? 24 : index === 7 ? 48 : 16
  })
  ranking.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } }

  const settings = workbook.addWorksheet(labels.settingsSheet)
  settings.addRow([labels.title]).font = { bold: true, size: 13 }
  settings.addRow(labels.settingHeader).font = { bold: true }
  for (const entry of table.settings) settings.addRow(entry)
  settings.getColumn(1).width = 44
  settings.getColumn(2).width = 110
  settings.getColumn(2).alignment = { wrapText: true, vertical: 'top' }

  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
