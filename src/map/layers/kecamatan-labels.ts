import type { SymbolLayerSpecification } from 'maplibre-gl'
import { LAYER_IDS, SOURCE_IDS } from '../layer-ids.ts'

/** Colours and font of a label layer. */
export interface LabelParams {
  /** A font name declared in the style's `font-faces`. */
  font: string
  textColor: string
  haloColor: string
}

/**
 * Kecamatan names at their label points, in capitals with open tracking (the cartographic convention
 * for administrative areas). Larger kecamatan are placed first when labels collide.
 */
export function buildKecamatanLabels({ font, textColor, haloColor }: LabelParams): SymbolLayerSpecification {
  return {
    id: LAYER_IDS.kecamatanLabels,
    type: 'symbol',
    source: SOURCE_IDS.kecamatanLabels,
    layout: {
      'text-field': ['get', 'nama'],
      'text-font': [font],
      // Tuned by eye: 10.5 px keeps the 18 names of Kutai Timur apart at the whole-kabupaten zoom.
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10.5, 10, 14, 13, 17],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.08,
      'text-max-width': 7,
      'text-padding': 4,
      'symbol-sort-key': ['-', ['coalesce', ['get', 'luas_km2'], 0]],
    },
    paint: {
      'text-color': textColor,
      'text-halo-color': haloColor,
      'text-halo-width': 1.6,
      'text-halo-blur': 0.4,
      // Fades once village names take over, so the two levels do not fight.
      'text-opacity': ['interpolate', ['linear'], ['zoom'], 10.5, 1, 12, 0.45],
    },
  }
}
