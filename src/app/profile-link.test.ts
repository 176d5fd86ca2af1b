import { describe, expect, it } from 'vitest'
import { getMapSearch, getProfileSearch } from './profile-link.ts'

describe('getProfileSearch()', () => {
  it.each([
    {
      tahun: 2023,
      search: '?i=persen_kk_desil_1_4&t=2024&lang=en&tab=tabel',
      expected: '?lang=en&tahun=2023',
    },
    { tahun: 2023, search: '', expected: '?tahun=2023' },
    { tahun: null, search: '?lang=en', expected: '?lang=en' },
    { tahun: null, search: '?i=x', expected: '' },
  ])('keeps only the language and writes the year $tahun from "$search"', ({ tahun, search, expected }) => {
    expect(getProfileSearch(tahun, search)).toBe(expected)
  })
})

describe('getMapSearch()', () => {
  it.each([
    {
      kode: '64.08.04.2011',
      tahun: 2023,
      search: '?t=2024&lang=en',
      expected: '?lang=en&tahun=2023&desa=64.08.04.2011',
    },
    { kode: '64.08.04.2011', tahun: null, search: '', expected: '?desa=64.08.04.2011' },
  ])('frames the map on $kode in $tahun', ({ kode, tahun, search, expected }) => {
    expect(getMapSearch(kode, tahun, search)).toBe(expected)
  })
})
