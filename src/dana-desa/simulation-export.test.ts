import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { readFormulaYear } from './formula-inputs.ts'
import { simulate } from './simulate.ts'
import {
  buildSimulationWorkbook,
  EXPORT_COLUMNS,
  type ExportContext,
  formatSimulationCsv,
} from './simulation-export.ts'
import { OFFICIAL_SETTINGS, toParameters, updateSettings } from './simulator-settings.ts'
import { makePublishedIndex, makeVillageKinds } from './testing/make-formula-year.ts'

const settings = updateSettings(OFFICIAL_SETTINGS, {
  type: 'set-weight',
  variable: 'penduduk_miskin',
  bp: 6000,
})

function makeSimulation() {
  const year = readFormulaYear(makePublishedIndex(), makeVillageKinds(), 2024)
  const { simulation } = simulate(year, toParameters(settings))
  if (!simulation) throw new Error('the fixture should simulate')
  return simulation
}

const context: ExportContext = {
  snapshotId: '64.08-2026-12-01T00-00-00Z-abc123',
  link: 'https://example.org/dana-desa?bobot=6.67,60,13.33,20',
  names: new Map([['64.08.03.2001', { nama: 'Sangatta Utara', kecamatan: 'Sangatta Utara' }]]),
}

describe('formatSimulationCsv()', () => {
  const text = formatSimulationCsv(makeSimulation(), settings, context)

  it('starts with the snapshot id, the year, the total, the link and every setting', () => {
    // The app's CSV dialect (src/lib/csv-file.ts): a byte-order mark, CRLF lines.
    expect(text.startsWith('\uFEFF# snapshot_id: ')).toBe(true)
    const lines = text
      .slice(1)
      .split('\r\n')
      .filter((line) => line.startsWith('# '))
    expect(lines.slice(0, 4)).toEqual([
      `# snapshot_id: ${context.snapshotId}`,
      '# tahun: 2024',
      '# total_rp: 7000000003',
      `# tautan: ${context.link}`,
    ])
    expect(lines).toContain('# bobot_formula_persen.penduduk_miskin: 60')
    expect(lines).toContain('# bobot_formula_persen.penduduk: 6.67')
    expect(lines).toContain('# afirmasi_rp.sangat_tertinggal: 104280000')
  })

  it('holds one row per desa, sorted by change, summing to the total in both allocations', () => {
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    })
    expect(rows.meta.fields).toEqual([...EXPORT_COLUMNS])
    expect(rows.data).toHaveLength(5)
    const sum = (column: string) => rows.data.reduce((total, row) => total + Number(row[column]), 0)
    expect(sum('pagu_resmi')).toBe(7_000_000_003)
    expect(sum('pagu_simulasi')).toBe(7_000_000_003)
    const changes = rows.data.map((row) => Number(row.selisih))
    expect(changes).toEqual([...changes].sort((a, b) => b - a))
    expect(rows.data.find((row) => row.kode === '64.08.03.2001')?.nama).toBe('Sangatta Utara')
  })
})

describe('buildSimulationWorkbook()', () => {
  it('writes an XLSX whose sheets hold the rows and the settings', async () => {
    const simulation = makeSimulation()
    const buffer = await buildSimulationWorkbook(ExcelJS, simulation, settings, context).xlsx.writeBuffer()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer)
    const rows = workbook.getWorksheet('simulasi')
    expect(rows?.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS])
    expect(rows?.rowCount).toBe(6)
    const first = [...simulation.villages].sort((a, b) => b.change - a.change)[0]
    expect(rows?.getRow(2).getCell('A').value).toBe(first?.kode)
    expect(rows?.getRow(2).getCell('F').value).toBe(first?.change)
    const parameters = workbook.getWorksheet('parameter')
    expect(parameters?.getRow(2).values).toEqual([undefined, 'snapshot_id', context.snapshotId])
    const pairs = new Map(
      (parameters?.getRows(2, (parameters?.rowCount ?? 1) - 1) ?? []).map((row) => [
        row.getCell(1).value,
        row.getCell(2).value,
      ]),
    )
    expect(pairs.get('bobot_formula_persen.penduduk_miskin')).toBe(60)
    expect(pairs.get('tautan')).toBe(context.link)
  })
})
