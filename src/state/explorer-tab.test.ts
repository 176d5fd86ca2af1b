import { describe, expect, it } from 'vitest'
import { readExplorerTab, writeExplorerTab } from './explorer-tab.ts'

describe('readExplorerTab()', () => {
  it.each([
    { search: '', expected: { tab: 'map', notice: null } },
    { search: '?tab=peta', expected: { tab: 'map', notice: null } },
    { search: '?i=x&tab=tabel', expected: { tab: 'table', notice: null } },
    {
      search: '?tab=grafik',
      expected: { tab: 'map', notice: { key: 'tab', value: 'grafik', reason: 'unknown' } },
    },
  ])('reads "$search"', ({ search, expected }) => {
    expect(readExplorerTab(search)).toEqual(expected)
  })
})

describe('writeExplorerTab()', () => {
  it.each([
    { search: '?i=x&t=2023', tab: 'table', expected: '?i=x&t=2023&tab=tabel' },
    { search: '?i=x&tab=tabel&cam=1,2,3', tab: 'map', expected: '?i=x&cam=1,2,3' },
    { search: '?tab=tabel', tab: 'map', expected: '' },
  ] as const)('writes $tab into "$search"', ({ search, tab, expected }) => {
    expect(writeExplorerTab(search, tab)).toBe(expected)
  })

  it.each(['map', 'table'] as const)('writes %s so that it reads back', (tab) => {
    expect(readExplorerTab(writeExplorerTab('?lang=en', tab)).tab).toBe(tab)
  })
})
