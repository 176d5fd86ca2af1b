/**
 * The elementary cells of the published household counts (`terbit.sel_keluarga`, migration
 * 20261204100000): the households of one desa and year that share every attribute a published count
 * looks at. Each household count and both person counts of indicators.csv, and every row of
 * program-combinations.csv, is the sum of the cells {@link CELL_COUNTS} names, so the publish step rounds
 * the cells and sums them (docs/disclosure-control.md).
 */
import { offsetFor } from './block-rounding.ts'

/** Desil group of a cell: the groups the published counts tell apart (null: no desil). */
export type DesilGroup = '1' | '2' | '3-4' | '5-10'

/** What names an elementary cell: its desa, year and the attributes its households share. */
export interface CellAttributes {
  kode: string
  tahun: number
  desil: DesilGroup | null
  miskin: boolean
  miskin_ekstrem: boolean
  /** Livelihood of a poor household (petani, nelayan, umkm, lainnya); null for the others. */
  mata_pencaharian: string | null
  /** Programs held, codes sorted and joined with `+`; '' for none. */
  kombinasi: string
  jumlah_program: number
  terlarang: boolean
  lintas_desa: boolean
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

const inDesil =
  (...groups: DesilGroup[]) =>
  (cell: CellAttributes): boolean =>
    cell.desil !== null && groups.includes(cell.desil)
const DESIL_1_4 = inDesil('1', '2', '3-4')
const holdsProgram = (cell: CellAttributes, program: string): boolean =>
  cell.kombinasi.split('+').includes(program)
const households = (holds: CellCount['holds']): CellCount => ({ unit: 'kk', holds })
const coverage = (program: string): CellCount =>
  households((cell) => DESIL_1_4(cell) && holdsProgram(cell, program))
const poorIn = (livelihood: string): CellCount =>
  households((cell) => cell.miskin && cell.mata_pencaharian === livelihood)

/** Every count that is a sum of cells, by its name in `terbit.indikator_mentah`. */
export const CELL_COUNTS: Readonly<Record<string, CellCount>> = {
  kk_dtsen: households(() => true),
  anggota_dtsen: { unit: 'jiwa', holds: () => true },
  kk_desil_1: households(inDesil('1')),
  kk_desil_1_2: households(inDesil('1', '2')),
  kk_desil_1_4: households(DESIL_1_4),
  kk_miskin: households((cell) => cell.miskin),
  // The poor households of a desa (none of a kelurahan): the denominator of Dana Desa per poor household.
  kk_miskin_desa: households((cell) => cell.miskin),
  penduduk_miskin: { unit: 'jiwa', holds: (cell) => cell.miskin },
  kk_miskin_ekstrem: households((cell) => cell.miskin_ekstrem),
  kk_miskin_petani: poorIn('petani'),
  kk_miskin_nelayan: poorIn('nelayan'),
  kk_miskin_umkm: poorIn('umkm'),
  kk_desil_1_4_pkh: coverage('PKH'),
  kk_desil_1_4_bpnt: coverage('BPNT'),
  kk_desil_1_4_blt_dd: coverage('BLT_DD'),
  kk_desil_1_4_pbi_jkn: coverage('PBI_JKN'),
  kk_desil_1_4_pip: coverage('PIP'),
  kk_penerima: households((cell) => cell.jumlah_program > 0),
  kk_penerima_desil_5_10: households((cell) => cell.jumlah_program > 0 && inDesil('5-10')(cell)),
  kk_desil_1_2_tanpa_bantuan: households((cell) => cell.jumlah_program === 0 && inDesil('1', '2')(cell)),
  kk_bantuan_ganda: households((cell) => cell.jumlah_program >= 2),
  kk_kombinasi_terlarang: households((cell) => cell.terlarang),
  kk_duplikat_lintas_desa: households((cell) => cell.lintas_desa),
}

/** The households of one combination of programs (a row of program-combinations.csv). */
export const combinationCount = (kombinasi: string): CellCount =>
  households((cell) => cell.kombinasi === kombinasi)

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
      desil: desil === '' ? null : (desil as DesilGroup),
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
