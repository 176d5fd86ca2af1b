import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { KECAMATAN_POPULATION_2023 } from './calibration-targets'
import { makeRegions } from './make-regions'
import {
  allocatePopulation,
  kabupatenPopulation,
  largestRemainder,
  type PopulationTargets,
} from './population'
import { readRegions } from './read-regions'
import { DEMO_YEARS, type DemoRegion } from './types'
import { buildVillageProfile } from './village-profile'

const SNAPSHOT = 'public/data/regions.topojson'

describe('kabupatenPopulation()', () => {
  it.each([
    [2019, 430_934, 'extrapolated back from 2020 at the 2020–2024 annual growth'],
    [2020, 434_459, 'BPS'],
    [2021, 441_364, 'geometric interpolation 2020–2023'],
    [2022, 448_378, 'geometric interpolation 2020–2023'],
    [2023, 455_504, 'BPS'],
    [2024, 448_850, 'BPS'],
    [2025, 452_522, 'extrapolated from 2024 at the 2020–2024 annual growth'],
  ])('gives %i a total of %i (%s)', (year, expected) => {
    expect(kabupatenPopulation(year)).toBe(expected)
  })
})

describe('largestRemainder()', () => {
  it.each([
    ['proportional split', 10, [1, 1, 2], [3, 2, 5]],
    ['ties go to the earlier index', 5, [1, 1], [3, 2]],
    ['all-zero weights count as equal', 4, [0, 0, 0], [2, 1, 1]],
    ['a zero total', 0, [3, 1], [0, 0]],
    ['a single weight', 7, [0.3], [7]],
  ])('%s', (_, total, weights, expected) => {
    expect(largestRemainder(total, weights)).toEqual(expected)
  })
})

/** People per kecamatan code in `year`. */
function kecamatanTotals(
  regions: readonly DemoRegion[],
  targets: PopulationTargets,
  year: 2019 | 2023 | 2025,
) {
  const totals = new Map<string, number>()
  for (const region of regions) {
    const people = targets.get(region.kode)?.get(year) ?? 0
    totals.set(region.kecamatan_kode, (totals.get(region.kecamatan_kode) ?? 0) + people)
  }
  return totals
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** The same checks for the fixture and for the real snapshot. */
function describeAllocation(label: string, loadRegions: () => Promise<DemoRegion[]>): void {
  describe(`allocatePopulation() on ${label}`, () => {
    const setup = async () => {
      const regions = await loadRegions()
      const targets = allocatePopulation(
        regions.map((region) => buildVillageProfile(region, 42)),
        DEMO_YEARS,
      )
      return { regions, targets }
    }

    it.each(DEMO_YEARS)('sums the villages of %i exactly to the kabupaten total', async (year) => {
      const { targets } = await setup()
      const sum = [...targets.values()].reduce((acc, years) => acc + (years.get(year) ?? 0), 0)
      expect(sum).toBe(kabupatenPopulation(year))
    })

    it('matches the BPS kecamatan totals of 2023 exactly', async () => {
      const { regions, targets } = await setup()
      const totals = kecamatanTotals(regions, targets, 2023)
      for (const [kode, bps] of Object.entries(KECAMATAN_POPULATION_2023)) expect(totals.get(kode)).toBe(bps)
    })

    it.each([2019, 2023, 2025] as const)(
      'makes Sangatta Utara and Sangatta Selatan the largest kecamatan in %i',
      async (year) => {
        const { regions, targets } = await setup()
        const ranked = [...kecamatanTotals(regions, targets, year)]
          .sort((a, b) => b[1] - a[1])
          .map(([kode]) => kode)
        expect(ranked.slice(0, 2).sort()).toEqual(['64.08.04', '64.08.12'])
      },
    )

    it.each([
      ['Busang', '64.08.06'],
      ['Long Mesangat', '64.08.18'],
      ['Muara Wahau', '64.08.02'],
    ])('keeps %s sparse: its villages are below the median village', async (_, kode) => {
      const { regions, targets } = await setup()
      const people = (region: DemoRegion): number => targets.get(region.kode)?.get(2023) ?? 0
      const limit = median(regions.map(people))
      const interior = regions.filter((region) => region.kecamatan_kode === kode).map(people)
      expect(interior.reduce((sum, value) => sum + value, 0) / interior.length).toBeLessThan(limit)
    })

    it('gives every village at least a hundred people', async () => {
      const { targets } = await setup()
      for (const years of targets.values())
        for (const people of years.values()) expect(people).toBeGreaterThanOrEqual(100)
    })
  })
}

describeAllocation('the fixture', async () => makeRegions())
if (existsSync(SNAPSHOT)) describeAllocation('the real snapshot', () => readRegions(SNAPSHOT))
else console.info(`population: skipping the real-snapshot checks, ${SNAPSHOT} does not exist`)

describe('allocatePopulation() with a scale', () => {
  it('sums to the rounded scaled total', () => {
    const profiles = makeRegions().map((region) => buildVillageProfile(region, 1))
    const targets = allocatePopulation(profiles, [2024], 0.01)
    const sum = [...targets.values()].reduce((acc, years) => acc + (years.get(2024) ?? 0), 0)
    expect(sum).toBe(Math.round(0.01 * 448_850))
  })
})
