import type * as maplibregl from 'maplibre-gl'
import { INTERACTIVE_LAYER_IDS } from './layer-ids.ts'
import { FEATURE_STATE } from './layers/feature-state.ts'
import type { HoverInfo } from './map-view.tsx'

/** What the pointer reports: the area under it (or none) and the area clicked (or none). */
export interface PointerHandlers {
  onHover: (hover: HoverInfo | null) => void
  onSelect: (kode: string | null) => void
}

/**
 * Hover and click on the choropleth: sets the `hover` feature-state of the area under the pointer
 * (and the pointer cursor), reports it with where it is, and reports clicks. Hidden layers answer no
 * query, so only the shown level's areas are hovered and clicked.
 */
export function wirePointer(map: maplibregl.Map, handlers: PointerHandlers): void {
  let hovered: { source: string; id: string } | null = null
  const setHovered = (next: { source: string; id: string } | null): void => {
    if (next?.id === hovered?.id && next?.source === hovered?.source) return
    if (hovered !== null) map.setFeatureState(hovered, { [FEATURE_STATE.hover]: false })
    hovered = next
    if (next !== null) map.setFeatureState(next, { [FEATURE_STATE.hover]: true })
    map.getCanvas().style.cursor = next === null ? '' : 'pointer'
  }
  const areaAt = (point: maplibregl.PointLike): { source: string; id: string } | null => {
    // Until the full style follows the first frame, only some of these layers exist.
    const present = INTERACTIVE_LAYER_IDS.filter((id) => map.getLayer(id) !== undefined)
    const feature = map.queryRenderedFeatures(point, { layers: [...present] })[0]
    return feature?.id === undefined ? null : { source: feature.source, id: String(feature.id) }
  }
  map.on('mousemove', (event) => {
    const area = areaAt(event.point)
    setHovered(area)
    const { clientWidth: width, clientHeight: height } = map.getContainer()
    handlers.onHover(
      area === null ? null : { kode: area.id, x: event.point.x, y: event.point.y, width, height },
    )
  })
  map.on('mouseout', () => {
    setHovered(null)
    handlers.onHover(null)
  })
  map.on('click', (event) => handlers.onSelect(areaAt(event.point)?.id ?? null))
}
