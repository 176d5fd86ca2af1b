import { describe, expect, it } from 'vitest'
import { countFilterOptions, filterVillages, NO_FILTERS, type PriorityFilters } from './filter-villages.ts'
import { makePriorityTable } from './testing/make-priority-table.ts'

function makeTable(): ReturnType<typeof makePriorityTable> {
  return makePriorityTable([
    {
      name: 'Farmers',
      cells: { status_idm: 1, persen_petani_miskin: 70, persen_nelayan_miskin: 20, persen_umkm_miskin: 10 },
    },
    {
      name: 'Fishers',
      kecamatan: '64.08.02',
      cells: { status_idm: 3, persen_petani_miskin: 30, persen_nelayan_miskin: 60, persen_umkm_miskin: 10 },
    },
    {
      name: 'Town',
      jenis: 'kelurahan',
      kecamatan: '64.08.02',
      cells: {
        status_idm: 'tidak_berlaku',
        persen_petani_miskin: 10,
        persen_nelayan_miskin: 0,
        persen_umkm_miskin: 90,
      },
    },
  ])
}

describe('filterVillages()', () => {
  it.each<{ name: string; filters: Partial<PriorityFilters>; expected: boolean[] }>([
    { name: 'keeps all without a filter', filters: {}, expected: [true, true, true] },
    { name: 'keeps one kecamatan', filters: { kecamatan: '64.08.02' }, expected: [false, true, true] },
    {
      name: 'keeps IDM classes (kelurahan have none)',
      filters: { idm: [1, 3] },
      expected: [true, true, false],
    },
    { name: 'keeps one IDM class', filters: { idm: [3] }, expected: [false, true, false] },
    { name: 'keeps fisher villages', filters: { livelihood: 'nelayan' }, expected: [false, true, false] },
    {
      name: 'keeps micro-business villages',
      filters: { livelihood: 'umkm' },
      expected: [false, false, true],
    },
    { name: 'keeps kelurahan', filters: { jenis: 'kelurahan' }, expected: [false, false, true] },
    {
      name: 'combines filters',
      filters: { jenis: 'desa', kecamatan: '64.08.02' },
      expected: [false, true, false],
    },
  ])('$name', ({ filters, expected }) => {
    expect(filterVillages(makeTable(), { ...NO_FILTERS, ...filters })).toEqual(expected)
  })
})

describe('countFilterOptions()', () => {
  it('counts the villages each IDM status and each lens keeps on its own', () => {
    expect(countFilterOptions(makeTable())).toEqual({
      idm: { 1: 1, 2: 0, 3: 1, 4: 0, 5: 0 },
      livelihood: { petani: 1, nelayan: 1, umkm: 1 },
    })
  })
})
