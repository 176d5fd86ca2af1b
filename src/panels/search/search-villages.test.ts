import { describe, expect, it } from 'vitest'
import { searchVillages } from './search-villages.ts'

function makeVillages() {
  return [
    { kode: '64.08.04.2011', nama: 'Singa Gembara', kecamatan_nama: 'Sangatta Utara' },
    { kode: '64.08.04.2001', nama: 'Swarga Bara', kecamatan_nama: 'Sangatta Utara' },
    { kode: '64.08.04.1010', nama: 'Teluk Lingga', kecamatan_nama: 'Sangatta Utara' },
    { kode: '64.08.04.2002', nama: 'Sangatta Utara', kecamatan_nama: 'Sangatta Utara' },
    { kode: '64.08.12.1002', nama: 'Singa Geweh', kecamatan_nama: 'Sangatta Selatan' },
    { kode: '64.08.05.2003', nama: 'Benua Baru', kecamatan_nama: 'Sangkulirang' },
    { kode: '64.08.03.2001', nama: 'Benua Baru Ilir', kecamatan_nama: 'Muara Bengkal' },
  ]
}

const names = (query: string, limit = 10): string[] =>
  searchVillages(makeVillages(), query, limit).map((village) => village.nama)

describe('searchVillages()', () => {
  it.each([
    { query: 'singa gembara', expected: ['Singa Gembara'] },
    { query: 'SÍNGA GEMBARA', expected: ['Singa Gembara'] },
    { query: 'Singa Gembara', expected: ['Singa Gembara'] },
    { query: 'singagembara', expected: ['Singa Gembara'] },
    { query: 'singa', expected: ['Singa Gembara', 'Singa Geweh'] },
    { query: 'baru', expected: ['Benua Baru', 'Benua Baru Ilir'] },
    { query: 'ilir', expected: ['Benua Baru Ilir'] },
    { query: 'bengkal', expected: ['Benua Baru Ilir'] },
    { query: '64.08.04.10', expected: ['Teluk Lingga'] },
    { query: 'xyz', expected: [] },
    { query: '   ', expected: [] },
  ])('finds $expected for "$query"', ({ query, expected }) => {
    expect(names(query)).toEqual(expected)
  })

  it('ranks a word starting with the query before the query inside a word', () => {
    expect(names('ba')).toEqual(['Benua Baru', 'Benua Baru Ilir', 'Swarga Bara', 'Singa Gembara'])
  })

  it('ranks name matches before kecamatan matches', () => {
    expect(names('sangatta')).toEqual([
      'Sangatta Utara',
      'Singa Gembara',
      'Singa Geweh',
      'Swarga Bara',
      'Teluk Lingga',
    ])
  })

  it('returns at most the limit', () => {
    expect(names('a', 2)).toHaveLength(2)
  })
})
