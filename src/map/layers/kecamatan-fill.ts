import type { FillLayerSpecification } from 'maplibre-gl'
import { LAYER_IDS, SOURCE_IDS } from '../layer-ids.ts'
import { isStateOn, POLYGONS_ONLY } from './feature-state.ts'
import { buildFillColor, DIMMED_OPACITY, type VillageFillParams } from './village-fill.ts'

/** The kecamatan choropleth: the village classes and colours, and whether the level is shown. */
export interface KecamatanFillParams extends VillageFillParams {
  /** `false` in the village view: the layer stays in the style (no reload) but is not drawn. */
  isVisible: boolean
}

/**
 * The kecamatan (district) choropleth, coloured from the `value` and `status` feature-state of each
 * district exactly like the village fill. The values are the published kecamatan rows (computed in SQL
 * from summed numerators), never averaged in the browser. A hovered district is drawn fully opaque.
 */
export function buildKecamatanFill(params: KecamatanFillParams): FillLayerSpecification {
  return {
    id: LAYER_IDS.kecamatanFill,
    type: 'fill',
    source: SOURCE_IDS.kecamatan,
    filter: POLYGONS_ONLY,
    layout: { visibility: params.isVisible ? 'visible' : 'none' },
    paint: {
      'fill-color': buildFillColor(params),
      'fill-opacity': ['case', isStateOn('hover'), 1, isStateOn('dimmed'), DIMMED_OPACITY, 0.92],
    },
  }
}
