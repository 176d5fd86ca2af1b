/**
 * Population per village and year, in whole people, summing exactly to the kabupaten total of each year.
 *
 * Growth rule for years without a BPS total (2019, 2021, 2022, 2025):
 * - between two BPS years, geometric interpolation (2021, 2022 between 2020 and 2023);
 * - before the first or after the last BPS year, the compound annual growth over the whole BPS span
 *   (2020 → 2024: (448,850 / 434,459)^(1/4) − 1 ≈ +0.82% a year), applied from the nearest BPS year.
 * The 2023 → 2024 fall (−1.5%) is BPS's own figure and is kept; the rule does not smooth it away.
 *
 * Allocation is hierarchical, by largest remainder at each level: kabupaten → kecamatan (sum of village
 * weights) → village. In 2023 the kecamatan with a published total (Sangatta Utara, Sangkulirang) get it
 * exactly; their village weights carry a factor that makes the weights agree with it, so other years
 * move smoothly around the anchor.
 */
import { KECAMATAN_POPULATION_2023, POPULATION_BPS } from './calibration-targets'
import type { DemoYear } from './types'
import type { VillageProfile } from './village-profile'

/** The year whose village weights are the base, and whose kecamatan anchors are matched exactly. */
const ANCHOR_YEAR = 2023

/** Kabupaten population of `year` before scaling: BPS where published, otherwise the growth rule. */
export function kabupatenPopulation(year: number, known = POPULATION_BPS.totals): number {
  const years = Object.keys(known)
    .map(Number)
    .sort((a, b) => a - b)
  const value = (at: number): number => (known as Record<number, number>)[at] ?? Number.NaN
  const first = years[0]
  const last = years[years.length - 1]
  if (first === undefined || last === undefined) throw new Error('no known population totals')
  if (years.includes(year)) return value(year)
  const annual = last > first ? (value(last) / value(first)) ** (1 / (last - first)) : 1
  if (year < first) return Math.round(value(first) * annual ** (year - first))
  if (year > last) return Math.round(value(last) * annual ** (year - last))
  const before = Math.max(...years.filter((known) => known < year))
  const after = Math.min(...years.filter((known) => known > year))
  return Math.round(value(before) * (value(after) / value(before)) ** ((year - before) / (after - before)))
}

/**
 * Splits the integer `total` in proportion to `weights` (Hamilton's method): floors first, then one more to
 * the largest fractional parts, ties to the earlier index. All-zero weights count as equal.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0)
  const shares = sum > 0 ? weights.map((weight) => weight / sum) : weights.map(() => 1 / weights.length)
  const quotas = shares.map((share) => share * total)
  const result = quotas.map(Math.floor)
  let left = total - result.reduce((acc, value) => acc + value, 0)
  const order = quotas.map((quota, index) => ({ index, rest: quota - Math.floor(quota) }))
  order.sort((a, b) => b.rest - a.rest || a.index - b.index)
  for (const { index } of order) {
    if (left <= 0) break
    result[index] = (result[index] ?? 0) + 1
    left--
  }
  return result
}

/** People per village code and year. */
export type PopulationTargets = Map<string, Map<DemoYear, number>>

function groupByKecamatan(profiles: readonly VillageProfile[]): Map<string, VillageProfile[]> {
  const groups = new Map<string, VillageProfile[]>()
  for (const profile of profiles) {
    const key = profile.region.kecamatan_kode
    groups.set(key, [...(groups.get(key) ?? []), profile])
  }
  return groups
}

/** Factors on village weights that make each anchored kecamatan's 2023 share equal its BPS share. */
function anchorFactors(groups: Map<string, VillageProfile[]>, total: number): Map<string, number> {
  const weightOf = (members: VillageProfile[]): number =>
    members.reduce((sum, p) => sum + p.populationWeight, 0)
  const anchored = [...groups.keys()].filter((kode) => KECAMATAN_POPULATION_2023[kode] !== undefined)
  const restWeight = [...groups]
    .filter(([kode]) => !anchored.includes(kode))
    .reduce((s, [, m]) => s + weightOf(m), 0)
  const anchoredShare = anchored.reduce(
    (sum, kode) => sum + (KECAMATAN_POPULATION_2023[kode] ?? 0) / total,
    0,
  )
  if (restWeight <= 0 || anchoredShare >= 1) return new Map()
  const scaledTotal = restWeight / (1 - anchoredShare)
  return new Map(
    anchored.map((kode) => {
      const share = (KECAMATAN_POPULATION_2023[kode] ?? 0) / total
      return [kode, (share * scaledTotal) / weightOf(groups.get(kode) ?? [])]
    }),
  )
}

/**
 * Whole people per village for each year, `scale` × the kabupaten total (1 for the real demo; smaller for
 * tests). Every year's villages sum exactly to `round(scale × kabupatenPopulation(year))`.
 */
export function allocatePopulation(
  profiles: readonly VillageProfile[],
  years: readonly DemoYear[],
  scale = 1,
): PopulationTargets {
  const groups = groupByKecamatan(profiles)
  const factors = anchorFactors(groups, kabupatenPopulation(ANCHOR_YEAR))
  const kecamatan = [...groups.keys()].sort()
  const targets: PopulationTargets = new Map(profiles.map((p) => [p.region.kode, new Map()]))
  for (const year of years) {
    const total = Math.round(scale * kabupatenPopulation(year))
    const weightOf = (p: VillageProfile): number =>
      p.populationWeight *
      (factors.get(p.region.kecamatan_kode) ?? 1) *
      Math.exp(p.annualGrowth * (year - ANCHOR_YEAR))
    const sums = kecamatan.map((kode) => (groups.get(kode) ?? []).reduce((sum, p) => sum + weightOf(p), 0))
    let perKecamatan = largestRemainder(total, sums)
    if (year === ANCHOR_YEAR && factors.size > 0) {
      const fixed = kecamatan.map((kode) =>
        factors.has(kode) ? Math.round(scale * (KECAMATAN_POPULATION_2023[kode] ?? 0)) : null,
      )
      const free = largestRemainder(
        total - fixed.reduce<number>((sum, value) => sum + (value ?? 0), 0),
        sums.map((sum, index) => (fixed[index] === null ? sum : 0)),
      )
      perKecamatan = fixed.map((value, index) => value ?? free[index] ?? 0)
    }
    kecamatan.forEach((kode, index) => {
      const members = groups.get(kode) ?? []
      const people = largestRemainder(perKecamatan[index] ?? 0, members.map(weightOf))
      members.forEach((p, at) => {
        targets.get(p.region.kode)?.set(year, people[at] ?? 0)
      })
    })
  }
  return targets
}
