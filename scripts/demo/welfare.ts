/**
 * Household welfare: per-capita consumption in multiples of the poverty line, log-normal with village and
 * household effects (`README.md` has the model in words). Each year gets a shift that makes the share of
 * people below the line equal BPS P0 as closely as whole households allow; one extreme-poverty line (a fixed
 * fraction of the poverty line) is set so 0.3% of people fall below it in 2024. Desil comes from a noisy
 * proxy of welfare (DTSEN ranks by 39 observed variables, not by consumption) and national-like cut-offs.
 * DTSEN re-ranks all families nationally, and national poverty fell much like Kutim's over 2019–2025, so
 * the cut-offs move with the yearly shift: desil ranks welfare at the mean shift of the generated years.
 */
import { EXTREME_POVERTY, POVERTY_P0_PERCENT } from './calibration-targets'
import type { Household, HouseholdYear } from './households'
import { makeRandom, makeStreams, type Random } from './random'
import type { DemoYear, MataPencaharian } from './types'
import type { VillageProfile } from './village-profile'

/** Log-welfare effect of the head's livelihood (judgement: wage and salaried work above farming and fishing). */
const LIVELIHOOD_EFFECT: Readonly<Record<MataPencaharian, number>> = {
  petani: -0.12,
  nelayan: -0.18,
  buruh: 0.05,
  umkm: 0.1,
  lainnya: 0.3,
}
/** Spread of the persistent household effect and of the yearly shock (log units; tuned, see README). */
const HOUSEHOLD_SD = 0.42
const SHOCK_SD = 0.22
/** Per-capita welfare falls with household size: −0.45 × ln(size / 4) (tuned towards ~5 members per poor household). */
const SIZE_ELASTICITY = 0.45
/**
 * Households in an extreme-poverty pocket (hotspot villages) sit this much lower in log welfare: enough to
 * put nearly all of them below the extreme line (tuned so the two hotspots have the highest rates).
 */
const POCKET_EFFECT = -2
/** Proxy-means error of the DTSEN ranking: persistent and yearly parts (log units; judgement). */
const PROXY_SD_PERSISTENT = 0.2
const PROXY_SD_YEARLY = 0.1
/**
 * Upper limits of desil 1–9 in multiples of the poverty line: deciles of a national log-normal with
 * σ = 0.70 (Gini 0.38, about Indonesia's consumption Gini) whose 9.5% quantile is the poverty line
 * (about the national P0 of 2019–2024). In Kutim they put 40–42% of households in desil 1–4.
 */
export const DESIL_UPPER_LIMITS = [1.02, 1.39, 1.73, 2.1, 2.5, 2.99, 3.61, 4.51, 6.14] as const
const LOG_DESIL_LIMITS = DESIL_UPPER_LIMITS.map(Math.log)
/** The year whose extreme-poverty share is calibrated (the published figure is for mid-2024). */
const EXTREME_YEAR = 2024

/** Welfare of the households of one year, index-aligned with that year's panel rows. */
export interface WelfareYear {
  /** ln(per-capita welfare / poverty line): below 0 is poor. */
  logWelfare: Float64Array
  desil: Uint8Array
  /** 1 below the poverty line. */
  miskin: Uint8Array
  /** 1 below the extreme-poverty line (implies `miskin`). */
  miskinEkstrem: Uint8Array
}

/** Welfare per year (same order as the panel) and what the calibration reached. */
export interface WelfareResult {
  years: WelfareYear[]
  /** ln(extreme line / poverty line). */
  extremeLogLine: number
  shifts: number[]
}

/**
 * The shift `s` for which the `weights`-weighted share of `values + s < 0` is closest to `targetShare`
 * (a weighted quantile: exact up to one household's weight).
 */
export function calibrateShift(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  targetShare: number,
): number {
  const count = values.length
  const order = Array.from({ length: count }, (_, index) => index)
  order.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0))
  let total = 0
  for (let index = 0; index < count; index++) total += weights[index] ?? 0
  let cumulative = 0
  let bestBelow = 0
  let bestError = targetShare
  for (let rank = 0; rank < count; rank++) {
    cumulative += weights[order[rank] ?? 0] ?? 0
    const error = Math.abs(cumulative / total - targetShare)
    if (error < bestError) {
      bestError = error
      bestBelow = rank + 1
    }
  }
  const valueAt = (rank: number): number => values[order[rank] ?? 0] ?? 0
  const lower = bestBelow > 0 ? valueAt(bestBelow - 1) : valueAt(0) - 1
  const upper = bestBelow < count ? valueAt(bestBelow) : lower + 2
  return -(lower + upper) / 2
}

/** One more than the largest `Household.index` in the panel. */
export function countHouseholds(panel: readonly (readonly HouseholdYear[])[]): number {
  let count = 0
  for (const rows of panel) for (const { household } of rows) count = Math.max(count, household.index + 1)
  return count
}

/** Welfare for every household-year of `panel` (outer index matching `years`). */
export function assignWelfare(
  panel: readonly (readonly HouseholdYear[])[],
  profiles: ReadonlyMap<string, VillageProfile>,
  years: readonly DemoYear[],
  seed: number,
): WelfareResult {
  const householdCount = countHouseholds(panel)
  const effects = new Float64Array(householdCount)
  const proxyErrors = new Float64Array(householdCount)
  const isDrawn = new Uint8Array(householdCount)
  const householdStream = makeStreams(seed, 'welfare-household')
  const seenPerVillage = new Map<string, number>()
  // Persistent traits are drawn when a household is first seen (years, then rows, in order: deterministic).
  // Pockets are an exact share of a village's households (every 1/share-th one), not a random draw, so the
  // hotspots stand out even in small test runs.
  const drawTraits = (household: Household, profile: VillageProfile): void => {
    const random = householdStream(household.kode)
    const seen = (seenPerVillage.get(household.kode) ?? 0) + 1
    seenPerVillage.set(household.kode, seen)
    const isPocket = Math.floor(seen * profile.pocketShare) > Math.floor((seen - 1) * profile.pocketShare)
    effects[household.index] = HOUSEHOLD_SD * random.normal() + (isPocket ? POCKET_EFFECT : 0)
    proxyErrors[household.index] = PROXY_SD_PERSISTENT * random.normal()
    isDrawn[household.index] = 1
  }

  const baseAndProxy = panel.map((rows, yearIndex) => {
    const base = new Float64Array(rows.length)
    const proxy = new Float64Array(rows.length)
    const shockStreams = new Map<string, Random>()
    rows.forEach(({ household, members }, index) => {
      const profile = profiles.get(household.kode)
      if (!profile) throw new Error(`no profile for ${household.kode}`)
      let random = shockStreams.get(household.kode)
      if (!random) {
        random = makeRandom(seed, household.kode, years[yearIndex] ?? 0, 'welfare-shock')
        shockStreams.set(household.kode, random)
      }
      if (!isDrawn[household.index]) drawTraits(household, profile)
      base[index] =
        profile.welfareEffect +
        LIVELIHOOD_EFFECT[household.mata_pencaharian] +
        (effects[household.index] ?? 0) -
        SIZE_ELASTICITY * Math.log(members.length / 4) +
        SHOCK_SD * random.normal()
      proxy[index] = (proxyErrors[household.index] ?? 0) + PROXY_SD_YEARLY * random.normal()
    })
    return { base, proxy, sizes: rows.map((row) => row.members.length) }
  })

  const shifts = years.map((year, yearIndex) => {
    const { base, sizes } = baseAndProxy[yearIndex] ?? { base: [], sizes: [] }
    return calibrateShift(base, sizes, POVERTY_P0_PERCENT[year] / 100)
  })
  const extremeIndex = years.includes(EXTREME_YEAR) ? years.indexOf(EXTREME_YEAR) : years.length - 1
  const extremeData = baseAndProxy[extremeIndex] ?? { base: [], sizes: [] }
  const extremeShift = shifts[extremeIndex] ?? 0
  const extremeLogLine = -calibrateShift(
    Array.from(extremeData.base, (value) => value + extremeShift),
    extremeData.sizes,
    EXTREME_POVERTY.percent_mid_2024 / 100,
  )

  const extremeLine = Math.min(0, extremeLogLine)
  const result = baseAndProxy.map(({ base, proxy }, yearIndex): WelfareYear => {
    const count = base.length
    const year = {
      logWelfare: new Float64Array(count),
      desil: new Uint8Array(count),
      miskin: new Uint8Array(count),
      miskinEkstrem: new Uint8Array(count),
    }
    const shift = shifts[yearIndex] ?? 0
    const rankingShift = shifts.reduce((sum, value) => sum + value, 0) / Math.max(1, shifts.length)
    for (let index = 0; index < count; index++) {
      const logWelfare = (base[index] ?? 0) + shift
      const proxyWelfare = (base[index] ?? 0) + rankingShift + (proxy[index] ?? 0)
      let desil = 1
      while (desil <= LOG_DESIL_LIMITS.length && proxyWelfare >= (LOG_DESIL_LIMITS[desil - 1] ?? 0)) desil++
      year.logWelfare[index] = logWelfare
      year.desil[index] = desil
      year.miskin[index] = logWelfare < 0 ? 1 : 0
      year.miskinEkstrem[index] = logWelfare < extremeLine ? 1 : 0
    }
    return year
  })
  return { years: result, extremeLogLine, shifts }
}
