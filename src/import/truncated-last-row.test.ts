import { describe, expect, it } from 'vitest'
import { KINDS } from './import-kinds.ts'
import { makePseudonymiser } from './pseudonymise.ts'
import { readImport } from './read-import.ts'
import { makeCsv, makeCsvRow, makeRegions } from './testing/make-rows.ts'
import { canBeCutShort } from './truncated-last-row.ts'

const options = {
  fileName: 'bantuan.csv',
  regions: makeRegions(),
  pseudonymise: makePseudonymiser('test-key-not-secret-0001'),
  today: '2025-06-30',
}

/** A penerima_bantuan file whose last row's nilai_rp (the last column) is `last`, ending with `ending`. */
function aidFile(last: string, ending: string): string {
  const rows = [makeCsvRow('penerima_bantuan', 1), makeCsvRow('penerima_bantuan', 2, { nilai_rp: last })]
  return makeCsv('penerima_bantuan', rows).replace(/\n$/, ending)
}

describe('the last row of a file without a final line break', () => {
  it('is refused as possibly truncated when its last cell is a number (7500000 cut to 750)', () => {
    const result = readImport(aidFile('750', ''), { ...options, kind: 'penerima_bantuan' })
    expect(result.rows.map((row) => row.baris)).toEqual([1])
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'bantuan.csv',
        row: 3,
        column: 'nilai_rp',
        value: '750',
        code: 'possibly_truncated',
      }),
    ])
    expect([result.errorCount, result.rejectedRows, result.canDropRejected]).toEqual([1, 1, true])
  })

  it.each([
    ['a line break', '\n'],
    ['a Windows line break', '\r\n'],
    ['a line break and trailing blanks', '\n  '],
  ])('is accepted when the file ends with %s', (_, ending) => {
    const result = readImport(aidFile('7500000', ending), { ...options, kind: 'penerima_bantuan' })
    expect([result.rows.length, result.errors]).toEqual([2, []])
  })

  it('is accepted when its last cell is quoted and closed', () => {
    const text = aidFile('7500000', '').replace(/7500000$/, '"7500000"')
    const result = readImport(text, { ...options, kind: 'penerima_bantuan' })
    expect([result.rows.length, result.errors]).toEqual([2, []])
  })

  it('is accepted when the last column cannot be cut and stay valid (a date)', () => {
    const text = makeCsv('keluarga', [makeCsvRow('keluarga', 1)]).replace(/\n$/, '')
    const result = readImport(text, { ...options, kind: 'keluarga' })
    expect([result.rows.length, result.errors]).toEqual([1, []])
  })

  it('is judged by the column that is last in the file, not in the contract', () => {
    const columns = KINDS.keluarga.columns.map((column) => column.name)
    const reordered = [...columns.filter((name) => name !== 'desil'), 'desil']
    const text = makeCsv('keluarga', [makeCsvRow('keluarga', 1)], reordered).replace(/\n$/, '')
    const result = readImport(text, { ...options, kind: 'keluarga' })
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'desil', code: 'possibly_truncated' }),
    ])
  })
})

describe('canBeCutShort()', () => {
  it.each([
    ['keluarga', 'id_keluarga', false],
    ['keluarga', 'kode_desa', false],
    ['keluarga', 'periode', false],
    ['keluarga', 'miskin', false],
    ['keluarga', 'mata_pencaharian', false],
    ['keluarga', 'tanggal_lahir_kepala', false],
    ['idm', 'status', false],
    ['keluarga', 'nama_kepala', true],
    ['penerima_bantuan', 'nilai_rp', true],
    ['penerima_bantuan', 'tanggal_lahir', true],
    ['idm', 'skor_idm', true],
  ] as const)('%s.%s → %s', (kind, name, expected) => {
    const column = KINDS[kind].columns.find((def) => def.name === name)
    expect(column && canBeCutShort(column)).toBe(expected)
  })
})
