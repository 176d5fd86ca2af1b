import { describe, expect, it } from 'vitest'
import { readFormulaYear } from './formula-inputs.ts'
import { simulate } from './simulate.ts'
import { OFFICIAL_SETTINGS, toParameters, updateSettings } from './simulator-settings.ts'
import { makePublishedIndex, makeVillageKinds } from './testing/make-formula-year.ts'

const year = () => readFormulaYear(makePublishedIndex(), makeVillageKinds(), 2024)

describe('simulate()', () => {
  it('reproduces the published allocation with the official settings: no gainers, no losers', () => {
    const result = simulate(year(), toParameters(OFFICIAL_SETTINGS))
    expect(result.simulation?.villages.map((village) => village.simulated)).toEqual(year().published)
    expect(result.simulation).toMatchObject({ gainers: 0, losers: 0, moved: 0 })
  })

  it('moves money to the poorest when the poor-population weight rises, keeping the total', () => {
    const settings = updateSettings(OFFICIAL_SETTINGS, {
      type: 'set-weight',
      variable: 'penduduk_miskin',
      bp: 8000,
    })
    const { simulation } = simulate(year(), toParameters(settings))
    const villages = simulation?.villages ?? []
    expect(villages.reduce((total, village) => total + village.simulated.pagu, 0)).toBe(year().total)
    expect(villages.reduce((total, village) => total + village.change, 0)).toBe(0)
    // 64.08.03.2001 has the most poor people and little area or difficulty: it gains
    expect(villages.find((village) => village.kode === '64.08.03.2001')?.change).toBeGreaterThan(0)
    expect(simulation?.moved).toBe(
      villages.reduce((total, village) => total + Math.max(0, -village.change), 0),
    )
  })

  it('gives the change in percent of the published pagu', () => {
    const settings = updateSettings(OFFICIAL_SETTINGS, {
      type: 'set-share',
      component: 'alokasi_formula',
      bp: 5000,
    })
    for (const village of simulate(year(), toParameters(settings)).simulation?.villages ?? []) {
      expect(village.changePercent).toBeCloseTo((100 * village.change) / village.published.pagu, 10)
    }
  })

  it('returns the formula’s message instead of a result for invalid parameters', () => {
    const settings = updateSettings(OFFICIAL_SETTINGS, {
      type: 'set-band',
      index: 2,
      field: 'max_penduduk',
      value: 50,
    })
    expect(simulate(year(), toParameters(settings))).toEqual({
      simulation: null,
      error: 'population_bands must ascend by max_penduduk',
    })
  })
})
