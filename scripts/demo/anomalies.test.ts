import { describe, expect, it } from 'vitest'
import { plantAnomalies } from './anomalies'
import { detectAnomalies } from './detect-anomalies'
import { generateDemo } from './generate-demo'
import type { AnomalyKind } from './ground-truth'
import { makeRegions } from './make-regions'
import { isNearDuplicateName } from './near-duplicate'
import type { KeluargaRow, PenerimaBantuanRow } from './types'

const NONE: Record<AnomalyKind, number> = {
  duplicate_nik_across_villages: 0,
  repeated_row: 0,
  disallowed_combination: 0,
  near_duplicate_name: 0,
}

/** Organic rows (nothing planted) of a small demo, and the desa codes. */
function makeOrganicRows() {
  const regions = makeRegions(2)
  const { keluarga, penerima } = generateDemo({ regions, seed: 5, scale: 0.02, anomalyCounts: NONE })
  const desa = new Set(regions.filter((region) => region.jenis === 'desa').map((region) => region.kode))
  return { keluarga, penerima, desa }
}

describe('plantAnomalies()', () => {
  const organic = makeOrganicRows()
  const plantOnly = (kind: AnomalyKind, count = 6) => plantAnomalies(organic, 11, { ...NONE, [kind]: count })

  it('finds nothing to detect in the organic rows', () => {
    const detected = detectAnomalies(organic)
    expect(Object.values(detected).map((found) => found.length)).toEqual([0, 0, 0, 0])
  })

  it('leaves the rows untouched when asked to plant nothing', () => {
    const planted = plantAnomalies(organic, 11, NONE)
    expect(planted.keluarga).toEqual(organic.keluarga)
    expect(planted.penerima).toEqual(organic.penerima)
    expect(planted.groundTruth.anomalies).toEqual([])
  })

  it.each(Object.keys(NONE) as AnomalyKind[])(
    'plants exactly the requested number of %s, all detectable',
    (kind) => {
      const { keluarga, penerima, groundTruth } = plantOnly(kind)
      expect(groundTruth.counts[kind]).toBe(6)
      expect(groundTruth.anomalies.filter((anomaly) => anomaly.kind === kind)).toHaveLength(6)
      expect(detectAnomalies({ keluarga, penerima })[kind]).toHaveLength(6)
    },
  )

  it('spreads the anomalies over the years', () => {
    const years = new Set(plantOnly('repeated_row', 7).groundTruth.anomalies.map((anomaly) => anomaly.tahun))
    expect(years.size).toBe(7)
  })

  it('copies a whole head identity for a duplicate NIK, in a household of another village', () => {
    for (const anomaly of plantOnly('duplicate_nik_across_villages').groundTruth.anomalies) {
      const [first, second] = anomaly.rows.map((row) => row.values as KeluargaRow)
      expect(first?.nik_kepala).toBe(second?.nik_kepala)
      expect(first?.nama_kepala).toBe(second?.nama_kepala)
      expect(first?.kode_desa).not.toBe(second?.kode_desa)
      expect(first?.id_keluarga).not.toBe(second?.id_keluarga)
    }
  })

  it('plants disallowed BLT-DD combinations only in desa', () => {
    for (const anomaly of plantOnly('disallowed_combination').groundTruth.anomalies) {
      const rows = anomaly.rows.map((row) => row.values as PenerimaBantuanRow)
      expect(rows.map((row) => row.program)).toContain('BLT_DD')
      expect(rows.every((row) => organic.desa.has(row.kode_desa))).toBe(true)
    }
  })

  it('lists a near-duplicate under another NIK, in another village, with the same birth date', () => {
    for (const anomaly of plantOnly('near_duplicate_name').groundTruth.anomalies) {
      const [listed, planted] = anomaly.rows.map((row) => row.values as PenerimaBantuanRow)
      expect(planted?.nik).not.toBe(listed?.nik)
      expect(planted?.nik?.slice(12)).toMatch(/^9\d{3}$/)
      expect(planted?.kode_desa).not.toBe(listed?.kode_desa)
      expect(planted?.tanggal_lahir).toBe(listed?.tanggal_lahir)
      expect(planted?.nama).not.toBe(listed?.nama)
      expect(isNearDuplicateName(planted?.nama ?? '', listed?.nama ?? '')).toBe(true)
    }
  })

  it('is deterministic for a seed', () => {
    expect(plantAnomalies(organic, 3).groundTruth).toEqual(plantAnomalies(organic, 3).groundTruth)
  })
})
