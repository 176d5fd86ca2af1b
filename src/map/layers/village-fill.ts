import type { ColorSpecification, ExpressionSpecification, FillLayerSpecification } from 'maplibre-gl'
import { LAYER_IDS, SOURCE_IDS } from '../layer-ids.ts'
import { FEATURE_STATE, isStateOn, POLYGONS_ONLY } from './feature-state.ts'

/** What the choropleth needs: the class thresholds and one colour per class. */
export interface VillageFillParams {
  /** Ascending thresholds; class i starts at `thresholds[i - 1]`. */
  thresholds: readonly number[]
  /** One colour per class (`thresholds.length + 1`), lowest class first. */
  colors: readonly string[]
  noDataColor: string
  /** Colour of villages whose value is withheld (status `ditahan`, a small number). */
  withheldColor: string
  /** Colour of areas the figure does not apply to (status `tidak_berlaku`); no-data unless given. */
  notApplicableColor?: string
}

/**
 * Opacity of areas outside the class the legend highlights: faint enough that the highlighted class
 * stands out, but the map still reads as a whole (tuned by eye on the 1280×800 screenshots).
 */
export const DIMMED_OPACITY = 0.18

const VALUE: ExpressionSpecification = ['feature-state', FEATURE_STATE.value]

/** The `step` expression mapping a known value to its class colour. */
export function buildClassColor({
  thresholds,
  colors,
  noDataColor,
}: VillageFillParams): ColorSpecification | ExpressionSpecification {
  const [first, ...rest] = colors
  if (first === undefined) return noDataColor
  if (thresholds.length === 0) return first
  const stops = thresholds.flatMap((threshold, index) => [threshold, rest[index] ?? first])
  return ['step', ['to-number', VALUE], first, ...stops] as ExpressionSpecification
}

/**
 * Withheld colour, else the not-applicable colour, else the class colour of a numeric `value`
 * feature-state, else no-data.
 */
export function buildFillColor(params: VillageFillParams): ExpressionSpecification {
  return [
    'case',
    ['==', ['feature-state', FEATURE_STATE.status], 'ditahan'],
    params.withheldColor,
    ['==', ['feature-state', FEATURE_STATE.status], 'tidak_berlaku'],
    params.notApplicableColor ?? params.noDataColor,
    ['==', ['typeof', VALUE], 'number'],
    buildClassColor(params),
    params.noDataColor,
  ]
}

/**
 * The village choropleth. Each polygon takes the withheld colour when its `status` feature-state is
 * `ditahan`, the not-applicable colour when it is `tidak_berlaku`, else the colour of the class its `value` falls in, else (not a number) the no-data
 * colour. Hovered and selected villages are drawn fully opaque; dimmed ones (outside a highlighted
 * legend class) faintly; the rest lets the kecamatan lines read through a little.
 */
export function buildVillageFill(params: VillageFillParams): FillLayerSpecification {
  return {
    id: LAYER_IDS.villageFill,
    type: 'fill',
    source: SOURCE_IDS.villages,
    filter: POLYGONS_ONLY,
    paint: {
      'fill-color': buildFillColor(params),
      'fill-opacity': [
        'case',
        ['any', isStateOn('hover'), isStateOn('selected')],
        1,
        isStateOn('dimmed'),
        DIMMED_OPACITY,
        0.92,
      ],
    },
  }
}
