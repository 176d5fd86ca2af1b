import type { MultiPolygon, Polygon, Position } from 'geojson'
import { describe, expect, it } from 'vitest'
import { areaKm2, labelPoint, rewindPolygon, roundTo, signedArea, toMultiPolygon } from './geometry.ts'
import type { LatLngRing } from './parse-wilayah-sql.ts'

/** A lng/lat square ring, counter-clockwise unless `isClockwise`. */
function makeSquare(west: number, south: number, size: number, isClockwise = false): Position[] {
  const ring = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ]
  return isClockwise ? ring.reverse() : ring
}

/** Even-odd ray casting over all rings (holes included). */
function isInside([x, y]: [number, number], polygon: Polygon): boolean {
  let isIn = false
  for (const ring of polygon.coordinates) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? []
      const [xj = 0, yj = 0] = ring[j] ?? []
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) isIn = !isIn
    }
  }
  return isIn
}

const toLatLng = (ring: Position[]): LatLngRing => ring.map(([lng = 0, lat = 0]) => [lat, lng])

describe('toMultiPolygon()', () => {
  it.each([
    ['counter-clockwise', false],
    ['clockwise', true],
  ])('swaps [lat, lng] to [lng, lat] and winds a %s exterior counter-clockwise', (_case, isClockwise) => {
    const geometry = toMultiPolygon([[toLatLng(makeSquare(117, 0.5, 0.1, isClockwise))]])
    const exterior = geometry.coordinates[0]?.[0] ?? []
    expect(
      exterior.every(([lng = 0, lat = 0]) => lng >= 117 && lng <= 117.1 && lat >= 0.5 && lat <= 0.6),
    ).toBe(true)
    expect(signedArea(exterior)).toBeGreaterThan(0)
  })

  it('winds holes clockwise (RFC 7946)', () => {
    const geometry = toMultiPolygon([
      [toLatLng(makeSquare(0, 0, 10, true)), toLatLng(makeSquare(2, 2, 2, false))],
    ])
    const [exterior = [], hole = []] = geometry.coordinates[0] ?? []
    expect([signedArea(exterior) > 0, signedArea(hole) < 0]).toEqual([true, true])
  })
})

describe('rewindPolygon()', () => {
  it('returns new arrays and leaves its input alone', () => {
    const ring = makeSquare(0, 0, 1, true)
    const copy = JSON.parse(JSON.stringify(ring)) as Position[]
    const [rewound] = rewindPolygon([ring])
    expect(rewound).not.toBe(ring)
    expect(ring).toEqual(copy)
  })
})

describe('areaKm2()', () => {
  it.each([
    ['a 1° square at the equator', makeSquare(117, 0, 1), 12_364, 1],
    ['a 0.1° square at the equator', makeSquare(117, 0, 0.1), 123.6, 0.1],
  ])('measures %s on the sphere', (_case, ring, expected, tolerance) => {
    expect(Math.abs(areaKm2({ type: 'Polygon', coordinates: [ring] }) - expected)).toBeLessThan(tolerance)
  })
})

describe('labelPoint()', () => {
  const uShape: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ].map(([x = 0, y = 0]) => [117 + x / 10, y / 10]),
    ],
  }
  const twoIslands: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [[makeSquare(117, 0, 0.01)], [makeSquare(118, 0, 0.2)]],
  }

  it.each([
    ['a concave U shape, whose centroid is outside', uShape],
    [
      'a square with a hole in the middle',
      { type: 'Polygon', coordinates: [makeSquare(117, 0, 1), makeSquare(117.3, 0.3, 0.4, true)] } as Polygon,
    ],
  ])('puts the label inside %s', (_case, geometry) => {
    expect(isInside(labelPoint(geometry), geometry)).toBe(true)
  })

  it('labels the largest polygon of a MultiPolygon', () => {
    const [lng] = labelPoint(twoIslands)
    expect(lng).toBeGreaterThan(118)
  })
})

describe('roundTo()', () => {
  it.each([
    [653.4999, 2, 653.5],
    [0.005, 2, 0.01],
    [116.123456, 5, 116.12346],
  ])('rounds %d to %d decimals as %d', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected)
  })
})
