import type { Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { buildLocatorPaths } from './locator-paths.ts'

function makeSquare(lng: number, lat: number, size: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lng, lat],
        [lng + size, lat],
        [lng + size, lat + size],
        [lng, lat + size],
        [lng, lat],
      ],
    ],
  }
}

describe('buildLocatorPaths()', () => {
  it('fits the kabupaten to the width with north up, keeping the shape at the equator', () => {
    const paths = buildLocatorPaths(
      [makeSquare(0, 0, 2)],
      [],
      { kecamatanKode: 'k', geometry: makeSquare(0, 0, 1) },
      100,
    )
    expect(paths.height).toBe(100)
    expect(paths.kabupaten).toBe('M0.0,100.0L100.0,100.0L100.0,0.0L0.0,0.0L0.0,100.0Z')
    expect(paths.village).toBe('M0.0,100.0L50.0,100.0L50.0,50.0L0.0,50.0L0.0,100.0Z')
  })

  it('narrows longitudes away from the equator (cos 60° = 0.5 makes a 2:1 box square)', () => {
    const box: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 59.5],
          [2, 59.5],
          [2, 60.5],
          [0, 60.5],
          [0, 59.5],
        ],
      ],
    }
    expect(buildLocatorPaths([box], [], { kecamatanKode: 'k', geometry: box }, 100).height).toBe(100)
  })

  it('rings the village at its label point', () => {
    const paths = buildLocatorPaths(
      [makeSquare(0, 0, 2)],
      [],
      { kecamatanKode: 'k', geometry: makeSquare(0, 0, 1), labelPoint: [0.5, 1.5] },
      100,
    )
    expect(paths.marker).toEqual({ x: 25, y: 25 })
  })

  it('marks the kecamatan the village lies in', () => {
    const paths = buildLocatorPaths(
      [makeSquare(0, 0, 2)],
      [
        { kode: 'a', geometry: makeSquare(0, 0, 1) },
        { kode: 'b', geometry: makeSquare(1, 0, 1) },
      ],
      { kecamatanKode: 'b', geometry: makeSquare(1, 0, 0.5) },
      100,
    )
    expect(paths.kecamatan.map((item) => [item.kode, item.isCurrent])).toEqual([
      ['a', false],
      ['b', true],
    ])
  })

  it('draws nothing for empty geometries', () => {
    const empty: Polygon = { type: 'Polygon', coordinates: [] }
    expect(buildLocatorPaths([], [], { kecamatanKode: 'k', geometry: empty }, 100)).toEqual({
      kabupaten: '',
      kecamatan: [],
      village: '',
      marker: null,
      height: 0,
    })
  })
})
