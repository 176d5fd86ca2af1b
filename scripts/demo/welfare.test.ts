import { describe, expect, it } from 'vitest'
import { EXTREME_POVERTY, POVERTY_P0_PERCENT } from './calibration-targets'
import { buildHouseholdPanel, type HouseholdYear } from './households'
import { makeRegions } from './make-regions'
import { allocatePopulation } from './population'
import { DEMO_YEARS, type DemoYear } from './types'
import { buildVillageProfile } from './village-profile'
import { assignWelfare, calibrateShift, type WelfareYear } from './welfare'

function simulate(years: readonly DemoYear[], scale: number) {
  const profiles = makeRegions().map((region) => buildVillageProfile(region, 42))
  const byKode = new Map(profiles.map((profile) => [profile.region.kode, profile]))
  const panel = buildHouseholdPanel(profiles, allocatePopulation(profiles, years, scale), years, 42)
  return { panel, welfare: assignWelfare(panel, byKode, years, 42) }
}

/** Percent of people in households flagged by `flags`. */
function peopleShare(
  rows: readonly HouseholdYear[],
  flags: Uint8Array,
  filter = (_: HouseholdYear) => true,
): number {
  let people = 0
  let flagged = 0
  rows.forEach((row, index) => {
    if (!filter(row)) return
    people += row.members.length
    flagged += (flags[index] ?? 0) * row.members.length
  })
  return (100 * flagged) / people
}

describe('calibrateShift()', () => {
  const shareBelow = (values: number[], weights: number[], shift: number): number =>
    values.reduce((sum, value, index) => sum + (value + shift < 0 ? (weights[index] ?? 0) : 0), 0) /
    weights.reduce((sum, weight) => sum + weight, 0)

  it.each([
    ['a third of equal weights', [-1, 0.5, 2], [1, 1, 1], 1 / 3, 1 / 3],
    ['the weight of a large household', [3, 1, 2], [1, 6, 1], 0.7, 0.75],
    ['nobody for a target of 0', [1, 2], [1, 1], 0, 0],
    ['everybody for a target of 1', [1, 2], [1, 1], 1, 1],
    ['the closest reachable share', [0, 1, 2, 3], [1, 1, 1, 1], 0.6, 0.5],
  ])('reaches %s', (_, values, weights, target, reached) => {
    expect(shareBelow(values, weights, calibrateShift(values, weights, target))).toBeCloseTo(reached, 10)
  })
})

describe('assignWelfare() over 2019–2025', () => {
  const { panel, welfare } = simulate(DEMO_YEARS, 0.05)
  const cases = DEMO_YEARS.map(
    (year, index) => [year, panel[index] ?? [], welfare.years[index] as WelfareYear] as const,
  )

  it.each(cases)(
    'puts the BPS P0 share of people below the line in %i, within 0.05 points',
    (year, rows, result) => {
      expect(Math.abs(peopleShare(rows, result.miskin) - POVERTY_P0_PERCENT[year])).toBeLessThan(0.05)
    },
  )

  it.each(cases)('puts 35–45% of households in desil 1–4 in %i', (_, rows, result) => {
    const targeted = rows.filter((__, index) => (result.desil[index] ?? 10) <= 4).length
    expect(targeted / rows.length).toBeGreaterThan(0.35)
    expect(targeted / rows.length).toBeLessThan(0.45)
  })

  it.each(cases)('flags extreme poverty only below the poverty line in %i', (_, __, result) => {
    const violations = Array.from(result.miskinEkstrem).filter(
      (flag, index) => flag > (result.miskin[index] ?? 0),
    )
    expect(violations).toEqual([])
  })

  it('puts about 0.3% of people in extreme poverty in 2024', () => {
    const index = DEMO_YEARS.indexOf(2024)
    const share = peopleShare(panel[index] ?? [], welfare.years[index]?.miskinEkstrem ?? new Uint8Array())
    expect(Math.abs(share - EXTREME_POVERTY.percent_mid_2024)).toBeLessThan(0.05)
  })

  it('ranks welfare by desil: the mean welfare rises from desil 1 to desil 10', () => {
    const result = welfare.years[0] as WelfareYear
    const means = Array.from({ length: 10 }, (_, desil) => {
      const values = Array.from(result.logWelfare).filter((__, index) => result.desil[index] === desil + 1)
      return values.reduce((sum, value) => sum + value, 0) / values.length
    })
    expect(means).toEqual([...means].sort((a, b) => a - b))
  })
})

describe('assignWelfare() in 2024', () => {
  it('gives Muara Ancalong and Muara Bengkal the highest extreme-poverty rates', () => {
    const { panel, welfare } = simulate([2024], 0.25)
    const rows = panel[0] ?? []
    const flags = welfare.years[0]?.miskinEkstrem ?? new Uint8Array()
    const kecamatan = [...new Set(rows.map((row) => row.household.kode.slice(0, 8)))]
    const rates = kecamatan.map(
      (kode) => [kode, peopleShare(rows, flags, (row) => row.household.kode.startsWith(kode))] as const,
    )
    const top = [...rates]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([kode]) => kode)
    expect(top.sort()).toEqual([...EXTREME_POVERTY.hotspot_kecamatan])
  })

  it('calibrates the extreme line on 2024 only: one year alone gives the same 0.3%', () => {
    const { panel, welfare } = simulate([2024], 0.05)
    const share = peopleShare(panel[0] ?? [], welfare.years[0]?.miskinEkstrem ?? new Uint8Array())
    expect(Math.abs(share - EXTREME_POVERTY.percent_mid_2024)).toBeLessThan(0.05)
  })
})
