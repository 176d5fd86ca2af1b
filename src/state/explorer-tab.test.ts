import { describe, expect, it } from 'vitest'
import { EXPLORER_TAB } from './explorer-tab.ts'

describe('EXPLORER_TAB', () => {
  it.each([
    { search: '', expected: { state: { tab: 'map' }, rejected: [] } },
    { search: '?tab=peta', expected: { state: { tab: 'map' }, rejected: [] } },
    { search: '?i=x&tab=tabel', expected: { state: { tab: 'table' }, rejected: [] } },
    {
      search: '?tab=grafik',
      expected: { state: { tab: 'map' }, rejected: [{ key: 'tab', value: 'grafik' }] },
    },
  ])('reads "$search"', ({ search, expected }) => {
    expect(EXPLORER_TAB.decode(search)).toEqual(expected)
  })

  it.each([
    { search: '?i=x&tahun=2023', tab: 'table', expected: '?i=x&tahun=2023&tab=tabel' },
    { search: '?i=x&tab=tabel&cam=1,2,3', tab: 'map', expected: '?i=x&cam=1,2,3' },
    { search: '?tab=tabel', tab: 'map', expected: '' },
    // An old explorer link: its year is rewritten under the current key.
    { search: '?i=x&t=2023', tab: 'table', expected: '?i=x&tahun=2023&tab=tabel' },
  ] as const)('writes $tab into "$search"', ({ search, tab, expected }) => {
    expect(EXPLORER_TAB.encode({ tab }, search)).toBe(expected)
  })

  it.each(['map', 'table'] as const)('writes %s so that it reads back', (tab) => {
    expect(EXPLORER_TAB.decode(EXPLORER_TAB.encode({ tab }, '?lang=en')).state.tab).toBe(tab)
  })
})
