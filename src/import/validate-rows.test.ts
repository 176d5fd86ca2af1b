import { describe, expect, it } from 'vitest'
import type { ImportKind } from './import-kinds.ts'
import { makePseudonymiser } from './pseudonymise.ts'
import { type CsvRow, makeCsvRow, makeRegions, toRecord } from './testing/make-rows.ts'
import { createRowValidator, type ValidateOptions, validateRows } from './validate-rows.ts'

const TODAY = '2025-06-30'
const pseudonymise = makePseudonymiser('test-key-not-secret-0001')

function optionsFor(kind: ImportKind, change: Partial<ValidateOptions> = {}): ValidateOptions {
  return { kind, fileName: `${kind}.csv`, regions: makeRegions(), pseudonymise, today: TODAY, ...change }
}

/** Validates `rows` as data rows 2, 3, ... of a file of `kind`. */
function check(kind: ImportKind, rows: readonly CsvRow[], change: Partial<ValidateOptions> = {}) {
  return validateRows(
    rows.map((row, index) => toRecord(kind, row, index + 2)),
    optionsFor(kind, change),
  )
}

describe('validateRows()', () => {
  it('turns a good keluarga row into a typed row with pseudonymised numbers and its data row', () => {
    const { rows, errors } = check('keluarga', [makeCsvRow('keluarga', 1)])
    expect(errors).toEqual([])
    expect(rows).toEqual([
      {
        baris: 1,
        id_keluarga: pseudonymise('9901000000000001'),
        kode_desa: '99.01.01.2001',
        periode: 2024,
        desil: 2,
        jumlah_anggota: 4,
        mata_pencaharian: 'petani',
        miskin: true,
        miskin_ekstrem: false,
        nik_kepala: pseudonymise('9902000000000001'),
        nama_kepala: 'Kepala Contoh',
        tanggal_lahir_kepala: '1980-03-12',
      },
    ])
  })

  it('stores an empty optional cell as null', () => {
    const { rows } = check('penerima_bantuan', [
      makeCsvRow('penerima_bantuan', 1, { nama: '', tanggal_lahir: '' }),
    ])
    expect(rows[0]).toMatchObject({ nik: null, nama: null, tanggal_lahir: null })
  })

  it.each([
    ['an unknown desa code', 'keluarga', { kode_desa: '99.01.09.2001' }, 'kode_desa', 'unknown_desa'],
    ['desil 11', 'keluarga', { desil: '11' }, 'desil', 'integer_range'],
    ['an empty required cell', 'keluarga', { nama_kepala: '' }, 'nama_kepala', 'required'],
    [
      '30 February',
      'keluarga',
      { tanggal_lahir_kepala: '2024-02-30' },
      'tanggal_lahir_kepala',
      'invalid_date',
    ],
    [
      'a day/month/year date',
      'keluarga',
      { tanggal_lahir_kepala: '12/03/1980' },
      'tanggal_lahir_kepala',
      'not_date',
    ],
    [
      'extreme poverty without poverty',
      'keluarga',
      { miskin: '0', miskin_ekstrem: '1' },
      'miskin_ekstrem',
      'extreme_not_poor',
    ],
    ['a negative amount', 'penerima_bantuan', { nilai_rp: '-1' }, 'nilai_rp', 'integer_min'],
    ['neither KK nor NIK', 'penerima_bantuan', { id_keluarga: '' }, 'id_keluarga', 'identity_missing'],
    ['a negative count', 'penduduk', { jumlah_kk: '-3' }, 'jumlah_kk', 'integer_min'],
    ['sexes that do not add up', 'penduduk', { perempuan: '491' }, 'jumlah_penduduk', 'sum_mismatch'],
    ['a kelurahan in idm.csv', 'idm', { kode_desa: '99.01.01.1001' }, 'kode_desa', 'kelurahan_not_allowed'],
    [
      'a kelurahan in dana_desa.csv',
      'dana_desa',
      { kode_desa: '99.01.01.1001' },
      'kode_desa',
      'kelurahan_not_allowed',
    ],
    ['BLT-DD above the pagu', 'dana_desa', { pagu_blt_dd: '1000000001' }, 'pagu_blt_dd', 'exceeds'],
  ] as const)('refuses %s and names its file, row and column', (_, kind, change, column, code) => {
    const { rows, errors, errorCount, rejectedRows } = check(kind, [
      makeCsvRow(kind, 1),
      makeCsvRow(kind, 2, change),
    ])
    expect(rows).toHaveLength(1)
    expect(errors).toEqual([expect.objectContaining({ file: `${kind}.csv`, row: 3, column, code })])
    expect([errorCount, rejectedRows]).toEqual([1, 1])
  })

  it('accepts a kelurahan in keluarga.csv and penduduk.csv', () => {
    const change = { kode_desa: '99.01.01.1001' }
    expect(check('keluarga', [makeCsvRow('keluarga', 1, change)]).errors).toEqual([])
    expect(check('penduduk', [makeCsvRow('penduduk', 1, change)]).errors).toEqual([])
  })

  it('collects every problem of a row and skips rules whose cells already failed', () => {
    const { errors } = check('penduduk', [
      makeCsvRow('penduduk', 1, { laki_laki: 'x', tahun: '1999', jumlah_kk: '' }),
    ])
    expect(errors.map((issue) => [issue.column, issue.code])).toEqual([
      ['tahun', 'year_range'],
      ['laki_laki', 'not_integer'],
      ['jumlah_kk', 'required'],
    ])
  })

  it('refuses a second row for the same kode_desa and tahun in a public file, pointing at the first', () => {
    const row = makeCsvRow('dana_desa', 1)
    const { errors } = check('dana_desa', [row, makeCsvRow('dana_desa', 2), row])
    expect(errors).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'kode_desa',
        code: 'duplicate_key',
        params: { tahun: '2019', first_row: 2 },
      }),
    ])
  })

  it('masks a malformed NIK in the issue so no raw number is kept', () => {
    const { errors } = check('keluarga', [makeCsvRow('keluarga', 1, { nik_kepala: '640801010180000' })])
    expect(errors[0]?.value).toBe('•••••••••••0000')
  })

  it('lists at most maxIssues problems but counts them all', () => {
    const rows = Array.from({ length: 30 }, (_, index) => makeCsvRow('keluarga', index, { desil: '0' }))
    const result = check('keluarga', rows, { maxIssues: 5 })
    expect([result.errors.length, result.errorCount, result.rejectedRows]).toEqual([5, 30, 30])
  })

  it('counts every problem by code, also those beyond the listed ones', () => {
    const rows = Array.from({ length: 30 }, (_, index) =>
      makeCsvRow('keluarga', index, index < 20 ? { desil: '0' } : { jumlah_anggota: 'x' }),
    )
    const result = check('keluarga', rows, { maxIssues: 5 })
    expect(result.errors.map((issue) => issue.code)).toEqual(Array(5).fill('integer_range'))
    expect(result.countsByCode).toEqual({ integer_range: 20, not_integer: 10 })
  })

  it('refuses to check personal data without a pseudonymiser', () => {
    expect(() => createRowValidator(optionsFor('keluarga', { pseudonymise: undefined }))).toThrow(
      /pseudonymiser/,
    )
  })

  it('merges rows the CSV reader refused into the issues in file order', () => {
    const validator = createRowValidator(optionsFor('penduduk'))
    const lineIssue = {
      file: 'penduduk.csv',
      row: 3,
      column: '',
      value: '',
      code: 'field_count' as const,
      params: {},
    }
    validator.add(
      [
        toRecord('penduduk', makeCsvRow('penduduk', 1, { jumlah_kk: '-1' }), 2),
        toRecord('penduduk', makeCsvRow('penduduk', 2, { jumlah_kk: '-1' }), 4),
      ],
      [lineIssue],
    )
    expect(validator.result().errors.map((issue) => issue.row)).toEqual([2, 3, 4])
    expect(validator.result().rejectedRows).toBe(3)
  })
})
