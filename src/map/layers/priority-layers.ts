import type { FeatureCollection, Point } from 'geojson'
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl'
import { LAYER_IDS, SOURCE_IDS } from '../layer-ids.ts'
import { buildBoundaryLine } from './boundary-line.ts'
import { isStateOn, POLYGONS_ONLY } from './feature-state.ts'

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

/** The overlay's layers and the one source it adds (the rank badges' points). */
export interface PriorityLayers {
  layers: LayerSpecification[]
  sources: Record<string, GeoJSONSourceSpecification>
}

/**
 * The priority screen's overlay, composed with the base layers: villages outside the filters covered
 * pale (their own `outside` feature-state, so the choropleth's `value` and `status` keep their meaning),
 * the top villages outlined, the village hovered in the list ringed, and a numbered badge on each top
 * village (the rank, so a printed map and the list agree). Where each stacks is `LAYER_IDS`' order.
 */
export function buildPriorityLayers(params: PriorityLayerParams): PriorityLayers {
  const outside: FillLayerSpecification = {
    id: LAYER_IDS.priorityOutside,
    type: 'fill',
    source: SOURCE_IDS.villages,
    filter: POLYGONS_ONLY,
    paint: { 'fill-color': params.outsideColor, 'fill-opacity': ['case', isStateOn('outside'), 1, 0] },
  }
  const outline = buildBoundaryLine({
    id: LAYER_IDS.priorityTopOutline,
    source: SOURCE_IDS.villages,
    only: ['in', ['get', 'kode'], ['literal', [...params.topCodes]]],
    paint: {
      'line-color': params.lineColor,
      // Thick enough to read over the darkest bivariate class at the whole-kabupaten zoom (by eye).
      'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2, 11, 3.5],
    },
  })
  const listHover = buildBoundaryLine({
    id: LAYER_IDS.priorityListHover,
    source: SOURCE_IDS.villages,
    only: ['==', ['get', 'kode'], params.hoverCode ?? ''],
    paint: { 'line-color': params.hoverColor, 'line-width': 4 },
  })
  const badges: CircleLayerSpecification = {
    id: LAYER_IDS.priorityTopBadges,
    type: 'circle',
    source: SOURCE_IDS.priorityTopPoints,
    paint: {
      'circle-color': params.lineColor,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 8, 11, 11],
      'circle-stroke-color': params.badgeTextColor,
      'circle-stroke-width': 1.5,
    },
  }
  const numbers: SymbolLayerSpecification = {
    id: LAYER_IDS.priorityTopNumbers,
    type: 'symbol',
    source: SOURCE_IDS.priorityTopPoints,
    layout: {
      'text-field': ['to-string', ['get', 'rank']],
      'text-font': [params.font],
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10, 11, 13],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': params.badgeTextColor },
  }
  return {
    layers: [outside, outline, listHover, badges, numbers],
    sources: { [SOURCE_IDS.priorityTopPoints]: { type: 'geojson', data: params.rankPoints } },
  }
}
