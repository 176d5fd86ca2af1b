import type { ValueStatus } from '../../data/indicators.ts'
import type { CriterionDirection } from '../criteria.ts'
import type { PriorityColumn, PriorityTable, PriorityVillage } from '../priority-table.ts'

/** A cell of the fixture: a number, or a status other than `ada`. */
export type FixtureCell = number | Exclude<ValueStatus, 'ada'>

/** One fixture village: its code suffix (A, B…) and a cell per indicator. */
export interface FixtureVillage {
  name: string
  jenis?: 'desa' | 'kelurahan'
  kecamatan?: string
  cells: Record<string, FixtureCell>
}

const DIRECTIONS: Record<string, CriterionDirection | 'neutral'> = {
  persen_kk_desil_1_4: 'higher-is-worse',
  persen_kk_desil_1: 'higher-is-worse',
  persen_kk_miskin_ekstrem: 'higher-is-worse',
  persen_penduduk_miskin: 'higher-is-worse',
  kk_miskin: 'higher-is-worse',
  cakupan_pkh: 'higher-is-better',
  cakupan_bpnt: 'higher-is-better',
  cakupan_blt_dd: 'higher-is-better',
  cakupan_pbi_jkn: 'higher-is-better',
  cakupan_pip: 'higher-is-better',
  dana_desa_per_kk_miskin: 'higher-is-better',
  skor_idm: 'higher-is-better',
  status_idm: 'higher-is-better',
  persen_petani_miskin: 'neutral',
  persen_nelayan_miskin: 'neutral',
  persen_umkm_miskin: 'neutral',
}

/**
 * A small priority table made by hand: villages `64.08.01.2001`, `…2002`… in the given order, named
 * after `name`, in kecamatan `64.08.01` unless told otherwise. Directions follow `indicators.json`.
 */
export function makePriorityTable(rows: readonly FixtureVillage[]): PriorityTable {
  const villages: PriorityVillage[] = rows.map((row, index) => {
    const kecamatan = row.kecamatan ?? '64.08.01'
    return {
      kode: `${kecamatan}.${2001 + index}`,
      nama: row.name,
      kecamatan_kode: kecamatan,
      kecamatan_nama: `Kecamatan ${kecamatan.slice(-2)}`,
      jenis: row.jenis ?? 'desa',
    }
  })
  const ids = [...new Set(rows.flatMap((row) => Object.keys(row.cells)))]
  const columns = new Map<string, PriorityColumn>()
  for (const id of ids) {
    const cells = rows.map((row) => row.cells[id] ?? 'tidak_ada')
    columns.set(id, {
      values: cells.map((cell) => (typeof cell === 'number' ? cell : null)),
      statuses: cells.map((cell) => (typeof cell === 'number' ? 'ada' : cell)),
    })
  }
  return { villages, columns, directions: new Map(Object.entries(DIRECTIONS)) }
}
