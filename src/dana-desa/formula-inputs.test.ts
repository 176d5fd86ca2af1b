import { describe, expect, it } from 'vitest'
import { buildIndicatorIndex } from '../data/indicators.ts'
import { formulaYears, readFormulaYear } from './formula-inputs.ts'
import {
  makeDesaInputs,
  makePublishedIndex,
  makePublishedRows,
  makeVillageKinds,
} from './testing/make-formula-year.ts'

describe('readFormulaYear()', () => {
  it('reads every desa input as published, the status from its code, kelurahan left out', () => {
    const year = readFormulaYear(makePublishedIndex(), makeVillageKinds(), 2024)
    expect(year.villages).toEqual(makeDesaInputs())
    expect(year.incomplete).toEqual([])
  })

  it('takes the total from the published pagu', () => {
    expect(readFormulaYear(makePublishedIndex(2024, 7_000_000_003), makeVillageKinds(), 2024).total).toBe(
      7_000_000_003,
    )
  })

  it.each([
    ['withheld', 'ditahan'],
    ['missing', 'tidak_ada'],
  ] as const)('lists a desa whose poor population is %s as incomplete', (_, status) => {
    const rows = makePublishedRows(makeDesaInputs(), 2024, 5_000_000_000).map((row) =>
      row.kode === '64.08.01.2002' && row.indikator === 'dasar_penduduk_miskin'
        ? { ...row, nilai: null, status }
        : row,
    )
    const year = readFormulaYear(buildIndicatorIndex(rows), makeVillageKinds(), 2024)
    expect(year.incomplete).toEqual([{ kode: '64.08.01.2002', missing: 'dasar_penduduk_miskin' }])
    expect(year.villages.map((village) => village.kode)).not.toContain('64.08.01.2002')
  })

  it('reads a missing performance score as none (no alokasi kinerja), not as incomplete', () => {
    const year = readFormulaYear(makePublishedIndex(), makeVillageKinds(), 2024)
    expect(year.villages[0]?.kinerja_score).toBeNull()
  })

  it('gives an empty year when nothing is published for it', () => {
    const year = readFormulaYear(makePublishedIndex(2024), makeVillageKinds(), 2023)
    expect(year).toEqual({ tahun: 2023, villages: [], published: [], total: 0, incomplete: [] })
  })
})

describe('formulaYears()', () => {
  it('lists the years with both an allocation and its inputs', () => {
    const rows = [
      ...makePublishedRows(makeDesaInputs(), 2024, 5_000_000_000),
      ...makePublishedRows(makeDesaInputs(), 2025, 5_000_000_000).filter(
        (row) => !row.indikator.startsWith('dasar_'),
      ),
    ]
    expect(formulaYears(buildIndicatorIndex(rows))).toEqual([2024])
  })
})
