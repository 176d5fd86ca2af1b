import { describe, expect, it } from 'vitest'
import type { ImportKind } from './import-kinds.ts'
import { idmStatusFor, type ParsedRow, ROW_RULES, type RowProblem } from './row-rules.ts'

/** Every problem the rules of `kind` find in `row`. */
function problemsOf(kind: ImportKind, row: ParsedRow): RowProblem[] {
  return ROW_RULES[kind].flatMap((rule) => rule.check(row) ?? [])
}

const danaDesa = (change: Partial<Record<string, number | null>> = {}): ParsedRow => ({
  pagu: 1000,
  alokasi_dasar: 400,
  alokasi_afirmasi: 100,
  alokasi_kinerja: 100,
  alokasi_formula: 400,
  pagu_blt_dd: 250,
  realisasi_tahap_1: 400,
  realisasi_tahap_2: 400,
  realisasi_tahap_3: 200,
  dasar_penduduk: 900,
  dasar_penduduk_miskin: 120,
  ...change,
})

const idm = (skor_idm: number, status: string): ParsedRow => ({
  skor_idm,
  iks: 0.7,
  ike: 0.6,
  ikl: 0.65,
  status,
})

describe('ROW_RULES', () => {
  it.each([
    ['keluarga: extreme poverty with poverty', 'keluarga', { miskin: true, miskin_ekstrem: true }, []],
    ['keluarga: neither', 'keluarga', { miskin: false, miskin_ekstrem: false }, []],
    [
      'keluarga: extreme poverty without poverty',
      'keluarga',
      { miskin: false, miskin_ekstrem: true },
      [{ column: 'miskin_ekstrem', code: 'extreme_not_poor', params: {} }],
    ],
    ['penerima: only a KK number', 'penerima_bantuan', { id_keluarga: 'a', nik: null }, []],
    ['penerima: only a NIK', 'penerima_bantuan', { id_keluarga: null, nik: 'b' }, []],
    [
      'penerima: neither number',
      'penerima_bantuan',
      { id_keluarga: null, nik: null },
      [{ column: 'id_keluarga', code: 'identity_missing', params: {} }],
    ],
    ['penduduk: the sexes add up', 'penduduk', { jumlah_penduduk: 10, laki_laki: 6, perempuan: 4 }, []],
    [
      'penduduk: the sexes do not add up',
      'penduduk',
      { jumlah_penduduk: 11, laki_laki: 6, perempuan: 4 },
      [
        {
          column: 'jumlah_penduduk',
          code: 'sum_mismatch',
          params: { terms: 'laki_laki + perempuan', sum: 10 },
        },
      ],
    ],
  ] as const)('checks %s', (_, kind, row, expected) => {
    expect(problemsOf(kind, row)).toEqual(expected)
  })

  it.each([
    ['a consistent row', {}, []],
    ['realisation exactly the pagu', { realisasi_tahap_3: 200 }, []],
    [
      'components that do not add up to the pagu',
      { alokasi_formula: 401 },
      [
        {
          column: 'pagu',
          code: 'sum_mismatch',
          params: {
            terms: 'alokasi_dasar + alokasi_afirmasi + alokasi_kinerja + alokasi_formula',
            sum: 1001,
          },
        },
      ],
    ],
    [
      'BLT-DD above the pagu',
      { pagu_blt_dd: 1001 },
      [
        {
          column: 'pagu_blt_dd',
          code: 'exceeds',
          params: { terms: 'pagu_blt_dd', sum: 1001, limit_column: 'pagu', limit: 1000 },
        },
      ],
    ],
    [
      'realisation above the pagu',
      { realisasi_tahap_3: 201 },
      [
        {
          column: 'realisasi_tahap_3',
          code: 'exceeds',
          params: {
            terms: 'realisasi_tahap_1 + realisasi_tahap_2 + realisasi_tahap_3',
            sum: 1001,
            limit_column: 'pagu',
            limit: 1000,
          },
        },
      ],
    ],
    [
      'more poor residents than residents in the data dasar',
      { dasar_penduduk_miskin: 901 },
      [
        {
          column: 'dasar_penduduk_miskin',
          code: 'exceeds',
          params: { terms: 'dasar_penduduk_miskin', sum: 901, limit_column: 'dasar_penduduk', limit: 900 },
        },
      ],
    ],
    ['no data dasar population (optional)', { dasar_penduduk: null }, []],
    ['no data dasar poor population (optional)', { dasar_penduduk_miskin: null }, []],
  ] as const)('checks dana_desa: %s', (_, change, expected) => {
    expect(problemsOf('dana_desa', danaDesa(change))).toEqual(expected)
  })

  it.each([
    ['the exact mean', idm(0.65, 'berkembang'), []],
    ['the mean within 0.0002', idm(0.6502, 'berkembang'), []],
    [
      'a score 0.0003 off the mean',
      idm(0.6503, 'berkembang'),
      [{ column: 'skor_idm', code: 'idm_mean', params: { mean: '0.6500' } }],
    ],
    [
      'a status the score does not earn',
      idm(0.65, 'maju'),
      [{ column: 'status', code: 'idm_status', params: { score: 0.65, expected: 'berkembang' } }],
    ],
  ])('checks idm: %s', (_, row, expected) => {
    expect(problemsOf('idm', row)).toEqual(expected)
  })
})

describe('idmStatusFor()', () => {
  it.each([
    [0.9, 'mandiri'],
    [0.8156, 'mandiri'],
    [0.8155, 'maju'],
    [0.7073, 'maju'],
    [0.7072, 'berkembang'],
    [0.5989, 'tertinggal'],
    [0.4908, 'tertinggal'],
    [0.4907, 'sangat_tertinggal'],
    [0, 'sangat_tertinggal'],
  ])('gives %f the status %s (a score must be above a threshold)', (score, status) => {
    expect(idmStatusFor(score)).toBe(status)
  })
})
