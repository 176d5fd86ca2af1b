import type { Snapshot } from '../data/snapshot.ts'
import { type BBox, getGeometryBBox } from '../lib/geometry-bbox.ts'
import type { CameraPadding } from '../map/map-view.tsx'

/** The extent of each kecamatan polygon by code. */
export function buildKecamatanBBoxes(snapshot: Snapshot): Map<string, BBox> {
  const boxes = new Map<string, BBox>()
  for (const feature of snapshot.kecamatanShapes.features) {
    const bbox = getGeometryBBox(feature.geometry)
    if (bbox) boxes.set(feature.properties.kode, bbox)
  }
  return boxes
}

/** Room kept clear of the panels when the camera frames a village or district. */
export function cameraPadding(isCompact: boolean): CameraPadding {
  // Compact: keep clear of the search bar on top and the bottom sheet (at most 55% of the height).
  if (isCompact) return { top: 72, right: 24, bottom: Math.round(window.innerHeight * 0.5), left: 24 }
  return { top: 72, right: 48, bottom: 48, left: 48 }
}
