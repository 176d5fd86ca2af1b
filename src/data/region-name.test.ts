import { describe, expect, it } from 'vitest'
import { parseRegionName } from './region-name.ts'

describe('parseRegionName()', () => {
  it.each([
    { nama: 'Kabupaten Kutai Timur', expected: { kind: 'kabupaten', name: 'Kutai Timur' } },
    { nama: 'KAB. KUTAI TIMUR', expected: { kind: 'kabupaten', name: 'KUTAI TIMUR' } },
    { nama: 'Kota Bontang', expected: { kind: 'kota', name: 'Bontang' } },
    { nama: ' Kutai Timur ', expected: { kind: null, name: 'Kutai Timur' } },
    { nama: 'Kotabaru', expected: { kind: null, name: 'Kotabaru' } },
  ])('splits "$nama"', ({ nama, expected }) => {
    expect(parseRegionName(nama)).toEqual(expected)
  })
})
