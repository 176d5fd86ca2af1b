import type { SymbolLayerSpecification } from 'maplibre-gl'
import { LAYER_IDS, SOURCE_IDS } from '../layer-ids.ts'
import type { LabelParams } from './kecamatan-labels.ts'

/** Zoom from which village names fit inside most village polygons of the region (tuned by eye). */
export const VILLAGE_LABELS_MIN_ZOOM = 9.5

/** Village names at their label points, shown once zoomed in. */
export function buildVillageLabels({ font, textColor, haloColor }: LabelParams): SymbolLayerSpecification {
  return {
    id: LAYER_IDS.villageLabels,
    type: 'symbol',
    source: SOURCE_IDS.villageLabels,
    minzoom: VILLAGE_LABELS_MIN_ZOOM,
    layout: {
      'text-field': ['get', 'nama'],
      'text-font': [font],
      'text-size': ['interpolate', ['linear'], ['zoom'], VILLAGE_LABELS_MIN_ZOOM, 11, 13, 14],
      'text-max-width': 8,
      'text-padding': 2,
    },
    paint: {
      'text-color': textColor,
      'text-halo-color': haloColor,
      'text-halo-width': 1.4,
    },
  }
}
