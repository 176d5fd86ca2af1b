/**
 * Disclosure control of every published figure, a pure transformation of the rows the publish step read
 * (docs/disclosure-control.md):
 * 1. each protected count of each desa/kelurahan and year (a part marked `rahasia`, and every combination
 *    of programs) is rounded by {@link roundCount} with the village-year's secret offset;
 * 2. the counts that ARE sums of combinations (households with two or more programs, with a disallowed
 *    combination, with any program) are the sums of the rounded combinations;
 * 3. every kecamatan and kabupaten count is the sum of its rounded desa counts, so a total minus its
 *    visible parts gives back only published numbers;
 * 4. every ratio is recomputed from its rounded parts and rounded to its published decimals; a share
 *    whose rounded protected denominator is below {@link MIN_DENOMINATOR} is withheld (`ditahan`).
 * Public administrative figures (population, area, IDM, Dana Desa) pass unchanged.
 */

import { BuildError } from '../build-error.ts'
import type { IndicatorRow } from '../export-indicators.ts'
import type { CombinationRow } from '../export-programs.ts'
import { offsetFor, roundCount } from './block-rounding.ts'
import type { RawCombinationRow, RawFigures, RawIndicatorRow } from './raw-figures.ts'

/** A share needs at least this many households (published) in its denominator to mean anything. */
export const MIN_DENOMINATOR = 5

/** Counts that are sums of combination rows of the same village and year, and which rows they sum. */
const COMBINATION_SUMS: Record<string, (row: RawCombinationRow) => boolean> = {
  kk_penerima: () => true,
  kk_bantuan_ganda: (row) => row.jumlah_program >= 2,
  kk_kombinasi_terlarang: (row) => row.terlarang,
}

/** The figures as published. */
export interface ProtectedFigures {
  indicators: IndicatorRow[]
  combinations: CombinationRow[]
}

/** The kecamatan and kabupaten a desa code belongs to (64.08.01.2001 → 64.08.01, 64.08). */
function ancestorsOf(kode: string): string[] {
  const parts = kode.split('.')
  return [parts.slice(0, 3).join('.'), parts.slice(0, 2).join('.')]
}

const cellKey = (name: string, kode: string, tahun: number): string => `${name}|${kode}|${tahun}`

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

/** Sums rounded desa counts into every level, and checks that the raw counts add up the same way. */
class CountTable {
  private readonly published = new Map<string, number>()
  private readonly raw = new Map<string, number>()

  addLeaf(name: string, kode: string, tahun: number, raw: number, published: number): void {
    const key = cellKey(name, kode, tahun)
    const known = this.raw.get(key)
    if (known !== undefined) {
      if (known !== raw) {
        throw new BuildError(`count ${name} of ${kode} in ${tahun} has two values (${known}, ${raw})`, {
          hint: 'terbit.indikator_mentah must name one count with one name',
        })
      }
      return
    }
    for (const target of [kode, ...ancestorsOf(kode)]) {
      const targetKey = cellKey(name, target, tahun)
      this.raw.set(targetKey, (this.raw.get(targetKey) ?? 0) + raw)
      this.published.set(targetKey, (this.published.get(targetKey) ?? 0) + published)
    }
  }

  /** The published value of a count at any level; checks the raw value is the sum of its desa. */
  valueOf(name: string, kode: string, tahun: number, raw: number): number {
    const key = cellKey(name, kode, tahun)
    const summed = this.raw.get(key)
    if (summed === undefined || Math.abs(summed - raw) > 1e-6) {
      throw new BuildError(
        `count ${name} of ${kode} in ${tahun} is ${raw}, but its desa add up to ${summed ?? 'nothing'}`,
        { hint: 'disclosure control needs every protected count to be a sum over desa' },
      )
    }
    return this.published.get(key) ?? 0
  }
}

/** Applies disclosure control; `decimals` gives each indicator's published decimals. */
export function protectFigures(raw: RawFigures, decimals: ReadonlyMap<string, number>): ProtectedFigures {
  if (raw.key.length < 32) {
    throw new BuildError('the disclosure key is missing or shorter than 32 characters', {
      hint: 'terbit.kunci_publikasi holds one per database (migration 20261203100000)',
    })
  }
  const offsets = new Map<string, number>()
  const offset = (kode: string, tahun: number): number => {
    const key = `${kode}|${tahun}`
    let value = offsets.get(key)
    if (value === undefined) {
      value = offsetFor(raw.key, kode, tahun)
      offsets.set(key, value)
    }
    return value
  }
  const combinationCounts = new CountTable()
  const counts = new CountTable()
  const combinationSums = new Map<string, { raw: number; published: number }>()
  for (const row of raw.combinations) {
    if (row.level !== 'desa') continue
    const published = roundCount(row.jumlah_kk, offset(row.kode, row.tahun))
    combinationCounts.addLeaf(row.kombinasi, row.kode, row.tahun, row.jumlah_kk, published)
    for (const [name, holds] of Object.entries(COMBINATION_SUMS)) {
      if (!holds(row)) continue
      const key = cellKey(name, row.kode, row.tahun)
      const sum = combinationSums.get(key) ?? { raw: 0, published: 0 }
      combinationSums.set(key, { raw: sum.raw + row.jumlah_kk, published: sum.published + published })
    }
  }
  const addLeaf = (name: string, kode: string, tahun: number, value: number): void => {
    if (name in COMBINATION_SUMS) {
      const sum = combinationSums.get(cellKey(name, kode, tahun))
      if (!sum || sum.raw !== value) {
        throw new BuildError(
          `${name} of ${kode} in ${tahun} is ${value}, its combinations add up to ${sum?.raw ?? 'nothing'}`,
          { hint: 'terbit.kombinasi_mentah and terbit.indikator_mentah disagree' },
        )
      }
      counts.addLeaf(name, kode, tahun, value, sum.published)
    } else counts.addLeaf(name, kode, tahun, value, roundCount(value, offset(kode, tahun)))
  }
  for (const row of raw.indicators) {
    if (row.level !== 'desa') continue
    if (row.pembilang_rahasia && row.pembilang !== null)
      addLeaf(row.pembilang_nama, row.kode, row.tahun, row.pembilang)
    if (row.penyebut_rahasia && row.penyebut !== null && row.penyebut_nama !== null)
      addLeaf(row.penyebut_nama, row.kode, row.tahun, row.penyebut)
  }
  return {
    indicators: raw.indicators.map((row) => protectIndicator(row, counts, decimals)),
    combinations: raw.combinations.map((row) => ({
      kode: row.kode,
      level: row.level,
      tahun: row.tahun,
      kombinasi: row.kombinasi,
      jumlah_program: row.jumlah_program,
      jumlah_kk: combinationCounts.valueOf(row.kombinasi, row.kode, row.tahun, row.jumlah_kk),
      status: 'ada',
      terlarang: row.terlarang,
    })),
  }
}

function protectIndicator(
  row: RawIndicatorRow,
  counts: CountTable,
  decimals: ReadonlyMap<string, number>,
): IndicatorRow {
  const base = { kode: row.kode, level: row.level, tahun: row.tahun, indikator: row.indikator }
  if (!row.berlaku) return { ...base, nilai: null, status: 'tidak_berlaku' }
  if (!row.pembilang_rahasia && !row.penyebut_rahasia) {
    return row.nilai === null
      ? { ...base, nilai: null, status: 'tidak_ada' }
      : { ...base, nilai: roundTo(row.nilai, 4), status: 'ada' }
  }
  const part = (name: string | null, value: number | null, isProtected: boolean): number | null => {
    if (value === null || name === null) return null
    return isProtected ? counts.valueOf(name, row.kode, row.tahun, value) : value
  }
  const numerator = part(row.pembilang_nama, row.pembilang, row.pembilang_rahasia)
  if (row.penyebut_nama === null) {
    return numerator === null
      ? { ...base, nilai: null, status: 'tidak_ada' }
      : { ...base, nilai: numerator, status: 'ada' }
  }
  const denominator = part(row.penyebut_nama, row.penyebut, row.penyebut_rahasia)
  if (numerator === null || denominator === null || row.skala === null) {
    return { ...base, nilai: null, status: 'tidak_ada' }
  }
  if (row.penyebut_rahasia && denominator < MIN_DENOMINATOR) {
    return { ...base, nilai: null, status: 'ditahan' }
  }
  if (denominator === 0) return { ...base, nilai: null, status: 'tidak_ada' }
  const places = decimals.get(row.indikator) ?? 4
  return { ...base, nilai: roundTo((numerator * row.skala) / denominator, places), status: 'ada' }
}
