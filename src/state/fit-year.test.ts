import { describe, expect, it } from 'vitest'
import { fitYear } from './fit-year.ts'
import { DEFAULT_VIEW_STATE } from './view-state.ts'

describe('fitYear()', () => {
  it.each([
    { name: 'keeps a year with data', tahun: 2021, years: [2020, 2021, 2022], expected: 2021 },
    { name: 'moves a year without data to the latest', tahun: 2019, years: [2020, 2022], expected: 2022 },
    { name: 'keeps the year of an indicator without years', tahun: 2019, years: [], expected: 2019 },
  ])('$name', ({ tahun, years, expected }) => {
    expect(fitYear({ ...DEFAULT_VIEW_STATE, tahun }, years).tahun).toBe(expected)
  })

  it('returns the same object when nothing changes', () => {
    const state = { ...DEFAULT_VIEW_STATE, tahun: 2021 }
    expect(fitYear(state, [2021])).toBe(state)
  })
})
