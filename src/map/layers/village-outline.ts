import type { LineLayerSpecification } from 'maplibre-gl'
import { LAYER_IDS, SOURCE_IDS } from '../layer-ids.ts'
import { buildBoundaryLine } from './boundary-line.ts'
import { isStateOn } from './feature-state.ts'

/** Thin lines between villages, thickening as the map zooms in. */
export function buildVillageOutline({ color }: { color: string }): LineLayerSpecification {
  return buildBoundaryLine({
    id: LAYER_IDS.villageOutline,
    source: SOURCE_IDS.villages,
    paint: {
      'line-color': color,
      'line-opacity': 0.85,
      // Tuned by eye on the Kutai Timur extent: hairlines at the whole-kabupaten zoom (≈7.5).
      'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.4, 10, 1, 13, 1.6],
    },
  })
}

/**
 * The ring around the hovered and the selected village, drawn above all boundaries so it is never
 * cut by a neighbour's line. Other villages get a zero-width line.
 */
export function buildVillageHighlight({ color }: { color: string }): LineLayerSpecification {
  return buildBoundaryLine({
    id: LAYER_IDS.villageHighlight,
    source: SOURCE_IDS.villages,
    paint: {
      'line-color': color,
      'line-width': ['case', isStateOn('selected'), 3, isStateOn('hover'), 2, 0],
      'line-opacity': ['case', ['any', isStateOn('selected'), isStateOn('hover')], 1, 0],
    },
  })
}
