/**
 * Reads the published figures (`public.indikator_wilayah`) or the planners' unsuppressed ones
 * (`public.indikator_lengkap()`) into plain values a test can compare with a hand-written table.
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { KODE } from './figures-fixture.ts'

/** The status of a figure, as the view publishes it. */
export type Status = 'ada' | 'ditahan' | 'tidak_ada' | 'tidak_berlaku'

/** One published figure; `nilai` is a float (numeric arrives as a string from `pg`, so SQL casts it). */
export interface Figure {
  kode: string
  tahun: number
  indikator: string
  nilai: number | null
  status: Status
}

/** How a table cell states a figure: its value when it has one ('ada'), else its status. */
export type Cell = number | Exclude<Status, 'ada'>

/** The seven regions of the fixture, in the column order of the expectation tables. */
export const FIXTURE_REGIONS = [
  KODE.kelurahanL,
  KODE.desaA,
  KODE.desaB,
  KODE.desaC,
  KODE.hulu,
  KODE.hilir,
  KODE.kabupaten,
] as const

/** One expectation row: an indicator, then its cells for L, A, B, C, Hulu, Hilir and the kabupaten. */
export type FigureRow = readonly [indikator: string, ...cells: [Cell, Cell, Cell, Cell, Cell, Cell, Cell]]

const COLUMNS = `kode, tahun::integer as tahun, indikator, nilai::double precision as nilai, status`

/** Every row of `public.indikator_wilayah`, as the current role sees it. */
export async function readFigures(client: SqlClient): Promise<Figure[]> {
  const { rows } = await client.query<Figure>(
    `select ${COLUMNS} from public.indikator_wilayah order by tahun, indikator, kode collate "C"`,
  )
  return rows
}

/** Every row of `public.indikator_lengkap(tahun)` for the current role (planners only). */
export async function readUnsuppressedFigures(client: SqlClient, tahun: number): Promise<Figure[]> {
  const { rows } = await client.query<Figure>(
    `select ${COLUMNS} from public.indikator_lengkap($1) order by tahun, indikator, kode collate "C"`,
    [tahun],
  )
  return rows
}

/** A lookup over `figures`: the cell of one indicator for one region and year ('missing' if absent). */
export function cellLookup(
  figures: readonly Figure[],
): (tahun: number, kode: string, indikator: string) => Cell | string {
  const cells = new Map(
    figures.map((figure) => [`${figure.tahun}|${figure.kode}|${figure.indikator}`, cellOf(figure)]),
  )
  return (tahun, kode, indikator) => cells.get(`${tahun}|${kode}|${indikator}`) ?? 'missing'
}

/**
 * A figure as a table cell: the value when published, else the reason it is not. A value without status
 * 'ada' (or 'ada' without a value) breaks the view's contract and comes back as a string naming it.
 */
export function cellOf(figure: Pick<Figure, 'nilai' | 'status'>): Cell | string {
  if (figure.status === 'ada') return figure.nilai ?? 'invalid: ada without nilai'
  return figure.nilai === null ? figure.status : `invalid: ${figure.status} with nilai ${figure.nilai}`
}

/** An expectation row as { kode: cell } for the seven fixture regions, so a mismatch names the region. */
export function cellsByRegion(cells: readonly (Cell | string)[]): Record<string, Cell | string> {
  return Object.fromEntries(FIXTURE_REGIONS.map((kode, index) => [kode, cells[index] ?? 'missing']))
}
