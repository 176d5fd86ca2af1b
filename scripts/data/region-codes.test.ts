import { describe, expect, it } from 'vitest'
import { groupByKecamatan, jenisOf, kabupatenCodeOf, kecamatanCodeOf } from './region-codes.ts'

describe('jenisOf()', () => {
  it.each([
    ['64.08.04.1010', 'kelurahan'],
    ['64.08.12.1002', 'kelurahan'],
    ['64.08.01.2001', 'desa'],
    ['64.08.01.3001', null],
    ['64.08.01', null],
    ['64.08.01.20011', null],
  ])('classifies %s as %s', (code, expected) => {
    expect(jenisOf(code)).toBe(expected)
  })
})

describe('kecamatanCodeOf() and kabupatenCodeOf()', () => {
  it.each([
    ['64.08.04.1010', '64.08.04', '64.08'],
    ['64.74.03.1003', '64.74.03', '64.74'],
  ])('take the leading parts of %s', (code, kecamatan, kabupaten) => {
    expect([kecamatanCodeOf(code), kabupatenCodeOf(code)]).toEqual([kecamatan, kabupaten])
  })
})

describe('groupByKecamatan()', () => {
  it.each([
    ['no codes', [], []],
    ['one code', ['64.08.01.2001'], [['64.08.01', ['64.08.01.2001']]]],
    [
      'unsorted codes of two kecamatan, sorted by key and member',
      ['64.08.10.2002', '64.08.02.2001', '64.08.10.2001', '64.08.02.1001'],
      [
        ['64.08.02', ['64.08.02.1001', '64.08.02.2001']],
        ['64.08.10', ['64.08.10.2001', '64.08.10.2002']],
      ],
    ],
  ])('groups %s', (_case, codes, expected) => {
    expect([...groupByKecamatan(codes)]).toEqual(expected)
  })
})
