import { describe, expect, it } from 'vitest'
import { OFFICIAL_PARAMETERS_2024 } from './formula.ts'
import {
  FULL_BP,
  isOfficial,
  OFFICIAL_SETTINGS,
  rebalance,
  settingsProblems,
  toParameters,
  updateSettings,
} from './simulator-settings.ts'

describe('toParameters()', () => {
  it('gives the official parameters back, number for number, from the official settings', () => {
    expect(toParameters(OFFICIAL_SETTINGS)).toEqual(OFFICIAL_PARAMETERS_2024)
  })
})

describe('rebalance()', () => {
  const weights = { penduduk: 1000, penduduk_miskin: 4000, luas_km2: 2000, ikg: 3000 }
  it.each([
    [
      'a rise, the others shrinking in proportion',
      'penduduk_miskin',
      6000,
      { penduduk: 667, penduduk_miskin: 6000, luas_km2: 1333, ikg: 2000 },
    ],
    [
      'a fall, the others growing in proportion',
      'penduduk_miskin',
      1000,
      { penduduk: 1500, penduduk_miskin: 1000, luas_km2: 3000, ikg: 4500 },
    ],
    ['everything on one key', 'ikg', FULL_BP, { penduduk: 0, penduduk_miskin: 0, luas_km2: 0, ikg: FULL_BP }],
    [
      'more than 100 % clamped',
      'ikg',
      12_000,
      { penduduk: 0, penduduk_miskin: 0, luas_km2: 0, ikg: FULL_BP },
    ],
    [
      'a negative value clamped to 0',
      'penduduk',
      -5,
      { penduduk: 0, penduduk_miskin: 4445, luas_km2: 2222, ikg: 3333 },
    ],
  ] as const)('handles %s', (_, key, bp, expected) => {
    const next = rebalance(weights, key, bp)
    expect(next).toEqual(expected)
    expect(Object.values(next).reduce((a, b) => a + b, 0)).toBe(FULL_BP)
  })

  it('spreads equally when the other keys are all 0', () => {
    const next = rebalance({ a: 10_000, b: 0, c: 0 }, 'a', 4000)
    expect(next).toEqual({ a: 4000, b: 3000, c: 3000 })
  })
})

describe('updateSettings()', () => {
  it.each([
    [
      'set-band amount',
      { type: 'set-band', index: 0, field: 'amount', value: 500_000_000.4 } as const,
      (s: typeof OFFICIAL_SETTINGS) => s.bands[0]?.amount,
      500_000_000,
    ],
    [
      'set-band bound',
      { type: 'set-band', index: 1, field: 'max_penduduk', value: 600 } as const,
      (s: typeof OFFICIAL_SETTINGS) => s.bands[1]?.max_penduduk,
      600,
    ],
    [
      'the open band keeps no bound',
      { type: 'set-band', index: 6, field: 'max_penduduk', value: 20_000 } as const,
      (s: typeof OFFICIAL_SETTINGS) => s.bands[6]?.max_penduduk,
      null,
    ],
    [
      'set-afirmasi',
      { type: 'set-afirmasi', status: 'tertinggal', amount: 120_000_000 } as const,
      (s: typeof OFFICIAL_SETTINGS) => s.afirmasi.tertinggal,
      120_000_000,
    ],
    [
      'a negative afirmasi clamped',
      { type: 'set-afirmasi', status: 'sangat_tertinggal', amount: -1 } as const,
      (s: typeof OFFICIAL_SETTINGS) => s.afirmasi.sangat_tertinggal,
      0,
    ],
    [
      'set-afirmasi-top',
      { type: 'set-afirmasi-top', bp: 7500 } as const,
      (s: typeof OFFICIAL_SETTINGS) => s.afirmasiTopBp,
      7500,
    ],
    [
      'set-kinerja',
      { type: 'set-kinerja', bp: 2000 } as const,
      (s: typeof OFFICIAL_SETTINGS) => s.kinerjaBp,
      2000,
    ],
    [
      'set-share',
      { type: 'set-share', component: 'alokasi_formula', bp: 4000 } as const,
      (s: typeof OFFICIAL_SETTINGS) => s.shares.alokasi_dasar,
      5571,
    ],
  ])('applies %s', (_, action, pick, expected) => {
    expect(pick(updateSettings(OFFICIAL_SETTINGS, action))).toBe(expected)
  })

  it('resets to the official settings', () => {
    const changed = updateSettings(OFFICIAL_SETTINGS, { type: 'set-kinerja', bp: 0 })
    expect(isOfficial(changed)).toBe(false)
    expect(isOfficial(updateSettings(changed, { type: 'reset' }))).toBe(true)
  })
})

describe('settingsProblems()', () => {
  it('finds none in the official settings', () => {
    expect(settingsProblems(OFFICIAL_SETTINGS)).toEqual([])
  })

  it.each([
    [
      'a bound not above the band below',
      { type: 'set-band', index: 2, field: 'max_penduduk', value: 500 } as const,
      [{ code: 'band_order', band: 2 }],
    ],
    [
      'a band amount of 0',
      { type: 'set-band', index: 3, field: 'amount', value: 0 } as const,
      [{ code: 'band_amount', band: 3 }],
    ],
  ])('names %s', (_, action, expected) => {
    expect(settingsProblems(updateSettings(OFFICIAL_SETTINGS, action))).toEqual(expected)
  })
})
