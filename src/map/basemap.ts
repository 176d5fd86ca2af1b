import type { FeatureCollection, Geometry } from 'geojson'
import type {
  FillLayerSpecification,
  FontFacesSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl'
import { FEATURE_ID_PROPERTY, LAYER_IDS, LAYER_ORDER, SOURCE_IDS } from './layer-ids.ts'
import { buildKecamatanFill } from './layers/kecamatan-fill.ts'
import { buildKecamatanLabels } from './layers/kecamatan-labels.ts'
import { buildKecamatanCasing, buildKecamatanOutline } from './layers/kecamatan-outline.ts'
import { buildVillageFill, type VillageFillParams } from './layers/village-fill.ts'
import { buildVillageLabels } from './layers/village-labels.ts'
import { buildVillageHighlight, buildVillageOutline } from './layers/village-outline.ts'
import { MAP_FONTS, MAP_THEME } from './map-theme.ts'

/** The GeoJSON the map draws, one collection per source. */
export interface MapData {
  kabupaten: FeatureCollection<Geometry | null>
  kecamatan: FeatureCollection<Geometry | null>
  villages: FeatureCollection<Geometry | null>
  kecamatanLabels: FeatureCollection<Geometry | null>
  villageLabels: FeatureCollection<Geometry | null>
}

/** What the base layers depend on: the choropleth's classes and colours and the level it colours. */
export interface BaseLayerParams {
  fill: VillageFillParams
  /** The level the choropleth colours; the other level's fill is hidden. Villages by default. */
  level?: 'desa' | 'kecamatan'
}

/** Everything the style depends on: the boundaries, the layers a screen composes and its own sources. */
export interface MapStyleParams {
  data: MapData
  layers: readonly LayerSpecification[]
  /** Sources a screen adds for its own layers (the priority screen's rank badges). */
  sources?: Readonly<Record<string, GeoJSONSourceSpecification>>
  fontFaces: FontFacesSpecification
}

function geojson(data: FeatureCollection<Geometry | null>, promote: boolean): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: data as GeoJSON.GeoJSON,
    ...(promote ? { promoteId: FEATURE_ID_PROPERTY } : {}),
    // The snapshot is already simplified by the pipeline; tolerance 0.25 px keeps shared edges closed.
    tolerance: 0.25,
  }
}

/** The layer kept in the style (so switching level needs no reload) but not drawn. */
function hideLayer<T extends FillLayerSpecification | LineLayerSpecification>(layer: T): T {
  return { ...layer, layout: { ...layer.layout, visibility: 'none' } }
}

/**
 * The layers every map screen shows: background, kabupaten land, the choropleth of the shown level,
 * boundaries, the hover/selection ring and labels. Context stays quiet under the choropleth.
 */
export function buildBaseLayers({ fill, level = 'desa' }: BaseLayerParams): LayerSpecification[] {
  const isKecamatan = level === 'kecamatan'
  return [
    { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': MAP_THEME.background } },
    {
      id: LAYER_IDS.kabupatenFill,
      type: 'fill',
      source: SOURCE_IDS.kabupaten,
      paint: { 'fill-color': MAP_THEME.land },
    },
    isKecamatan ? hideLayer(buildVillageFill(fill)) : buildVillageFill(fill),
    buildKecamatanFill({ ...fill, isVisible: isKecamatan }),
    // Village lines would cut the kecamatan fill into villages again: hidden at that level.
    isKecamatan
      ? hideLayer(buildVillageOutline({ color: MAP_THEME.villageLine }))
      : buildVillageOutline({ color: MAP_THEME.villageLine }),
    buildKecamatanCasing({ color: MAP_THEME.kecamatanCasing }),
    buildKecamatanOutline({ color: MAP_THEME.kecamatanLine }),
    {
      id: LAYER_IDS.kabupatenOutline,
      type: 'line',
      source: SOURCE_IDS.kabupaten,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': MAP_THEME.kabupatenLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.6, 12, 3],
      },
    },
    buildVillageHighlight({ color: MAP_THEME.highlight }),
    buildVillageLabels({
      font: MAP_FONTS.regular,
      textColor: MAP_THEME.villageLabelText,
      haloColor: MAP_THEME.labelHalo,
    }),
    buildKecamatanLabels({
      font: MAP_FONTS.semibold,
      textColor: MAP_THEME.labelText,
      haloColor: MAP_THEME.labelHalo,
    }),
  ]
}

/** Stack position of a layer: its place in `LAYER_IDS`; an unknown id goes on top. */
function stackOf(layer: LayerSpecification): number {
  return LAYER_ORDER.get(layer.id) ?? LAYER_ORDER.size
}

/**
 * The whole map style, built inline from our own data: no tiles, sprites or glyph server, so the map
 * renders with no network. The layers are stacked in the order of `LAYER_IDS` whatever order the
 * screen lists them in (a stable sort, so unknown ids keep theirs, on top).
 */
export function buildMapStyle({ data, layers, sources = {}, fontFaces }: MapStyleParams): StyleSpecification {
  return {
    version: 8,
    name: 'Peta Prioritas Desa',
    'font-faces': fontFaces,
    sources: {
      [SOURCE_IDS.kabupaten]: geojson(data.kabupaten, false),
      [SOURCE_IDS.kecamatan]: geojson(data.kecamatan, true),
      [SOURCE_IDS.villages]: geojson(data.villages, true),
      [SOURCE_IDS.kecamatanLabels]: geojson(data.kecamatanLabels, false),
      [SOURCE_IDS.villageLabels]: geojson(data.villageLabels, false),
      ...sources,
    },
    layers: [...layers].sort((a, b) => stackOf(a) - stackOf(b)),
  }
}
