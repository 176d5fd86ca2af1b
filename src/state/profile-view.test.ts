import { describe, expect, it } from 'vitest'
import { defineProfileView } from './profile-view.ts'

describe('defineProfileView()', () => {
  const years = [2019, 2023, 2024]
  it.each([
    { search: '?tahun=2023', years, expected: { state: { tahun: 2023 }, rejected: [] } },
    // The link the explorer's table and panel opened before issue 19 (`/desa/<kode>?t=2024`).
    { search: '?t=2023&lang=en', years, expected: { state: { tahun: 2023 }, rejected: [] } },
    { search: '', years, expected: { state: { tahun: 2024 }, rejected: [] } },
    {
      search: '?tahun=1999',
      years,
      expected: { state: { tahun: 2024 }, rejected: [{ key: 'tahun', value: '1999' }] },
    },
    {
      search: '?t=abc',
      years,
      expected: { state: { tahun: 2024 }, rejected: [{ key: 'tahun', value: 'abc' }] },
    },
    {
      search: '?tahun=2023',
      years: [],
      expected: { state: { tahun: null }, rejected: [{ key: 'tahun', value: '2023' }] },
    },
  ])('reads "$search" against $years', ({ search, years: published, expected }) => {
    expect(defineProfileView(published).decode(search)).toEqual(expected)
  })

  it('always writes the year, replacing an old `t`, and keeps the language', () => {
    const codec = defineProfileView(years)
    expect(codec.encode({ tahun: 2024 }, '?t=2019&lang=en')).toBe('?lang=en&tahun=2024')
    expect(codec.encode({ tahun: null }, '?lang=en')).toBe('?lang=en')
  })
})
