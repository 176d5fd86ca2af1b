import type { TFunction } from 'i18next'
import type { Kecamatan, Village } from '../data/snapshot.ts'
import type { Level } from '../state/view-state.ts'

/** How the tooltip names an area: its name and one line saying what and where it is. */
export interface AreaDescription {
  kode: string
  name: string
  meta: string
}

/** Names the village or kecamatan with this code at the shown level, or `null` when it is not one. */
export function describeArea(
  kode: string,
  level: Level,
  villages: ReadonlyMap<string, Village>,
  kecamatan: ReadonlyMap<string, Kecamatan>,
  t: TFunction,
): AreaDescription | null {
  const village = level === 'desa' ? villages.get(kode) : undefined
  if (village) {
    const meta = `${t(`region.${village.jenis}`)} · ${t('region.kecamatanOf', { name: village.kecamatan_nama })}`
    return { kode, name: village.nama, meta }
  }
  const district = level === 'kecamatan' ? kecamatan.get(kode) : undefined
  return district ? { kode, name: district.nama, meta: t('region.kecamatan') } : null
}
