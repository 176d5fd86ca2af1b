/** Test builders for the simulator: a small published year, as indicators.csv would carry it. */
import { buildIndicatorIndex, type IndicatorIndex, type IndicatorRow } from '../../data/indicators.ts'
import { allocateDanaDesa, type DanaDesaVillage, OFFICIAL_PARAMETERS_2024 } from '../formula.ts'
import { makeVillage } from './make-village.ts'

const STATUS_CODES = { sangat_tertinggal: 1, tertinggal: 2, berkembang: 3, maju: 4, mandiri: 5 } as const

/** Five desa with varied inputs: two behind (afirmasi), three with scores (kinerja). */
export function makeDesaInputs(): DanaDesaVillage[] {
  return [
    makeVillage({
      kode: '64.08.01.2001',
      penduduk: 420,
      penduduk_miskin: 160,
      luas_km2: 812.25,
      ikg: 0.91,
      status_idm: 'sangat_tertinggal',
      kinerja_score: null,
    }),
    makeVillage({
      kode: '64.08.01.2002',
      penduduk: 2_900,
      penduduk_miskin: 410,
      luas_km2: 95.5,
      ikg: 0.62,
      status_idm: 'tertinggal',
      kinerja_score: 0.012,
    }),
    makeVillage({
      kode: '64.08.02.2001',
      penduduk: 6_200,
      penduduk_miskin: 300,
      luas_km2: 40.125,
      ikg: 0.18,
      status_idm: 'maju',
      kinerja_score: 0.031,
    }),
    makeVillage({
      kode: '64.08.02.2002',
      penduduk: 1_450,
      penduduk_miskin: 95,
      luas_km2: 260,
      ikg: 0.47,
      status_idm: 'berkembang',
      kinerja_score: -0.004,
    }),
    makeVillage({
      kode: '64.08.03.2001',
      penduduk: 11_800,
      penduduk_miskin: 510,
      luas_km2: 12.75,
      ikg: 0.05,
      status_idm: 'mandiri',
      kinerja_score: 0.002,
    }),
  ]
}

/** Published rows for `inputs` in `tahun`: the official allocation of `total` and the inputs, plus a kelurahan. */
export function makePublishedRows(
  inputs: readonly DanaDesaVillage[],
  tahun: number,
  total: number,
): IndicatorRow[] {
  const row = (
    kode: string,
    indikator: string,
    nilai: number | null,
    status: IndicatorRow['status'] = 'ada',
  ): IndicatorRow => ({
    kode,
    level: 'desa',
    tahun,
    indikator,
    nilai: status === 'ada' ? nilai : null,
    status: status === 'ada' && nilai === null ? 'tidak_ada' : status,
    sintetis: true,
  })
  const allocations = allocateDanaDesa(inputs, total, OFFICIAL_PARAMETERS_2024)
  return [
    ...inputs.flatMap((input, index) => {
      const allocation = allocations[index]
      if (!allocation) return []
      return [
        row(input.kode, 'dana_desa', allocation.pagu),
        row(input.kode, 'alokasi_dasar', allocation.alokasi_dasar),
        row(input.kode, 'alokasi_afirmasi', allocation.alokasi_afirmasi),
        row(input.kode, 'alokasi_kinerja', allocation.alokasi_kinerja),
        row(input.kode, 'alokasi_formula', allocation.alokasi_formula),
        row(input.kode, 'dasar_penduduk', input.penduduk),
        row(input.kode, 'dasar_penduduk_miskin', input.penduduk_miskin),
        row(input.kode, 'dasar_luas_km2', input.luas_km2),
        row(input.kode, 'dasar_ikg', input.ikg),
        row(input.kode, 'dasar_status_idm', input.status_idm ? STATUS_CODES[input.status_idm] : null),
        row(input.kode, 'dasar_skor_kinerja', input.kinerja_score ?? null),
      ]
    }),
    row('64.08.04.1001', 'dana_desa', null, 'tidak_berlaku'),
  ]
}

/** The index of {@link makePublishedRows}. */
export function makePublishedIndex(tahun = 2024, total = 7_000_000_003): IndicatorIndex {
  return buildIndicatorIndex(makePublishedRows(makeDesaInputs(), tahun, total))
}

/** The villages of {@link makePublishedIndex}: the five desa and one kelurahan. */
export function makeVillageKinds(): { kode: string; jenis: 'desa' | 'kelurahan' }[] {
  return [
    ...makeDesaInputs().map((input) => ({ kode: input.kode, jenis: 'desa' as const })),
    { kode: '64.08.04.1001', jenis: 'kelurahan' },
  ]
}
