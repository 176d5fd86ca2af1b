import { IDM_STATUSES, type IdmStatus, LIVELIHOOD_SHARES, LIVELIHOODS, type Livelihood } from './criteria.ts'
import { dominantLivelihood, type LivelihoodShare } from './livelihood.ts'
import type { PriorityTable } from './priority-table.ts'

/** Which villages the screen looks at; `null` / empty = no restriction. */
export interface PriorityFilters {
  kecamatan: string | null
  /** IDM status classes to keep; empty keeps all (kelurahan, which have no IDM status, included). */
  idm: readonly IdmStatus[]
  /** Keep villages whose poor households mostly live from this. */
  livelihood: Livelihood | null
  jenis: 'desa' | 'kelurahan' | null
}

/** No restriction. */
export const NO_FILTERS: PriorityFilters = { kecamatan: null, idm: [], livelihood: null, jenis: null }

/** Whether each village of the table passes the filters, by position. */
export function filterVillages(table: PriorityTable, filters: PriorityFilters): boolean[] {
  const idm = table.columns.get('status_idm')
  const shareColumns = Object.fromEntries(
    Object.entries(LIVELIHOOD_SHARES).map(([livelihood, id]) => [livelihood, table.columns.get(id)]),
  ) as Record<Livelihood, ReturnType<typeof table.columns.get>>
  const idmSet = new Set<number>(filters.idm)
  return table.villages.map((village, index) => {
    if (filters.kecamatan !== null && village.kecamatan_kode !== filters.kecamatan) return false
    if (filters.jenis !== null && village.jenis !== filters.jenis) return false
    if (idmSet.size > 0) {
      const value = idm?.statuses[index] === 'ada' ? idm.values[index] : null
      if (value === null || value === undefined || !idmSet.has(value)) return false
    }
    if (filters.livelihood !== null) {
      const share = (livelihood: Livelihood): LivelihoodShare => ({
        value: shareColumns[livelihood]?.values[index] ?? null,
        status: shareColumns[livelihood]?.statuses[index] ?? 'tidak_ada',
      })
      const dominant = dominantLivelihood({
        petani: share('petani'),
        nelayan: share('nelayan'),
        umkm: share('umkm'),
      })
      if (dominant !== filters.livelihood) return false
    }
    return true
  })
}

/** How many villages of the table each IDM status and each livelihood lens would keep on its own. */
export function countFilterOptions(table: PriorityTable): {
  idm: Record<IdmStatus, number>
  livelihood: Record<Livelihood, number>
} {
  const count = (filters: PriorityFilters): number => filterVillages(table, filters).filter(Boolean).length
  return {
    idm: Object.fromEntries(
      IDM_STATUSES.map((status) => [status, count({ ...NO_FILTERS, idm: [status] })]),
    ) as Record<IdmStatus, number>,
    livelihood: Object.fromEntries(
      LIVELIHOODS.map((livelihood) => [livelihood, count({ ...NO_FILTERS, livelihood })]),
    ) as Record<Livelihood, number>,
  }
}
