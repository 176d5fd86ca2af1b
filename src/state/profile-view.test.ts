import { describe, expect, it } from 'vitest'
import { readProfileYear } from './profile-year.ts'

describe('readProfileYear()', () => {
  const years = [2019, 2023, 2024]
  it.each([
    { search: '?t=2023', years, expected: { tahun: 2023, notice: null } },
    { search: '', years, expected: { tahun: 2024, notice: null } },
    {
      search: '?t=1999',
      years,
      expected: { tahun: 2024, notice: { key: 't', value: '1999', reason: 'unknown' } },
    },
    {
      search: '?t=abc',
      years,
      expected: { tahun: 2024, notice: { key: 't', value: 'abc', reason: 'malformed' } },
    },
    {
      search: '?t=2023',
      years: [],
      expected: { tahun: null, notice: { key: 't', value: '2023', reason: 'unknown' } },
    },
  ])('reads "$search" against $years', ({ search, years: published, expected }) => {
    expect(readProfileYear(search, published)).toEqual(expected)
  })
})
