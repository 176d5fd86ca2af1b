/**
 * Demo `dana_desa.csv`: Dana Desa per desa and year, 2022–2025. Allocations come from the one formula in
 * `src/dana-desa/formula.ts` with the official parameters, so the formula simulator reproduces them exactly;
 * kabupaten totals are real, village values synthetic. Kelurahan receive no Dana Desa and get no row.
 */
import {
  allocateDanaDesa,
  type DanaDesaVillage,
  OFFICIAL_PARAMETERS_2024,
} from '../../src/dana-desa/formula.ts'
import { PROGRAM_BENEFITS } from './calibration-targets.ts'
import { makeRandom } from './random.ts'
import type { DanaDesaRow, DemoRegion, IdmRow, VillageYearSummary } from './types.ts'

/** Years with Dana Desa rows. */
export const DANA_DESA_YEARS = [2022, 2023, 2024, 2025] as const

/** Dana Desa for Kutai Timur's 139 desa, whole rupiah (Antara Kaltim; DJPb Kaltim). */
export const DANA_DESA_TOTALS: Readonly<Record<(typeof DANA_DESA_YEARS)[number], number>> = {
  2022: 135_270_000_000,
  2023: 148_690_000_000,
  2024: 146_490_000_000,
  2025: 150_300_000_000,
}

/** Realised (disbursed) totals where published: 2023 (Antara Kaltim; DJPb Kaltim). */
export const DANA_DESA_REALISED: Readonly<Partial<Record<number, number>>> = { 2023: 146_660_000_000 }

/**
 * Ceiling of `pagu_blt_dd` as a share of each desa's pagu. 2024 25 % and 2025 15 % (team fact sheet,
 * national Dana Desa rules). Assumptions: 2022 had a 40 % minimum (PMK 190/2021), used here as the ceiling
 * with budgets following need below it; 2023 had a 25 % maximum.
 */
export const BLT_DD_CAP_SHARE: Readonly<Record<(typeof DANA_DESA_YEARS)[number], number>> = {
  2022: 0.4,
  2023: 0.25,
  2024: 0.25,
  2025: 0.15,
}

/** BLT-DD is budgeted for a full year per household. */
const BLT_DD_MONTHS = 12
const BLT_DD_PER_HOUSEHOLD = PROGRAM_BENEFITS.blt_dd_rp_per_month * BLT_DD_MONTHS
/** Disbursement stages of a regular desa: 40 / 40 / 20 % of the pagu (PMK 190/2021 and later years' PMK). */
const STAGE_SHARES = [0.4, 0.4] as const
/** Share of the pagu not disbursed in years without a published realisation: uniform in this range (tuned around 2023's 1.4 %). */
const SHORTFALL_RANGE: readonly [number, number] = [0.005, 0.02]

/**
 * The formula inputs of `tahun` for every desa, sorted by kode. The allocation of year Y is set in Y − 1, so it
 * uses Y − 1 data: population and poor population from the summaries, IDM status, and as kinerja score the IDM
 * gain from Y − 2 to Y − 1 (`null` without a Y − 2 row). IKG is the village's remoteness (0..1), area its polygon.
 * Decimals are rounded to the 4 places `dana_desa.csv` publishes them with, so the published inputs give
 * the published allocation exactly.
 * Throws when a desa lacks its Y − 1 summary or IDM row.
 */
export function buildAllocationInputs(
  regions: readonly DemoRegion[],
  summaries: readonly VillageYearSummary[],
  idm: readonly IdmRow[],
  tahun: number,
): DanaDesaVillage[] {
  const summaryOf = indexBy(summaries, (row) => `${row.kode}|${row.tahun}`)
  const idmOf = indexBy(idm, (row) => `${row.kode_desa}|${row.tahun}`)
  return desaOf(regions).map((region) => {
    const summary = summaryOf.get(`${region.kode}|${tahun - 1}`)
    const status = idmOf.get(`${region.kode}|${tahun - 1}`)
    if (summary === undefined)
      throw new Error(`no ${tahun - 1} summary for desa ${region.kode} (${region.nama})`)
    if (status === undefined)
      throw new Error(`no ${tahun - 1} IDM row for desa ${region.kode} (${region.nama})`)
    const before = idmOf.get(`${region.kode}|${tahun - 2}`)
    return {
      kode: region.kode,
      penduduk: summary.penduduk,
      penduduk_miskin: summary.penduduk_miskin,
      luas_km2: round4(region.luas_km2),
      ikg: round4(summary.remoteness),
      status_idm: status.status,
      kinerja_score: before === undefined ? null : round4(status.skor_idm - before.skor_idm),
    }
  })
}

/**
 * `dana_desa.csv` rows for {@link DANA_DESA_YEARS}, sorted by year then kode.
 * - Allocation: `allocateDanaDesa(buildAllocationInputs(…), DANA_DESA_TOTALS[year], OFFICIAL_PARAMETERS_2024)`;
 *   the 2024 parameters serve every year (only ratios matter after scaling to the real total). The inputs
 *   are written beside it (`dasar_*`), so anyone can recompute the allocation from the published file.
 * - BLT-DD: the households the BLT-DD list holds that year (`summary.kk_blt_dd`), cut to the year's cap;
 *   budget = households × Rp 300,000 × 12, so `pagu_blt_dd` / 3,600,000 is the number of households budgeted.
 * - Realisation: stage I = floor(40 %), stage II = floor(40 %), stage III = the rest of the pagu, less a
 *   shortfall. The year's total shortfall is exact where a realisation is published (2023: pagu − 146.66 bn),
 *   otherwise 0.5–2 % of the total; it falls on stage III of desa drawn with weight rising with remoteness,
 *   each losing 20–100 % of its stage III until the total is reached. 2025 is treated as a closed year.
 */
export function generateDanaDesa(
  regions: readonly DemoRegion[],
  summaries: readonly VillageYearSummary[],
  idm: readonly IdmRow[],
  seed: number,
): DanaDesaRow[] {
  const summaryOf = indexBy(summaries, (row) => `${row.kode}|${row.tahun}`)
  return DANA_DESA_YEARS.flatMap((tahun) => {
    const inputs = buildAllocationInputs(regions, summaries, idm, tahun)
    const allocations = allocateDanaDesa(inputs, DANA_DESA_TOTALS[tahun], OFFICIAL_PARAMETERS_2024)
    const random = makeRandom(seed, 'dana-desa-shortfall', tahun)
    const [low, high] = SHORTFALL_RANGE
    const total = DANA_DESA_TOTALS[tahun]
    const shortfall =
      total - (DANA_DESA_REALISED[tahun] ?? Math.round(total * (1 - (low + random.uniform() * (high - low)))))
    const stageThree = allocations.map((row) => row.pagu - 2 * stagePart(row.pagu))
    const remoteness = inputs.map((input) => input.ikg)
    const lost = spreadShortfall(
      shortfall,
      stageThree,
      remoteness,
      inputs.map((input) => input.kode),
      seed,
      tahun,
    )
    return allocations.map((allocation, index) => {
      const summary = summaryOf.get(`${allocation.kode}|${tahun}`)
      if (summary === undefined) throw new Error(`no ${tahun} summary for desa ${allocation.kode}`)
      const cap = Math.floor(BLT_DD_CAP_SHARE[tahun] * allocation.pagu)
      // Budget what the BLT-DD list holds, within the year's cap.
      const households = Math.min(summary.kk_blt_dd, Math.floor(cap / BLT_DD_PER_HOUSEHOLD))
      return {
        kode_desa: allocation.kode,
        tahun,
        pagu: allocation.pagu,
        alokasi_dasar: allocation.alokasi_dasar,
        alokasi_afirmasi: allocation.alokasi_afirmasi,
        alokasi_kinerja: allocation.alokasi_kinerja,
        alokasi_formula: allocation.alokasi_formula,
        pagu_blt_dd: households * BLT_DD_PER_HOUSEHOLD,
        realisasi_tahap_1: stagePart(allocation.pagu),
        realisasi_tahap_2: stagePart(allocation.pagu),
        realisasi_tahap_3: (stageThree[index] ?? 0) - (lost[index] ?? 0),
        ...formulaInputColumns(inputs[index]),
      }
    })
  })
}

/** The `dasar_*` columns of one desa: the inputs its allocation was computed from. */
function formulaInputColumns(
  input: DanaDesaVillage | undefined,
): Pick<
  DanaDesaRow,
  | 'dasar_penduduk'
  | 'dasar_penduduk_miskin'
  | 'dasar_luas_km2'
  | 'dasar_ikg'
  | 'dasar_status_idm'
  | 'dasar_skor_kinerja'
> {
  if (input === undefined) throw new Error('allocation without its formula inputs')
  return {
    dasar_penduduk: input.penduduk,
    dasar_penduduk_miskin: input.penduduk_miskin,
    dasar_luas_km2: input.luas_km2,
    dasar_ikg: input.ikg,
    dasar_status_idm: input.status_idm,
    dasar_skor_kinerja: input.kinerja_score ?? null,
  }
}

/** Stage I and stage II each: 40 % of the pagu, rounded down. */
function stagePart(pagu: number): number {
  return Math.floor(STAGE_SHARES[0] * pagu)
}

/**
 * Takes `shortfall` rupiah from the stage III amounts `capacity`. Desa are visited in a weighted random order
 * (Efraimidis–Spirakis keys u^(1/w), w = 0.2 + remoteness); each loses a drawn 20–100 % of its stage III until
 * the shortfall is used up, and a second pass takes whole stage III amounts if the first pass fell short.
 */
function spreadShortfall(
  shortfall: number,
  capacity: readonly number[],
  remoteness: readonly number[],
  kodes: readonly string[],
  seed: number,
  tahun: number,
): number[] {
  const totalCapacity = capacity.reduce((total, value) => total + value, 0)
  if (shortfall < 0 || shortfall > totalCapacity) {
    throw new Error(`${tahun}: shortfall ${shortfall} outside 0..${totalCapacity} (stage III total)`)
  }
  const draws = kodes.map((kode, index) => {
    const random = makeRandom(seed, 'dana-desa-shortfall', kode, tahun)
    const key = random.uniform() ** (1 / (0.2 + (remoteness[index] ?? 0)))
    return { index, key, fraction: 0.2 + 0.8 * random.uniform() }
  })
  draws.sort((a, b) => b.key - a.key || a.index - b.index)
  const lost = capacity.map(() => 0)
  let remaining = shortfall
  for (const pass of [0, 1]) {
    for (const { index, fraction } of draws) {
      if (remaining === 0) return lost
      const room = (capacity[index] ?? 0) - (lost[index] ?? 0)
      const take = Math.min(remaining, pass === 0 ? Math.round(fraction * room) : room)
      lost[index] = (lost[index] ?? 0) + take
      remaining -= take
    }
  }
  return lost
}

function desaOf(regions: readonly DemoRegion[]): DemoRegion[] {
  return regions
    .filter((region) => region.jenis === 'desa')
    .sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0))
}

function indexBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]))
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000
}
