import type { IndicatorData, ValueStatus } from '../data/indicators.ts'
import type { CriterionDirection } from './criteria.ts'

/** One village as the priority screen lists it. */
export interface PriorityVillage {
  kode: string
  nama: string
  kecamatan_kode: string
  kecamatan_nama: string
  jenis: 'desa' | 'kelurahan'
}

/** One indicator's published values for a year, in the order of `PriorityTable.villages`. */
export interface PriorityColumn {
  /** The value, or `null` unless the status is `ada`. */
  values: readonly (number | null)[]
  statuses: readonly ValueStatus[]
}

/** The villages and, per indicator, one column of values for the chosen year. */
export interface PriorityTable {
  villages: readonly PriorityVillage[]
  columns: ReadonlyMap<string, PriorityColumn>
  /** Direction of each indicator as published; `neutral` ones cannot be scored. */
  directions: ReadonlyMap<string, CriterionDirection | 'neutral'>
}

/**
 * The table of one year from the published indicators: one column per id in `indicatorIds`. A village
 * the CSV has no row for gets status `tidak_ada`, never a made-up value.
 */
export function buildPriorityTable(
  villages: readonly PriorityVillage[],
  data: IndicatorData,
  tahun: number,
  indicatorIds: readonly string[],
): PriorityTable {
  const columns = new Map<string, PriorityColumn>()
  for (const id of indicatorIds) {
    const values: (number | null)[] = []
    const statuses: ValueStatus[] = []
    for (const village of villages) {
      const value = data.index.value(village.kode, tahun, id)
      values.push(value?.nilai ?? null)
      statuses.push(value?.status ?? 'tidak_ada')
    }
    columns.set(id, { values, statuses })
  }
  const directions = new Map(data.file.indicators.map((item) => [item.id, item.direction]))
  return { villages, columns, directions }
}
