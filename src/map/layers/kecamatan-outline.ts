import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl'
import { LAYER_IDS, SOURCE_IDS } from '../layer-ids.ts'
import { buildBoundaryLine } from './boundary-line.ts'

// Widths tuned by eye: kecamatan lines must read over the darkest class at the whole-kabupaten zoom.
const LINE_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 7, 0.9, 10, 1.6, 13, 2.4]
const CASING_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 7, 2.6, 10, 4, 13, 5.5]

/** Kecamatan (district) boundaries: a solid dark line. */
export function buildKecamatanOutline({ color }: { color: string }): LineLayerSpecification {
  return buildBoundaryLine({
    id: LAYER_IDS.kecamatanOutline,
    source: SOURCE_IDS.kecamatan,
    roundCaps: true,
    paint: { 'line-color': color, 'line-width': LINE_WIDTH },
  })
}

/** A soft light band under the kecamatan line, so it stands out from dark fills. */
export function buildKecamatanCasing({ color }: { color: string }): LineLayerSpecification {
  return buildBoundaryLine({
    id: LAYER_IDS.kecamatanCasing,
    source: SOURCE_IDS.kecamatan,
    roundCaps: true,
    paint: { 'line-color': color, 'line-opacity': 0.55, 'line-width': CASING_WIDTH },
  })
}
