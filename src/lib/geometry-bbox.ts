import type { Geometry, Position } from 'geojson'

/** A bounding box `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number]

function visitPositions(geometry: Geometry, visit: (position: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates)
      break
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit)
      break
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) line.forEach(visit)
      break
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) ring.forEach(visit)
      break
    case 'GeometryCollection':
      for (const part of geometry.geometries) visitPositions(part, visit)
      break
  }
}

/** The bounding box of a geometry, or `null` when it has no coordinates. */
export function getGeometryBBox(geometry: Geometry | null): BBox | null {
  if (!geometry) return null
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity]
  visitPositions(geometry, ([lng, lat]) => {
    if (lng === undefined || lat === undefined) return
    box[0] = Math.min(box[0], lng)
    box[1] = Math.min(box[1], lat)
    box[2] = Math.max(box[2], lng)
    box[3] = Math.max(box[3], lat)
  })
  return Number.isFinite(box[0]) ? box : null
}

/** The smallest box holding all given boxes, or `null` for none. */
export function mergeBBoxes(boxes: readonly BBox[]): BBox | null {
  if (boxes.length === 0) return null
  return boxes.reduce<BBox>(
    (merged, box) => [
      Math.min(merged[0], box[0]),
      Math.min(merged[1], box[1]),
      Math.max(merged[2], box[2]),
      Math.max(merged[3], box[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  )
}
