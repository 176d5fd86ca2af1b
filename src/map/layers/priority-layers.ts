import type { FeatureCollection, Point } from 'geojson'
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl'
import { LAYER_IDS, SOURCE_IDS } from '../layer-ids.ts'
import { FEATURE_STATE, POLYGONS_ONLY } from './feature-state.ts'

/** Ids of the priority screen's own layers and source, drawn above the base map's boundaries. */
export const PRIORITY_LAYER_IDS = {
  topOutline: 'priority-top-outline',
  listHover: 'priority-list-hover',
  topBadges: 'priority-top-badges',
  topNumbers: 'priority-top-numbers',
} as const

/** The source of the rank badges: one point per top village at its label position. */
export const PRIORITY_SOURCE_ID = 'priority-top-points'

/** The `status` feature-state of a village outside the screen's filters. */
export const OUTSIDE_STATUS = 'luar'

/** A top village's badge point: its code and rank. */
export interface RankPointProperties {
  kode: string
  rank: number
}

/** What the priority overlay draws. */
export interface PriorityLayerParams {
  /** Codes of the top villages, outlined. */
  topCodes: readonly string[]
  /** One point per top village, with its rank, for the numbered badges. */
  rankPoints: FeatureCollection<Point, RankPointProperties>
  /** The village under the pointer (or keyboard focus) in the ranked list, ringed on the map. */
  hoverCode: string | null
  /** Colour of that ring. */
  hoverColor: string
  /** Fill of villages outside the filters: paler than no-data, so the selection stands out. */
  outsideColor: string
  lineColor: string
  badgeTextColor: string
  font: string
}

function withOutsideColor(layer: FillLayerSpecification, color: string): FillLayerSpecification {
  const fill = layer.paint?.['fill-color'] as ExpressionSpecification
  return {
    ...layer,
    paint: {
      ...layer.paint,
      'fill-color': ['case', ['==', ['feature-state', FEATURE_STATE.status], OUTSIDE_STATUS], color, fill],
    },
  }
}

/**
 * The base map with the priority overlay: villages outside the filters drawn pale, the top villages
 * outlined, the village hovered in the list ringed, and a numbered badge on each top village (the rank, so a printed map and the list agree). Pure: the
 * base style is not changed.
 */
export function withPriorityLayers(
  style: StyleSpecification,
  params: PriorityLayerParams,
): StyleSpecification {
  const outline: LineLayerSpecification = {
    id: PRIORITY_LAYER_IDS.topOutline,
    type: 'line',
    source: SOURCE_IDS.villages,
    filter: ['all', POLYGONS_ONLY, ['in', ['get', 'kode'], ['literal', [...params.topCodes]]]],
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': params.lineColor,
      // Thick enough to read over the darkest bivariate class at the whole-kabupaten zoom (by eye).
      'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2, 11, 3.5],
    },
  }
  const listHover: LineLayerSpecification = {
    id: PRIORITY_LAYER_IDS.listHover,
    type: 'line',
    source: SOURCE_IDS.villages,
    filter: ['all', POLYGONS_ONLY, ['==', ['get', 'kode'], params.hoverCode ?? '']],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': params.hoverColor, 'line-width': 4 },
  }
  const badges: CircleLayerSpecification = {
    id: PRIORITY_LAYER_IDS.topBadges,
    type: 'circle',
    source: PRIORITY_SOURCE_ID,
    paint: {
      'circle-color': params.lineColor,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 8, 11, 11],
      'circle-stroke-color': params.badgeTextColor,
      'circle-stroke-width': 1.5,
    },
  }
  const numbers: SymbolLayerSpecification = {
    id: PRIORITY_LAYER_IDS.topNumbers,
    type: 'symbol',
    source: PRIORITY_SOURCE_ID,
    layout: {
      'text-field': ['to-string', ['get', 'rank']],
      'text-font': [params.font],
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10, 11, 13],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': params.badgeTextColor },
  }
  const layers: LayerSpecification[] = style.layers.map((layer) =>
    layer.id === LAYER_IDS.villageFill && layer.type === 'fill'
      ? withOutsideColor(layer, params.outsideColor)
      : layer,
  )
  // Above every boundary and the selection ring, below the labels.
  const labelsAt = layers.findIndex((layer) => layer.id === LAYER_IDS.villageLabels)
  const at = labelsAt === -1 ? layers.length : labelsAt
  layers.splice(at, 0, outline, listHover)
  layers.push(badges, numbers)
  return {
    ...style,
    sources: { ...style.sources, [PRIORITY_SOURCE_ID]: { type: 'geojson', data: params.rankPoints } },
    layers,
  }
}
