import type { MultiPolygon, Polygon, Position } from 'geojson'

/** A polygon shape as the snapshot holds it. */
export type LocatorGeometry = Polygon | MultiPolygon

/** The SVG paths of the locator map, in a `width × height` box. */
export interface LocatorPaths {
  /** The outline of the kabupaten. */
  kabupaten: string
  /** Every kecamatan outline, with the village's own marked. */
  kecamatan: { kode: string; path: string; isCurrent: boolean }[]
  /** The village itself. */
  village: string
  /** Where to ring the village so that a small one is still found: its label point. */
  marker: { x: number; y: number } | null
  height: number
}

/** Extent `[minLng, minLat, maxLng, maxLat]`. */
type Extent = [number, number, number, number]

function ringsOf(geometry: LocatorGeometry): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()
}

function extentOf(geometries: readonly LocatorGeometry[]): Extent | null {
  let extent: Extent | null = null
  for (const ring of geometries.flatMap(ringsOf)) {
    for (const [lng = 0, lat = 0] of ring) {
      extent = extent
        ? [
            Math.min(extent[0], lng),
            Math.min(extent[1], lat),
            Math.max(extent[2], lng),
            Math.max(extent[3], lat),
          ]
        : [lng, lat, lng, lat]
    }
  }
  return extent
}

/**
 * Draws the kabupaten, its kecamatan and one village as SVG paths, fitted to `width` with the height
 * that keeps the shape. The projection is equirectangular with longitudes scaled by cos(mid-latitude):
 * over one kabupaten (~2° near the equator) it differs from Web Mercator by far less than a pixel,
 * and it needs no projection library. Pure; the SVG prints, unlike a WebGL canvas.
 */
export function buildLocatorPaths(
  kabupaten: readonly LocatorGeometry[],
  kecamatan: readonly { kode: string; geometry: LocatorGeometry }[],
  village: { kecamatanKode: string; geometry: LocatorGeometry; labelPoint?: Position },
  width: number,
): LocatorPaths {
  const extent = extentOf([...kabupaten, ...kecamatan.map((item) => item.geometry), village.geometry])
  if (!extent) return { kabupaten: '', kecamatan: [], village: '', marker: null, height: 0 }
  const [minLng, minLat, maxLng, maxLat] = extent
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const spanX = Math.max((maxLng - minLng) * xScale, 1e-9)
  const spanY = Math.max(maxLat - minLat, 1e-9)
  const scale = width / spanX
  const height = Math.round(spanY * scale)
  const project = ([lng = 0, lat = 0]: Position): { x: number; y: number } => ({
    x: Number(((lng - minLng) * xScale * scale).toFixed(1)),
    y: Number(((maxLat - lat) * scale).toFixed(1)),
  })
  const point = (position: Position): string => {
    const { x, y } = project(position)
    return `${x.toFixed(1)},${y.toFixed(1)}`
  }
  const pathOf = (geometry: LocatorGeometry): string =>
    ringsOf(geometry)
      .map((ring) => `M${ring.map(point).join('L')}Z`)
      .join('')
  return {
    kabupaten: kabupaten.map(pathOf).join(''),
    kecamatan: kecamatan.map((item) => ({
      kode: item.kode,
      path: pathOf(item.geometry),
      isCurrent: item.kode === village.kecamatanKode,
    })),
    village: pathOf(village.geometry),
    marker: village.labelPoint ? project(village.labelPoint) : null,
    height,
  }
}
