import { describe, expect, it } from 'vitest'
import type { GroundTruth, PlantedAnomaly } from '../demo/ground-truth.ts'
import type { RawIndicatorRow } from './disclosure/raw-figures.ts'
import {
  compareDuplicateCounts,
  type DuplicateCounts,
  duplicateCountsOf,
  expectedDuplicateCounts,
} from './verify-demo.ts'

function makeAnomaly(kind: PlantedAnomaly['kind'], tahun: number, rowCount: number): PlantedAnomaly {
  const rows = Array.from({ length: rowCount }, (_, index) => ({
    file: 'penerima_bantuan.csv' as const,
    row: index + 1,
    values: {} as PlantedAnomaly['rows'][number]['values'],
  }))
  return { id: `${kind}-${tahun}`, kind, tahun, description: '', rows }
}

function makeGroundTruth(anomalies: PlantedAnomaly[]): GroundTruth {
  return {
    seed: 1,
    counts: {
      duplicate_nik_across_villages: 0,
      repeated_row: 0,
      disallowed_combination: 0,
      near_duplicate_name: 0,
    },
    anomalies,
  }
}

const counts = (a: number, b: number, c: number): DuplicateCounts => ({
  duplikat_dalam_program: a,
  kk_kombinasi_terlarang: b,
  kk_duplikat_lintas_desa: c,
})

describe('expectedDuplicateCounts()', () => {
  it('counts an extra row per repeat, a household per combination and every head listed twice', () => {
    const truth = makeGroundTruth([
      makeAnomaly('repeated_row', 2024, 2),
      makeAnomaly('repeated_row', 2024, 3),
      makeAnomaly('disallowed_combination', 2024, 2),
      makeAnomaly('duplicate_nik_across_villages', 2023, 2),
      makeAnomaly('near_duplicate_name', 2023, 2),
    ])
    expect(expectedDuplicateCounts(truth)).toEqual(
      new Map([
        [2024, counts(3, 1, 0)],
        [2023, counts(0, 0, 2)],
      ]),
    )
  })
})

describe('compareDuplicateCounts()', () => {
  it.each([
    ['agree', new Map([[2024, counts(1, 2, 2)]]), new Map([[2024, counts(1, 2, 2)]]), []],
    [
      'a planted anomaly the figures miss',
      new Map([[2024, counts(0, 2, 2)]]),
      new Map([[2024, counts(1, 2, 2)]]),
      ['2024 duplikat_dalam_program: the figures count 0, the ground truth planted 1'],
    ],
    [
      'a flag in a year nothing was planted',
      new Map([[2019, counts(0, 1, 0)]]),
      new Map<number, DuplicateCounts>(),
      ['2019 kk_kombinasi_terlarang: the figures count 1, the ground truth planted 0'],
    ],
  ])('reports when they %s', (_case, found, expected, problems) => {
    expect(compareDuplicateCounts(found, expected)).toEqual(problems)
  })
})

/** A raw count as terbit.indikator_mentah gives it (only the fields the check reads matter). */
function rawCount(
  kode: string,
  level: RawIndicatorRow['level'],
  tahun: number,
  name: string,
  value: number | null,
): RawIndicatorRow {
  return {
    kode,
    level,
    tahun,
    indikator: name,
    berlaku: true,
    nilai: value,
    pembilang_nama: name,
    pembilang: value,
    pembilang_rahasia: true,
    penyebut_nama: null,
    penyebut: null,
    penyebut_rahasia: false,
    skala: null,
  }
}

describe('duplicateCountsOf()', () => {
  it('reads the kabupaten numerators of the three counts per year, a missing value as 0', () => {
    const rows = [
      rawCount('64.08', 'kabupaten', 2024, 'duplikat_dalam_program', 3),
      rawCount('64.08', 'kabupaten', 2024, 'kk_kombinasi_terlarang', 1),
      rawCount('64.08', 'kabupaten', 2024, 'kk_duplikat_lintas_desa', null),
      rawCount('64.08', 'kabupaten', 2023, 'kk_duplikat_lintas_desa', 2),
      // Another level, region or count is not read.
      rawCount('64.08.01', 'kecamatan', 2024, 'duplikat_dalam_program', 9),
      rawCount('64.74', 'kabupaten', 2024, 'kk_kombinasi_terlarang', 9),
      rawCount('64.08', 'kabupaten', 2024, 'kk_penerima', 9),
    ]
    expect(duplicateCountsOf(rows, '64.08')).toEqual(
      new Map([
        [2024, counts(3, 1, 0)],
        [2023, counts(0, 0, 2)],
      ]),
    )
  })
})
