/**
 * The formula inputs (data dasar) and the published allocation of one year, read from the published
 * indicators: `dasar_*` per desa (defined once in SQL, migration 20261201110000) and `dana_desa` with its
 * four components. Nothing is estimated here: a desa whose inputs are not all published is listed in
 * `incomplete` and the year cannot be simulated exactly.
 */
import type { IndicatorIndex } from '../data/indicators.ts'
import type { DanaDesaAllocation, DanaDesaVillage, IdmStatus } from './formula.ts'

/** The `dasar_status_idm` codes (as `status_idm`): 1 sangat tertinggal … 5 mandiri. */
const STATUS_BY_CODE: Readonly<Record<number, IdmStatus>> = {
  1: 'sangat_tertinggal',
  2: 'tertinggal',
  3: 'berkembang',
  4: 'maju',
  5: 'mandiri',
}

/** One year ready for the simulator. */
export interface FormulaYear {
  tahun: number
  /** The desa with a published allocation and every input, sorted by kode. */
  villages: DanaDesaVillage[]
  /** Their published allocations, same order. */
  published: DanaDesaAllocation[]
  /** Sum of the published pagu: the total the simulator shares out again. */
  total: number
  /** Desa with a published allocation but a missing (or withheld) input, by kode, with the input named. */
  incomplete: { kode: string; missing: string }[]
}

/** What a village needs to be read: its code and whether it is a desa (kelurahan receive no Dana Desa). */
export interface VillageKind {
  kode: string
  jenis: 'desa' | 'kelurahan'
}

const INPUTS = [
  'dasar_penduduk',
  'dasar_penduduk_miskin',
  'dasar_luas_km2',
  'dasar_ikg',
  'dasar_status_idm',
] as const
const ALLOCATION = ['alokasi_dasar', 'alokasi_afirmasi', 'alokasi_kinerja', 'alokasi_formula'] as const

/** Years whose allocations come with published formula inputs, ascending. */
export function formulaYears(index: IndicatorIndex): number[] {
  const withInputs = new Set(index.yearsOf('dasar_penduduk'))
  return index.yearsOf('dana_desa').filter((tahun) => withInputs.has(tahun))
}

/** Reads one year's inputs and allocations for the desa among `villages`. */
export function readFormulaYear(
  index: IndicatorIndex,
  villages: readonly VillageKind[],
  tahun: number,
): FormulaYear {
  const value = (kode: string, indikator: string): number | null => {
    const entry = index.value(kode, tahun, indikator)
    return entry?.status === 'ada' ? entry.nilai : null
  }
  const result: FormulaYear = { tahun, villages: [], published: [], total: 0, incomplete: [] }
  const desa = villages.filter((village) => village.jenis === 'desa').sort((a, b) => compare(a.kode, b.kode))
  for (const { kode } of desa) {
    const pagu = value(kode, 'dana_desa')
    if (pagu === null) continue
    const parts = ALLOCATION.map((indikator) => value(kode, indikator))
    const inputs = INPUTS.map((indikator) => value(kode, indikator))
    const missing = [...ALLOCATION, ...INPUTS].find((_, position) => [...parts, ...inputs][position] === null)
    const status = STATUS_BY_CODE[inputs[4] ?? 0]
    if (missing !== undefined || status === undefined) {
      result.incomplete.push({ kode, missing: missing ?? 'dasar_status_idm' })
      continue
    }
    const [penduduk = 0, penduduk_miskin = 0, luas_km2 = 0, ikg = 0] = inputs as number[]
    const [dasar = 0, afirmasi = 0, kinerja = 0, formula = 0] = parts as number[]
    result.villages.push({
      kode,
      penduduk,
      penduduk_miskin,
      luas_km2,
      ikg,
      status_idm: status,
      kinerja_score: value(kode, 'dasar_skor_kinerja'),
    })
    result.published.push({
      kode,
      alokasi_dasar: dasar,
      alokasi_afirmasi: afirmasi,
      alokasi_kinerja: kinerja,
      alokasi_formula: formula,
      pagu,
    })
    result.total += pagu
  }
  return result
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
