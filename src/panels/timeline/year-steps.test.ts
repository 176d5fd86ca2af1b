import { describe, expect, it } from 'vitest'
import { getNextYear, getPlayInterval, getPlayStart } from './year-steps.ts'

const years = [2019, 2020, 2021, 2023]

describe('getNextYear()', () => {
  it.each([
    { tahun: 2019, expected: 2020 },
    { tahun: 2021, expected: 2023 },
    { tahun: 2023, expected: null },
    { tahun: 2022, expected: 2019 },
  ])('steps from $tahun to $expected', ({ tahun, expected }) => {
    expect(getNextYear(years, tahun)).toBe(expected)
  })

  it('has no next year without years', () => {
    expect(getNextYear([], 2020)).toBeNull()
  })
})

describe('getPlayStart()', () => {
  it.each([
    { tahun: 2020, expected: 2020 },
    { tahun: 2023, expected: 2019 },
  ])('starts playing at $tahun from $expected', ({ tahun, expected }) => {
    expect(getPlayStart(years, tahun)).toBe(expected)
  })
})

describe('getPlayInterval()', () => {
  it('shows each year longer when reduced motion is asked for', () => {
    expect(getPlayInterval(true)).toBeGreaterThan(getPlayInterval(false))
  })
})
