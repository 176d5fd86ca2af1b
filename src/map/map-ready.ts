import type * as maplibregl from 'maplibre-gl'

/** Where the map is on its way to ready (see markReadyOnIdle). */
export interface ReadyState {
  hasValues: boolean
  isLoaded: boolean
  isWaiting: boolean
  isReady: boolean
}

/** A map that has drawn nothing yet. */
export function makeReadyState(): ReadyState {
  return { hasValues: false, isLoaded: false, isWaiting: false, isReady: false }
}

/**
 * Ready = the first idle frame after the map loaded with the values drawn: end-to-end tests and the
 * first-map benchmark wait for it (`data-map-ready`). Then `onReady` shows the layers held back from
 * the first frame (buildFirstFrameStyle).
 */
export function markReadyOnIdle(map: maplibregl.Map, ready: ReadyState, onReady: () => void): void {
  if (ready.isReady || ready.isWaiting) return
  ready.isWaiting = true
  map.once('idle', () => {
    ready.isReady = true
    document.documentElement.dataset.mapReady = 'true'
    onReady()
  })
}

/**
 * After the first frame: every layer of the current style (one set since then has them already). The
 * idle frame after it has the whole map, labels included (`data-map-complete`, timed by the benchmark).
 */
export function showFullStyle(
  map: maplibregl.Map,
  style: maplibregl.StyleSpecification,
  onReady: (() => void) | undefined,
): void {
  map.setStyle(style, { diff: true })
  map.once('idle', () => {
    document.documentElement.dataset.mapComplete = 'true'
  })
  onReady?.()
}
