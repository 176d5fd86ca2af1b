/**
 * Small pure geometry helpers: upstream `[lat, lng]` to GeoJSON `[lng, lat]` with RFC 7946 winding,
 * area on the sphere, and a label point that lies inside the polygon.
 */
import turfArea from '@turf/area'
import pointOnFeature from '@turf/point-on-feature'
import type { MultiPolygon, Polygon, Position } from 'geojson'
import polylabel from 'polylabel'
import type { LatLngRing } from './parse-wilayah-sql.ts'

/** Twice the signed planar area of a ring; positive when counter-clockwise in `[lng, lat]`. */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0
  for (let index = 0; index + 1 < ring.length; index++) {
    const [x1 = 0, y1 = 0] = ring[index] ?? []
    const [x2 = 0, y2 = 0] = ring[index + 1] ?? []
    sum += x1 * y2 - x2 * y1
  }
  return sum
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. Returns new arrays. */
export function rewindPolygon(rings: readonly Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const isCounterClockwise = signedArea(ring) > 0
    const shouldBeCounterClockwise = index === 0
    return isCounterClockwise === shouldBeCounterClockwise ? [...ring] : [...ring].reverse()
  })
}

/** Upstream `[lat, lng]` polygons → a GeoJSON MultiPolygon in `[lng, lat]`, wound per RFC 7946. */
export function toMultiPolygon(polygons: readonly LatLngRing[][]): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings) =>
      rewindPolygon(rings.map((ring) => ring.map(([lat, lng]) => [lng, lat]))),
    ),
  }
}

/** Area in km² on a sphere (turf; PostGIS's spheroid `ST_Area(geography)` is ~0.45% off, measured on these boundaries). */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return turfArea(geometry) / 1e6
}

/** Polygons of a (Multi)Polygon as arrays of rings. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

/** About 11 m at the equator: finer than any label needs, and polylabel stays fast. */
const LABEL_PRECISION_DEGREES = 1e-4

/**
 * A point well inside the largest polygon (polylabel's pole of inaccessibility, holes respected),
 * falling back to turf's point-on-feature for degenerate shapes. Returns `[lng, lat]`.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = polygonsOf(geometry)
  let largest: Position[][] | undefined
  let largestArea = -1
  for (const rings of polygons) {
    const area = turfArea({ type: 'Polygon', coordinates: rings })
    if (area > largestArea) [largest, largestArea] = [rings, area]
  }
  if (largest) {
    const point = polylabel(largest, LABEL_PRECISION_DEGREES)
    if (point.distance > 0) return [point[0], point[1]]
  }
  const [lng = 0, lat = 0] = pointOnFeature(geometry).geometry.coordinates
  return [lng, lat]
}

/** Rounds to a fixed number of decimals (e.g. km² to 2). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
