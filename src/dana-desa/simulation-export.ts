/**
 * The simulator's export: every desa's published and simulated allocation, with the settings and the
 * snapshot id written into the file so that it says what it was computed from. CSV (UTF-8, `#` lines of
 * metadata before the header, which papaparse's `comments: '#'` and most tools skip) and XLSX (sheet
 * `simulasi` with the rows, sheet `parameter` with the settings), both built here; the caller downloads.
 */
import type { Workbook } from 'exceljs'
import { buildCsvFile } from '../lib/csv-file.ts'
import type { Simulation } from './simulate.ts'
import { COMPONENTS, FORMULA_VARIABLES, type SimulatorSettings } from './simulator-settings.ts'

/** What the file says about where it comes from. */
export interface ExportContext {
  snapshotId: string
  /** The address that reproduces the simulation. */
  link: string
  /** Names by kode, for readers who do not know the codes. */
  names: ReadonlyMap<string, { nama: string; kecamatan: string }>
}

/** Columns of the rows, in file order. */
export const EXPORT_COLUMNS = [
  'kode',
  'nama',
  'kecamatan',
  'pagu_resmi',
  'pagu_simulasi',
  'selisih',
  'selisih_persen',
  'alokasi_dasar_simulasi',
  'alokasi_afirmasi_simulasi',
  'alokasi_kinerja_simulasi',
  'alokasi_formula_simulasi',
] as const

/** One exported row; rupiah whole, the percentage to 2 decimals. */
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>

/** The rows, sorted by change (largest gain first), then kode. */
export function buildExportRows(simulation: Simulation, context: ExportContext): ExportRow[] {
  return [...simulation.villages]
    .sort((a, b) => b.change - a.change || (a.kode < b.kode ? -1 : 1))
    .map((village) => ({
      kode: village.kode,
      nama: context.names.get(village.kode)?.nama ?? '',
      kecamatan: context.names.get(village.kode)?.kecamatan ?? '',
      pagu_resmi: village.published.pagu,
      pagu_simulasi: village.simulated.pagu,
      selisih: village.change,
      selisih_persen: village.changePercent === null ? null : Math.round(village.changePercent * 100) / 100,
      alokasi_dasar_simulasi: village.simulated.alokasi_dasar,
      alokasi_afirmasi_simulasi: village.simulated.alokasi_afirmasi,
      alokasi_kinerja_simulasi: village.simulated.alokasi_kinerja,
      alokasi_formula_simulasi: village.simulated.alokasi_formula,
    }))
}

/** The settings as `[parameter, value]` pairs; percentages as numbers of percent, rupiah whole. */
export function describeSettings(settings: SimulatorSettings): [string, number | string][] {
  return [
    ...COMPONENTS.map((component): [string, number] => [
      `bagian_persen.${component}`,
      settings.shares[component] / 100,
    ]),
    ...FORMULA_VARIABLES.map((variable): [string, number] => [
      `bobot_formula_persen.${variable}`,
      settings.weights[variable] / 100,
    ]),
    ...settings.bands.map((band, index): [string, string] => [
      `pita_penduduk.${index + 1}`,
      `${band.max_penduduk === null ? '>' : '≤'} ${band.max_penduduk ?? settings.bands[index - 1]?.max_penduduk ?? 0}: Rp ${band.amount}`,
    ]),
    ['afirmasi_rp.tertinggal', settings.afirmasi.tertinggal],
    ['afirmasi_rp.sangat_tertinggal', settings.afirmasi.sangat_tertinggal],
    ['afirmasi_atas_persen', settings.afirmasiTopBp / 100],
    ['kinerja_penerima_persen', settings.kinerjaBp / 100],
  ]
}

/** Metadata lines of both formats: snapshot, year, total, link, then the settings. */
function metadata(
  simulation: Simulation,
  settings: SimulatorSettings,
  context: ExportContext,
): [string, number | string][] {
  return [
    ['snapshot_id', context.snapshotId],
    ['tahun', simulation.tahun],
    ['total_rp', simulation.total],
    ['tautan', context.link],
    ...describeSettings(settings),
  ]
}

/** The CSV text. */
export function formatSimulationCsv(
  simulation: Simulation,
  settings: SimulatorSettings,
  context: ExportContext,
): string {
  const rows = buildExportRows(simulation, context)
  return buildCsvFile({
    notes: metadata(simulation, settings, context),
    header: EXPORT_COLUMNS,
    rows: rows.map((row) => EXPORT_COLUMNS.map((column) => row[column] ?? '')),
  })
}

/** The workbook: `simulasi` (rows, header frozen, rupiah formatted) and `parameter`. `ExcelJS` is passed in so the browser can load it lazily. */
export function buildSimulationWorkbook(
  ExcelJS: { Workbook: new () => Workbook },
  simulation: Simulation,
  settings: SimulatorSettings,
  context: ExportContext,
): Workbook {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Peta Prioritas Desa'
  const sheet = workbook.addWorksheet('simulasi', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    header: column,
    key: column,
    width: column === 'nama' || column === 'kecamatan' ? 22 : 18,
    style:
      column.startsWith('pagu') || column.startsWith('alokasi') || column === 'selisih'
        ? { numFmt: '#,##0' }
        : {},
  }))
  for (const row of buildExportRows(simulation, context)) sheet.addRow(row)
  const parameters = workbook.addWorksheet('parameter')
  parameters.columns = [
    { header: 'parameter', key: 'parameter', width: 34 },
    { header: 'nilai', key: 'nilai', width: 60 },
  ]
  for (const [parameter, nilai] of metadata(simulation, settings, context))
    parameters.addRow({ parameter, nilai })
  return workbook
}
