import { describe, expect, it } from 'vitest'
import type { GroundTruth } from '../demo/ground-truth.ts'
import type { PenerimaBantuanRow } from '../demo/types.ts'
import { type DetectedPair, scoreDuplicates } from './score-duplicates.ts'

function makeRow(
  nama: string,
  kode_desa: string,
  overrides: Partial<PenerimaBantuanRow> = {},
): PenerimaBantuanRow {
  return {
    program: 'PIP',
    tahun: 2024,
    id_keluarga: null,
    nik: '6408011111110001',
    nama,
    tanggal_lahir: '2012-01-01',
    kode_desa,
    nilai_rp: 450_000,
    ...overrides,
  }
}

const original = makeRow('Nurhalizah', '64.08.01.2001')
const listed = makeRow('Nurhailzah', '64.08.02.2001')
const repeated = makeRow('Andi Baharuddin', '64.08.03.2001', { program: 'PKH' })

const TRUTH: GroundTruth = {
  seed: 1,
  counts: {
    duplicate_nik_across_villages: 0,
    repeated_row: 1,
    disallowed_combination: 0,
    near_duplicate_name: 1,
  },
  anomalies: [
    {
      id: 'A001',
      kind: 'near_duplicate_name',
      tahun: 2024,
      description: '',
      rows: [
        { file: 'penerima_bantuan.csv', row: 1, values: original },
        { file: 'penerima_bantuan.csv', row: 2, values: listed },
      ],
    },
    {
      id: 'A002',
      kind: 'repeated_row',
      tahun: 2024,
      description: '',
      rows: [
        { file: 'penerima_bantuan.csv', row: 3, values: repeated },
        { file: 'penerima_bantuan.csv', row: 4, values: repeated },
      ],
    },
  ],
}

const pair = (jenis: DetectedPair['jenis'], a: PenerimaBantuanRow, b: PenerimaBantuanRow): DetectedPair => ({
  jenis,
  a,
  b,
})

describe('scoreDuplicates()', () => {
  it('finds every planted pair whatever the order of its rows', () => {
    const result = scoreDuplicates(TRUTH, [
      pair('mirip', listed, original),
      pair('persis', repeated, repeated),
    ])
    expect(result.exact).toEqual({ planted: 1, found: 1, falsePairs: 0, recall: 1, falseShare: 0 })
    expect(result.fuzzy).toEqual({ planted: 1, found: 1, falsePairs: 0, recall: 1, falseShare: 0 })
  })

  it('counts a pair that was not planted as false, and a planted one not reported as missed', () => {
    const stranger = makeRow('Hasan Tang', '64.08.04.2001')
    const result = scoreDuplicates(TRUTH, [pair('mirip', original, stranger)])
    expect(result.fuzzy).toEqual({ planted: 1, found: 0, falsePairs: 1, recall: 0, falseShare: 1 })
    expect(result.exact).toMatchObject({ found: 0, recall: 0, falseShare: 0 })
  })
})
