/**
 * Whether an elementary cell (`terbit.sel_keluarga`) belongs to a household count: the TypeScript
 * reading of a {@link CellPredicate}, the same test `private.hitungan_sel` makes in SQL.
 */
import type { CellPredicate, DesilGroup } from './types.ts'

/** The attributes of a cell a predicate looks at. */
export interface CellFacts {
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

/** Whether every attribute `where` states holds for `cell`. */
export function matchesCell(where: CellPredicate, cell: CellFacts): boolean {
  if (where.desil && (cell.desil === null || !where.desil.includes(cell.desil))) return false
  if (where.miskin !== undefined && cell.miskin !== where.miskin) return false
  if (where.miskinEkstrem !== undefined && cell.miskin_ekstrem !== where.miskinEkstrem) return false
  if (where.livelihood !== undefined && cell.mata_pencaharian !== where.livelihood) return false
  if (where.program !== undefined && !cell.kombinasi.split('+').includes(where.program)) return false
  if (where.programs?.min !== undefined && cell.jumlah_program < where.programs.min) return false
  if (where.programs?.max !== undefined && cell.jumlah_program > where.programs.max) return false
  if (where.terlarang !== undefined && cell.terlarang !== where.terlarang) return false
  if (where.lintasDesa !== undefined && cell.lintas_desa !== where.lintasDesa) return false
  return true
}
