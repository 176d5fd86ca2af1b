import { useMemo } from 'react'
import { fitNeed, type NeedFit, type NeedPoint } from '../dana-desa/need-fit.ts'
import type { IndicatorIndex } from '../data/indicators.ts'
import type { Snapshot } from '../data/snapshot.ts'

/**
 * Need against money for the year: per desa (kelurahan get no Dana Desa) its poor households and its
 * Dana Desa per poor household, fitted; `excluded` counts the desa left out for a missing or withheld figure.
 */
export function useNeedFit(
  snapshot: Snapshot,
  index: IndicatorIndex,
  tahun: number,
): { fit: NeedFit | null; excluded: number } {
  return useMemo(() => {
    const points: NeedPoint[] = []
    let desaCount = 0
    for (const village of snapshot.villages) {
      if (village.jenis !== 'desa') continue
      desaCount += 1
      const poor = index.value(village.kode, tahun, 'kk_miskin')
      const perPoor = index.value(village.kode, tahun, 'dana_desa_per_kk_miskin')
      if (
        poor?.status === 'ada' &&
        perPoor?.status === 'ada' &&
        poor.nilai !== null &&
        perPoor.nilai !== null
      ) {
        points.push({ kode: village.kode, poorHouseholds: poor.nilai, perPoorHousehold: perPoor.nilai })
      }
    }
    const fit = fitNeed(points)
    return { fit, excluded: desaCount - (fit?.points.length ?? 0) }
  }, [snapshot, index, tahun])
}
