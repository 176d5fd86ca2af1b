import type { StyleSpecification } from 'maplibre-gl'
import { LAYER_IDS, type LayerId } from './layer-ids.ts'

/** The layers of the first frame at each level: the choropleth's fill and its outline. */
const FIRST_FRAME_LAYERS: Record<'desa' | 'kecamatan', ReadonlySet<LayerId>> = {
  desa: new Set([LAYER_IDS.background, LAYER_IDS.villageFill, LAYER_IDS.villageOutline]),
  kecamatan: new Set([LAYER_IDS.background, LAYER_IDS.kecamatanFill, LAYER_IDS.kecamatanOutline]),
}

/**
 * The style of the map's first frame: the choropleth alone (background, the shown level's fill and
 * outline, and their one source); every other layer and source (kabupaten land and outline, the other
 * boundaries, the highlight, labels) is added by the full style right after that frame. Why: MapLibre
 * compiles a shader program for each new layer kind and property set the first time it draws one, and
 * draws label glyphs in the browser (TinySDF); with software WebGL each program took ~100–300 ms and
 * the labels ~30 % of the time to the first map (`npm run bench`). And each GeoJSON source is sent to
 * MapLibre's one worker and indexed there in turn, so the choropleth's tiles waited behind the other
 * four sources. A layer hidden in `style` is left out too.
 */
export function buildFirstFrameStyle(
  style: StyleSpecification,
  level: 'desa' | 'kecamatan',
): StyleSpecification {
  const shown = FIRST_FRAME_LAYERS[level]
  const layers = style.layers.filter(
    (layer) =>
      (shown.has(layer.id as LayerId) || layer.type === 'background') && layer.layout?.visibility !== 'none',
  )
  const used = new Set(layers.flatMap((layer) => ('source' in layer ? [layer.source] : [])))
  return {
    ...style,
    sources: Object.fromEntries(Object.entries(style.sources).filter(([id]) => used.has(id))),
    layers,
  }
}
