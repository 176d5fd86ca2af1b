/**
 * One desa's IDM row in each year: its score moves from the baseline to the lowest year's along a fixed
 * progress with small noise and gains a little after it; IKS, IKE and IKL are offsets from the score whose
 * mean is exact. Scores are integers in {@link UNITS} (idm.ts draws the two anchor years).
 */
import { type IdmTargets, idmStatusOf } from './idm-targets.ts'
import { makeRandom } from './random.ts'
import type { IdmRow } from './types.ts'

/** Scores are handled as integers in units of 0.0001 (the published precision), so the mean of IKS, IKE, IKL is exact. */
export const UNITS = 10_000
/** Share of the baseline→lowest-year gain reached in each year (linear for years not listed); fastest 2020–2022 (tuned). */
const PROGRESS: Readonly<Record<number, number>> = {
  2019: 0,
  2020: 0.2,
  2021: 0.45,
  2022: 0.7,
  2023: 0.85,
  2024: 1,
}
/** Gain in 2025 over 2024, at most (uniform draw), in units; IDM 2025 is an extrapolation. */
const MAX_GAIN_AFTER = 200
/** Noise of intermediate years, in units (tuned: small, so paths stay smooth). */
const PATH_NOISE = 50

export interface Traits {
  remoteness: number
  poverty_rate: number
}

export function scoreInYear(
  kode: string,
  tahun: number,
  baseline: ReadonlyMap<string, number>,
  lowestYear: ReadonlyMap<string, number>,
  targets: IdmTargets,
  seed: number,
): number {
  const start = baseline.get(kode) ?? 0
  const end = lowestYear.get(kode) ?? start
  if (tahun === targets.baseline_year) return start
  if (tahun === targets.lowest_year) return end
  const random = makeRandom(seed, 'idm-path', kode, tahun)
  if (tahun > targets.lowest_year) {
    const gain = Math.round(random.uniform() * MAX_GAIN_AFTER * (tahun - targets.lowest_year))
    return Math.min(UNITS, end + gain)
  }
  const progress =
    PROGRESS[tahun] ?? (tahun - targets.baseline_year) / (targets.lowest_year - targets.baseline_year)
  const noise = Math.round(random.normal() * PATH_NOISE)
  return clamp(Math.round(start + (end - start) * progress) + noise, 0, UNITS)
}

export function makeRow(
  kode: string,
  tahun: number,
  units: number,
  trait: Traits | undefined,
  seed: number,
): IdmRow {
  // Offsets in units: IKS ~ +0.03 (lower when remote), IKE ~ −0.06 (lower when poor); tuned to the usual
  // Kaltim pattern of a strong ecology index and a weak economy index.
  const base = makeRandom(seed, 'idm-components', kode)
  const year = makeRandom(seed, 'idm-components', kode, tahun)
  const remoteness = trait?.remoteness ?? 0.5
  const poverty = trait?.poverty_rate ?? 0.1
  const iksOffset = 300 - 500 * (remoteness - 0.5) + 200 * base.normal() + 50 * year.normal()
  const ikeOffset = -600 - 3000 * (poverty - 0.1) + 200 * base.normal() + 50 * year.normal()
  const sum = 3 * units
  const iks = clamp(Math.round(units + iksOffset), Math.max(0, sum - 2 * UNITS), Math.min(UNITS, sum))
  const ike = clamp(Math.round(units + ikeOffset), Math.max(0, sum - iks - UNITS), Math.min(UNITS, sum - iks))
  const ikl = sum - iks - ike
  return {
    kode_desa: kode,
    tahun,
    skor_idm: units / UNITS,
    iks: iks / UNITS,
    ike: ike / UNITS,
    ikl: ikl / UNITS,
    status: idmStatusOf(units / UNITS),
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value))
}
