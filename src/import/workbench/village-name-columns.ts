/**
 * The two columns a planner's file may hold instead of `kode_desa`: the village's name and its
 * kecamatan's. They are the workbench's, not the contract's: the reader turns them into `kode_desa`
 * (resolve-village-names.ts) before the kind's rules see the row, so the database only ever gets codes.
 */
import { type ColumnDef, type ImportKind, KINDS } from '../import-kinds.ts'

/** Longest village or kecamatan name read; Kemendagri's longest are under 40 characters. */
const MAX_NAME_LENGTH = 100

const nameColumn = (name: string): ColumnDef => ({
  name,
  rule: { type: 'text', minLength: 1, maxLength: MAX_NAME_LENGTH },
  isOptional: false,
  isPersonal: false,
  isPseudonymised: false,
})

/** The village's name (desa or kelurahan), matched to `public.regions`. */
export const NAMA_DESA = nameColumn('nama_desa')
/** Its kecamatan's name: when mapped, a village name is matched only within it. */
export const NAMA_KECAMATAN = nameColumn('nama_kecamatan')

/** True when `kind`'s rows name a village (so a file may name it instead of coding it). */
export function hasVillage(kind: ImportKind): boolean {
  return KINDS[kind].columns.some((column) => column.name === 'kode_desa')
}

/** The columns a mapping for `kind` may choose: the kind's own, then the village names where it has one. */
export function mappableColumns(kind: ImportKind): readonly ColumnDef[] {
  const own = KINDS[kind].columns
  return hasVillage(kind) ? [...own, NAMA_DESA, NAMA_KECAMATAN] : own
}

/** True when `mapping` names villages instead of coding them: a name column and no code column. */
export function isByName(mapping: readonly (string | null)[]): boolean {
  return mapping.includes(NAMA_DESA.name) && !mapping.includes('kode_desa')
}
