import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n/i18n.ts'
import { buildCsv } from './export-csv.ts'
import { buildExportTable, type ExportInput } from './export-table.ts'
import { buildXlsx } from './export-xlsx.ts'
import { defaultPrioritySettings } from './priority-settings.ts'
import { rankVillages } from './rank-villages.ts'
import { makePriorityTable } from './testing/make-priority-table.ts'

const LABELS: Record<string, string> = {
  persen_kk_desil_1_4: 'Persentase KK desil 1–4 (%)',
  cakupan_pkh: 'Cakupan PKH (%)',
}

function makeInput(): ExportInput {
  const table = makePriorityTable([
    { name: 'Sangatta Utara', cells: { persen_kk_desil_1_4: 50.26, cakupan_pkh: 20 } },
    { name: 'Bengalon', cells: { persen_kk_desil_1_4: 30, cakupan_pkh: 10 } },
    { name: 'Kaliorang', cells: { persen_kk_desil_1_4: 'ditahan', cakupan_pkh: 30 } },
  ])
  const settings = { ...defaultPrioritySettings(2025), weights: { persen_kk_desil_1_4: 60, cakupan_pkh: 40 } }
  const i18n = createI18n('id')
  return {
    ranking: rankVillages(table, settings),
    settings,
    snapshotId: '64.08-2026-12-01-abc123',
    regionTitle: 'Kabupaten Kutai Timur',
    exportedAt: '2026-12-01T10:00:00.000Z',
    link: 'https://example.org/prioritas?t=2025&w=persen_kk_desil_1_4:60,cakupan_pkh:40&n=rank',
    isSynthetic: true,
    indicatorLabel: (id) => LABELS[id] ?? id,
    kecamatanName: (kode) => `Kecamatan ${kode}`,
    decimalsOf: () => 1,
    t: (key, options) => i18n.t(key, options),
  }
}

describe('buildExportTable()', () => {
  it('lists ranked villages with every score component, then the unranked with their reason', () => {
    const table = buildExportTable(makeInput())
    expect(table.header).toEqual([
      'Peringkat',
      'Kode wilayah',
      'Desa/kelurahan',
      'Jenis',
      'Kecamatan',
      'Skor (0–100)',
      'Status',
      'Alasan tidak diperingkat',
      'Persentase KK desil 1–4 (%): nilai',
      'Persentase KK desil 1–4 (%): nilai setara (0–1)',
      'Persentase KK desil 1–4 (%): sumbangan (poin)',
      'Cakupan PKH (%): nilai',
      'Cakupan PKH (%): nilai setara (0–1)',
      'Cakupan PKH (%): sumbangan (poin)',
    ])
    // Two ranked: Sangatta Utara (need 1 → 60, coverage 20 vs 10 → 0 → 0) = 60; Bengalon = 0 + 40.
    expect(table.rows).toEqual([
      [
        1,
        '64.08.01.2001',
        'Sangatta Utara',
        'Desa',
        'Kecamatan 01',
        60,
        'diperingkat',
        null,
        50.3,
        1,
        60,
        20,
        0,
        0,
      ],
      [2, '64.08.01.2002', 'Bengalon', 'Desa', 'Kecamatan 01', 40, 'diperingkat', null, 30, 0, 0, 10, 1, 40],
      [
        null,
        '64.08.01.2003',
        'Kaliorang',
        'Desa',
        'Kecamatan 01',
        null,
        'tidak diperingkat',
        'Persentase KK desil 1–4 (%): Ditahan (jumlah kecil)',
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ])
  })

  it('writes the snapshot, year, normalisation, each weight, filters, counts and link into the settings', () => {
    const settings = new Map(buildExportTable(makeInput()).settings)
    expect(settings.get('Snapshot data')).toBe('64.08-2026-12-01-abc123')
    expect(settings.get('Tahun data')).toBe('2025')
    expect(settings.get('Cara menyetarakan nilai')).toMatch(/^Peringkat persentil: /)
    expect(settings.get('Bobot: Cakupan PKH (%)')).toBe('40 (40 % dari skor; makin rendah, makin prioritas)')
    expect(settings.get('Saringan: kecamatan')).toBe('Semua kecamatan')
    expect(settings.get('Jumlah')).toBe('2 diperingkat, 1 tidak diperingkat')
    expect(settings.get('Tautan ke pengaturan ini')).toContain('w=persen_kk_desil_1_4:60,cakupan_pkh:40')
    expect(settings.get('Catatan data')).toContain('sintetis')
  })
})

describe('buildCsv()', () => {
  it('writes the settings as comment lines and a table that parses back to the same rows', () => {
    const table = buildExportTable(makeInput())
    const csv = buildCsv(table)
    expect(
      csv.startsWith('\uFEFF# Wilayah: Kabupaten Kutai Timur\r\n# Snapshot data: 64.08-2026-12-01-abc123'),
    ).toBe(true)
    const parsed = Papa.parse<string[]>(csv.slice(1), { comments: '#', skipEmptyLines: true })
    expect(parsed.data[0]).toEqual(table.header)
    expect(parsed.data[1]?.slice(0, 6)).toEqual([
      '1',
      '64.08.01.2001',
      'Sangatta Utara',
      'Desa',
      'Kecamatan 01',
      '60',
    ])
    expect(parsed.data).toHaveLength(1 + table.rows.length)
  })
})

describe('buildXlsx()', () => {
  it('writes a ranking sheet and a settings sheet that read back with the same cells', async () => {
    const table = buildExportTable(makeInput())
    const bytes = await buildXlsx(
      table,
      {
        rankingSheet: 'Peringkat',
        settingsSheet: 'Pengaturan',
        title: 'Judul',
        settingHeader: ['Pengaturan', 'Nilai'],
      },
      '64.08-2026-12-01-abc123',
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Peringkat', 'Pengaturan'])
    expect(workbook.subject).toBe('64.08-2026-12-01-abc123')
    const ranking = workbook.getWorksheet('Peringkat')
    expect(ranking?.getRow(1).getCell(3).value).toBe('Desa/kelurahan')
    const cells = (row: number): unknown[] =>
      table.header.map((_, column) => ranking?.getRow(row).getCell(column + 1).value ?? null)
    expect(cells(2)).toEqual(table.rows[0])
    expect(cells(4)).toEqual(table.rows[2])
    expect(ranking?.getRow(4).getCell(7).value).toBe('tidak diperingkat')
    const settings = workbook.getWorksheet('Pengaturan')
    const pairs = new Map<string, unknown>()
    settings?.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value))
    expect(pairs.get('Snapshot data')).toBe('64.08-2026-12-01-abc123')
    expect(pairs.get('Tahun data')).toBe('2025')
  })
})
