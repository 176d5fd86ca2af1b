import type { Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { areaKm2, roundTo } from './geometry.ts'
import type { ReferenceNames } from './reference-names.ts'
import { buildRegionRecords } from './region-records.ts'
import type { ShapedBoundaries } from './shape-boundaries.ts'

/** A 0.1° square whose south-west corner is `index` tenths of a degree east of 117 E. */
function makeSquare(index: number): Polygon {
  const west = 117 + index / 10
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, 0],
        [west + 0.1, 0],
        [west + 0.1, 0.1],
        [west, 0.1],
        [west, 0],
      ],
    ],
  }
}

/** Villages 99.01.01.2001, .1002 and 99.01.02.2001 side by side; kecamatan and kabupaten as squares too. */
function makeShaped(villageCodes = ['99.01.01.2001', '99.01.01.1002', '99.01.02.2001']): ShapedBoundaries {
  const villages = new Map(villageCodes.map((code, index) => [code, makeSquare(index)]))
  return {
    cleaned: villages,
    desa: villages,
    kecamatan: new Map([
      ['99.01.01', makeSquare(0)],
      ['99.01.02', makeSquare(2)],
    ]),
    kabupaten: new Map([['99.01', makeSquare(1)]]),
  }
}

function makeReference(): ReferenceNames {
  return {
    kabupaten: { kode: '99.01', nama: 'Kabupaten Contoh' },
    kecamatan: new Map([
      ['99.01.01', 'Fiksi Barat'],
      ['99.01.02', 'Fiksi Timur'],
    ]),
    villages: new Map([
      ['99.01.01.2001', 'Satu'],
      ['99.01.01.1002', 'Dua'],
      ['99.01.02.2001', 'Tiga'],
      ['99.01.02.3009', 'Aneh'],
    ]),
  }
}

describe('buildRegionRecords()', () => {
  it('orders rows kabupaten, kecamatan, villages, with official names, parents and jenis', () => {
    const records = buildRegionRecords(makeReference(), makeShaped())
    expect(records.map(({ kode, nama, level, jenis, parent }) => [kode, nama, level, jenis, parent])).toEqual(
      [
        ['99.01', 'Kabupaten Contoh', 'kabupaten', null, null],
        ['99.01.01', 'Fiksi Barat', 'kecamatan', null, '99.01'],
        ['99.01.02', 'Fiksi Timur', 'kecamatan', null, '99.01'],
        ['99.01.01.1002', 'Dua', 'desa', 'kelurahan', '99.01.01'],
        ['99.01.01.2001', 'Satu', 'desa', 'desa', '99.01.01'],
        ['99.01.02.2001', 'Tiga', 'desa', 'desa', '99.01.02'],
      ],
    )
  })

  it('sums village areas (from the cleaned layer) for kecamatan and kabupaten, rounded to 0.01 km²', () => {
    const records = buildRegionRecords(makeReference(), makeShaped())
    const square = areaKm2(makeSquare(0))
    const areaOf = (kode: string) => records.find((record) => record.kode === kode)?.luas_km2
    expect([areaOf('99.01.01.2001'), areaOf('99.01.01'), areaOf('99.01')]).toEqual([
      roundTo(square, 2),
      roundTo(areaKm2(makeSquare(0)) + areaKm2(makeSquare(1)), 2),
      roundTo(areaKm2(makeSquare(0)) + areaKm2(makeSquare(1)) + areaKm2(makeSquare(2)), 2),
    ])
  })

  it('puts every label point inside its square', () => {
    const records = buildRegionRecords(makeReference(), makeShaped())
    const village = records.find((record) => record.kode === '99.01.01.1002')
    const [lng = 0, lat = 0] = village?.label ?? []
    expect([lng > 117.1 && lng < 117.2, lat > 0 && lat < 0.1]).toEqual([true, true])
  })

  it('stops on a village code that is neither desa nor kelurahan', () => {
    const shaped = makeShaped(['99.01.01.2001', '99.01.02.3009'])
    expect(() => buildRegionRecords(makeReference(), shaped)).toThrow(/99\.01\.02\.3009: 10th character/)
  })
})
