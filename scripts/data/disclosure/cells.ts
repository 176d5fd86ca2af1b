/**
 * The elementary cells of the published household counts (`terbit.sel_keluarga`, migration
 * 20261204100200): the households of one desa and year that share every attribute a published count
 * looks at. Each household count and both person counts of indicators.csv, and every row of
 * program-combinations.csv, is the sum of the cells {@link CELL_COUNTS} names, so the publish step rounds
 * the cells and sums them (docs/disclosure-control.md).
 */
import { CELL_COUNT_ENTRIES } from '../../../src/indicators/dictionary/counts.ts'
import { type CellFacts, matchesCell } from '../../../src/indicators/dictionary/matches-cell.ts'
import { offsetFor } from './block-rounding.ts'

/** What names an elementary cell: its desa, year and the attributes its households share. */
export interface CellAttributes extends CellFacts {
  kode: string
  tahun: number
}

/** One elementary cell before disclosure control: its households and their members. */
export interface RawCell extends CellAttributes {
  jumlah_kk: number
  jumlah_jiwa: number
}

/** One cell as disclosure control rounded it: what the publish step sums (never published itself). */
export interface RoundedCell extends CellAttributes {
  kk_terbit: number
  jiwa_terbit: number
}

/** Which cells a count sums, and whether it counts households or their members. */
export interface CellCount {
  unit: 'kk' | 'jiwa'
  holds: (cell: CellAttributes) => boolean
}

/**
 * Every count that is a sum of cells, by its name in `terbit.indikator_mentah`: the household and person
 * counts of the dictionary (src/indicators/dictionary/counts.ts), whose predicates SQL reads too.
 */
export const CELL_COUNTS: Readonly<Record<string, CellCount>> = Object.fromEntries(
  CELL_COUNT_ENTRIES.map((count) => [
    count.id,
    { unit: count.unit, holds: (cell: CellAttributes) => matchesCell(count.where, cell) },
  ]),
)

/** The households of one combination of programs (a row of program-combinations.csv). */
export const combinationCount = (kombinasi: string): CellCount => ({
  unit: 'kk',
  holds: (cell) => cell.kombinasi === kombinasi,
})

/** The attributes of a cell, as one string: names the cell within its desa and year. */
export function cellId(cell: CellAttributes): string {
  return [
    cell.desil ?? '-',
    cell.miskin ? 'm' : '-',
    cell.miskin_ekstrem ? 'e' : '-',
    cell.mata_pencaharian ?? '-',
    cell.kombinasi,
    cell.terlarang ? 't' : '-',
    cell.lintas_desa ? 'l' : '-',
  ].join('|')
}

/**
 * The rounding offset (0 … base − 1) of one cell under `key`: a keyed hash of its desa and attributes, so
 * cells get independent offsets (their errors do not pile up in a sum), and the same cell gets the same
 * one in every year (a cell that did not change publishes the same value, so years cannot be averaged).
 * Households and members of one cell share it, so members ≥ households holds in the rounded cell too.
 */
export function cellOffset(key: string, cell: CellAttributes): number {
  return offsetFor(key, cell.kode, cellId(cell))
}

const CELL_COLUMNS = [
  'kode',
  'tahun',
  'desil',
  'miskin',
  'miskin_ekstrem',
  'mata_pencaharian',
  'kombinasi',
  'jumlah_program',
  'terlarang',
  'lintas_desa',
  'kk_terbit',
  'jiwa_terbit',
] as const

/**
 * The rounded cells as CSV, for the build's own checks (the attack's self-check in `npm test` and `npm run
 * bench`): no true count, only what the publish step summed. Not published: finer than any public count.
 */
export function formatRoundedCells(cells: readonly RoundedCell[]): string {
  const flag = (value: boolean): string => (value ? '1' : '0')
  const lines = cells.map((cell) =>
    [
      cell.kode,
      cell.tahun,
      cell.desil ?? '',
      flag(cell.miskin),
      flag(cell.miskin_ekstrem),
      cell.mata_pencaharian ?? '',
      cell.kombinasi,
      cell.jumlah_program,
      flag(cell.terlarang),
      flag(cell.lintas_desa),
      cell.kk_terbit,
      cell.jiwa_terbit,
    ].join(','),
  )
  return `${[CELL_COLUMNS.join(','), ...lines].join('\n')}\n`
}

/** Reads {@link formatRoundedCells} back; throws on a header or a row it did not write. */
export function parseRoundedCells(text: string): RoundedCell[] {
  const [header, ...lines] = text.trimEnd().split('\n')
  if (header !== CELL_COLUMNS.join(',')) throw new Error(`not a rounded-cells file: header "${header}"`)
  return lines.map((line, index) => {
    const fields = line.split(',')
    if (fields.length !== CELL_COLUMNS.length) {
      throw new Error(
        `rounded-cells line ${index + 2}: ${fields.length} fields, expected ${CELL_COLUMNS.length}`,
      )
    }
    const [kode, tahun, desil, miskin, ekstrem, mata, kombinasi, jumlah, terlarang, lintas, kk, jiwa] =
      fields as string[] as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    return {
      kode,
      tahun: Number(tahun),
      desil: desil === '' ? null : (desil as CellFacts['desil']),
      miskin: miskin === '1',
      miskin_ekstrem: ekstrem === '1',
      mata_pencaharian: mata === '' ? null : mata,
      kombinasi,
      jumlah_program: Number(jumlah),
      terlarang: terlarang === '1',
      lintas_desa: lintas === '1',
      kk_terbit: Number(kk),
      jiwa_terbit: Number(jiwa),
    }
  })
}
