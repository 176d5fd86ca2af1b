import { describe, expect, it } from 'vitest'
import { carriedSearch } from './use-route.ts'

describe('carriedSearch()', () => {
  it.each([
    { search: '', expected: '' },
    { search: '?lang=en', expected: '?lang=en' },
    { search: '?i=persen_kk_desil_1_4&t=2023&lang=en', expected: '?lang=en' },
    { search: '?e2e&i=penduduk', expected: '?e2e=' },
    { search: '?t=2023', expected: '' },
  ])('carries only the app-wide parameters of "$search"', ({ search, expected }) => {
    expect(carriedSearch(search)).toBe(expected)
  })
})
