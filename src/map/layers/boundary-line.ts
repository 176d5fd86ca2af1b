import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl'
import type { LayerId, SOURCE_IDS } from '../layer-ids.ts'
import { POLYGONS_ONLY } from './feature-state.ts'

/** What sets one boundary line apart: its layer, the areas it outlines, its ends and its paint. */
export interface BoundaryLine {
  id: LayerId
  source: typeof SOURCE_IDS.villages | typeof SOURCE_IDS.kecamatan
  /** Round caps as well as round joins (the thicker district lines). */
  roundCaps?: boolean
  /** Which of the areas get the line (all of them when absent). */
  only?: ExpressionSpecification
  paint: NonNullable<LineLayerSpecification['paint']>
}

/** A line along the edges of the areas of a source (or of those `only` picks), polygons only, with round joins. */
export function buildBoundaryLine({
  id,
  source,
  roundCaps = false,
  only,
  paint,
}: BoundaryLine): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source,
    filter: only ? ['all', POLYGONS_ONLY, only] : POLYGONS_ONLY,
    layout: roundCaps ? { 'line-join': 'round', 'line-cap': 'round' } : { 'line-join': 'round' },
    paint,
  }
}
