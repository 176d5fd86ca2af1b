import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { createI18n } from '../../i18n/i18n.ts'
import type { Language } from '../../lib/language.ts'
import { buildTableCsv, formatCsvNumber, getTableCsvFileName, type TableCsvInput } from './table-csv.ts'
import { DEFAULT_TABLE_QUERY, type TableRow } from './table-rows.ts'

function makeRow(kode: string, nama: string, value: number | null): TableRow {
  return {
    kode,
    nama,
    kecamatanKode: '64.08.01',
    kecamatanNama: 'Muara Ancalong',
    value,
    status: value === null ? 'ditahan' : 'ada',
    classIndex: value === null ? null : value < 20 ? 0 : 1,
    rank:
      value === null
        ? { kind: 'not-ranked', reason: 'ditahan', total: 3 }
        : { kind: 'ranked', rank: value < 20 ? 2 : 1, rankedCount: 2, total: 3, isTied: false },
  }
}

function makeInput(language: Language, overrides: Partial<TableCsvInput> = {}): TableCsvInput {
  const i18n = createI18n(language)
  return {
    rows: [
      makeRow('64.08.01.2001', 'Long; "Baru"', 25.25),
      makeRow('64.08.01.2002', 'Kelinjau', 12.5),
      makeRow('64.08.01.2003', 'Senyiur', null),
    ],
    indicator: {
      id: 'persen_kk_desil_1_4',
      label: { id: 'Persentase KK desil 1–4', en: 'Share of decile 1–4 households' },
      unit: { id: '%', en: '%' },
      decimals: 1,
      synthetic: true,
      direction: 'higher-is-worse',
    },
    tahun: 2023,
    level: 'desa',
    breaks: { thresholds: [20], min: 12.5, max: 25.25 },
    classificationLabel: 'Jenks, 2',
    query: DEFAULT_TABLE_QUERY,
    kecamatanName: null,
    snapshotId: '64.08-20261201T000000Z-abc',
    attribution: ['Batas desa: contoh (MIT), baris satu'],
    language,
    t: (key, options) => i18n.t(key, options),
    ...overrides,
  }
}

/** The data part of a CSV (no `#` notes), parsed back. */
function parseData(csv: string, delimiter: string): string[][] {
  const data = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => !line.startsWith('#') && line !== '')
    .join('\r\n')
  return Papa.parse<string[]>(data, { delimiter }).data
}

/** The English header of a table of villages. */
const ENGLISH_VILLAGE_HEADER = [
  'Code',
  'Village',
  'District',
  'Value',
  'Unit',
  'Class',
  'Status',
  'Rank',
  'Indicator',
  'Year',
]

describe('buildTableCsv()', () => {
  it('writes Indonesian headers, semicolons and decimal commas, quoting a name that needs it', () => {
    expect(parseData(buildTableCsv(makeInput('id')), ';')).toEqual([
      [
        'Kode',
        'Desa/kelurahan',
        'Kecamatan',
        'Nilai',
        'Satuan',
        'Kelas',
        'Status',
        'Peringkat',
        'Indikator',
        'Tahun',
      ],
      [
        '64.08.01.2001',
        'Long; "Baru"',
        'Muara Ancalong',
        '25,3',
        '%',
        '2 dari 2',
        'Ada',
        '1',
        'persen_kk_desil_1_4',
        '2023',
      ],
      [
        '64.08.01.2002',
        'Kelinjau',
        'Muara Ancalong',
        '12,5',
        '%',
        '1 dari 2',
        'Ada',
        '2',
        'persen_kk_desil_1_4',
        '2023',
      ],
      [
        '64.08.01.2003',
        'Senyiur',
        'Muara Ancalong',
        '',
        '',
        '',
        'Ditahan (jumlah kecil)',
        'Tidak diperingkat: ditahan (jumlah kecil)',
        'persen_kk_desil_1_4',
        '2023',
      ],
    ])
  })

  it('writes English headers, commas and decimal points', () => {
    const rows = parseData(buildTableCsv(makeInput('en')), ',')
    expect(rows[0]).toEqual(ENGLISH_VILLAGE_HEADER)
    expect(rows[2]).toEqual([
      '64.08.01.2002',
      'Kelinjau',
      'Muara Ancalong',
      '12.5',
      '%',
      '1 of 2',
      'Present',
      '2',
      'persen_kk_desil_1_4',
      '2023',
    ])
  })

  it('quotes a field holding the delimiter or a quote, doubling the quote', () => {
    expect(buildTableCsv(makeInput('id'))).toContain('"Long; ""Baru"""')
  })

  it('keeps the rows in the order given', () => {
    const input = makeInput('id')
    const reversed = { ...input, rows: [...input.rows].reverse() }
    expect(
      parseData(buildTableCsv(reversed), ';')
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(['Senyiur', 'Kelinjau', 'Long; "Baru"'])
  })

  it('names the indicator, year, unit, filter, order, row count, snapshot and sources in note lines', () => {
    const csv = buildTableCsv(
      makeInput('id', {
        query: { text: 'kel', kecamatan: '64.08.01', sort: 'value', isDescending: true },
        kecamatanName: 'Muara Ancalong',
      }),
    )
    const notes = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((line) => line.startsWith('#'))
    expect(notes).toEqual([
      '# Indikator: Persentase KK desil 1–4 (persen_kk_desil_1_4)',
      '# Tahun: 2023',
      '# Satuan: %',
      '# Tingkat: Desa',
      '# Klasifikasi: Jenks, 2',
      '# Saringan: teks “kel”, kecamatan Muara Ancalong',
      '# Urutan: Nilai, turun',
      '# Baris: 3',
      '# Snapshot data: 64.08-20261201T000000Z-abc',
      '# Sumber: Batas desa: contoh (MIT), baris satu',
      '# Format: pemisah kolom titik koma, desimal koma, baris diawali # adalah keterangan.',
      '# Perhatian: nilai per desa adalah data demo sintetis, bukan data nyata.',
    ])
  })

  it('leaves out the district column when the rows are districts', () => {
    const rows = parseData(buildTableCsv(makeInput('en', { level: 'kecamatan' })), ',')
    expect(rows[0]).toEqual(ENGLISH_VILLAGE_HEADER.filter((column) => column !== 'Village'))
  })

  it('writes only the header for an empty table', () => {
    expect(parseData(buildTableCsv(makeInput('en', { rows: [] })), ',')).toHaveLength(1)
  })
})

describe('formatCsvNumber()', () => {
  it.each([
    { value: 1234567.891, decimals: 2, language: 'id', expected: '1234567,89' },
    { value: 1234567.891, decimals: 2, language: 'en', expected: '1234567.89' },
    { value: 1500000000, decimals: 0, language: 'id', expected: '1500000000' },
    { value: -0.5, decimals: 1, language: 'id', expected: '-0,5' },
    { value: null, decimals: 1, language: 'en', expected: '' },
  ] as const)(
    'writes $value with $decimals decimals in $language as $expected',
    ({ value, decimals, language, expected }) => {
      expect(formatCsvNumber(value, decimals, language)).toBe(expected)
    },
  )
})

describe('getTableCsvFileName()', () => {
  it.each([
    { id: 'persen_kk_desil_1_4', tahun: 2023, level: 'desa', expected: 'persen_kk_desil_1_4-2023-desa.csv' },
    { id: 'luas_km2', tahun: null, level: 'kecamatan', expected: 'luas_km2-kecamatan.csv' },
  ] as const)('names the file $expected', ({ id, tahun, level, expected }) => {
    expect(getTableCsvFileName(id, tahun, level)).toBe(expected)
  })
})
