/**
 * Disclosure control of every published figure, a pure transformation of the rows the publish step read
 * (docs/disclosure-control.md):
 * 1. every elementary cell (households of one desa and year sharing every attribute a published count
 *    looks at, `cells.ts`) is rounded by {@link roundCount} with its own secret offset, its households
 *    and its members alike;
 * 2. every household and person count of a desa/kelurahan, and every combination of programs, is the sum
 *    of its rounded cells, so the published counts agree with each other exactly (parts never exceed
 *    their whole, subsets never exceed their sets) and no relation between them narrows a cell;
 * 3. the other protected counts of a desa (recipients listed per program, duplicate listings) are rounded
 *    on their own, each with its own secret offset per village;
 * 4. every kecamatan and kabupaten count is the sum of its rounded desa counts, so a total minus its
 *    visible parts gives back only published numbers;
 * 5. every ratio is recomputed from its rounded parts and rounded to its published decimals; a share
 *    whose rounded protected denominator is below {@link MIN_DENOMINATOR} is withheld (`ditahan`).
 * Public administrative figures (population, area, IDM, Dana Desa) pass unchanged.
 */

import { BuildError } from '../build-error.ts'
import type { IndicatorRow } from '../export-indicators.ts'
import type { CombinationRow } from '../export-programs.ts'
import { offsetFor, roundCount } from './block-rounding.ts'
import {
  CELL_COUNTS,
  type CellCount,
  cellOffset,
  combinationCount,
  type RawCell,
  type RoundedCell,
} from './cells.ts'
import type { RawFigures, RawIndicatorRow } from './raw-figures.ts'

/** A share needs at least this many households (published) in its denominator to mean anything. */
export const MIN_DENOMINATOR = 5

/** A cell with its true and its rounded households and members. */
type Cell = RawCell & RoundedCell

/** The figures as published, and the rounded cells they were summed from. */
export interface ProtectedFigures {
  indicators: IndicatorRow[]
  combinations: CombinationRow[]
  /** The rounded cells the counts were summed from: never published; the attack's self-check reads them. */
  cells: Cell[]
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

/** The rounded cells of each desa and year, and the sums that make a count of them. */
class CellTable {
  private readonly byVillageYear = new Map<string, Cell[]>()
  readonly cells: Cell[]

  constructor(cells: readonly RawCell[], key: string) {
    this.cells = cells.map((cell) => {
      const offset = cellOffset(key, cell)
      return {
        ...cell,
        kk_terbit: roundCount(cell.jumlah_kk, offset),
        jiwa_terbit: roundCount(cell.jumlah_jiwa, offset),
      }
    })
    for (const cell of this.cells) {
      const villageYear = `${cell.kode}|${cell.tahun}`
      const list = this.byVillageYear.get(villageYear) ?? []
      list.push(cell)
      this.byVillageYear.set(villageYear, list)
    }
  }

  /** The published value of `count` for one desa and year; checks its cells add up to the true `value`. */
  publishedSum(name: string, count: CellCount, kode: string, tahun: number, value: number): number {
    let raw = 0
    let published = 0
    for (const cell of this.byVillageYear.get(`${kode}|${tahun}`) ?? []) {
      if (!count.holds(cell)) continue
      raw += count.unit === 'kk' ? cell.jumlah_kk : cell.jumlah_jiwa
      published += count.unit === 'kk' ? cell.kk_terbit : cell.jiwa_terbit
    }
    if (raw !== value) {
      throw new BuildError(`${name} of ${kode} in ${tahun} is ${value}, but its cells add up to ${raw}`, {
        hint: 'terbit.sel_keluarga and terbit.indikator_mentah / kombinasi_mentah disagree',
      })
    }
    return published
  }
}

/** Applies disclosure control; `decimals` gives each indicator's published decimals. */
export function protectFigures(raw: RawFigures, decimals: ReadonlyMap<string, number>): ProtectedFigures {
  if (raw.key.length < 32) {
    throw new BuildError('the disclosure key is missing or shorter than 32 characters', {
      hint: 'terbit.kunci_publikasi holds one per database (migration 20261203100000)',
    })
  }
  const cells = new CellTable(raw.cells, raw.key)
  const combinationCounts = new CountTable()
  for (const row of raw.combinations) {
    if (row.level !== 'desa') continue
    const name = `kombinasi ${row.kombinasi}`
    const published = cells.publishedSum(
      name,
      combinationCount(row.kombinasi),
      row.kode,
      row.tahun,
      row.jumlah_kk,
    )
    combinationCounts.addLeaf(row.kombinasi, row.kode, row.tahun, row.jumlah_kk, published)
  }
  const counts = new CountTable()
  const addLeaf = (name: string, kode: string, tahun: number, value: number): void => {
    const count = CELL_COUNTS[name]
    const published = count
      ? cells.publishedSum(name, count, kode, tahun, value)
      : roundCount(value, offsetFor(raw.key, kode, name))
    counts.addLeaf(name, kode, tahun, value, published)
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
    cells: cells.cells,
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
