import type * as maplibregl from 'maplibre-gl'
import type { Camera } from '../state/view-state.ts'

// Whole-kabupaten view of Kutai Timur is ≈ zoom 7.5; 5 shows the province around it, 15 a hamlet.
export const MIN_ZOOM = 5
export const MAX_ZOOM = 15
// Room around the kabupaten in the first view: clear of the search box on top (12 + 44 + 12 px).
export const INITIAL_PADDING = { top: 68, right: 16, bottom: 16, left: 16 }

/** The camera of a map now. */
export function readCamera(map: maplibregl.Map): Camera {
  const center = map.getCenter()
  return { lng: center.lng, lat: center.lat, zoom: map.getZoom() }
}

// Closer than this is the same view (far below a pixel): two synced maps stop echoing each other.
const SAME_DEGREES = 1e-7
const SAME_ZOOM = 1e-4

/** Whether two cameras show the same view. */
export function isSameCamera(a: Camera, b: Camera): boolean {
  return (
    Math.abs(a.lng - b.lng) < SAME_DEGREES &&
    Math.abs(a.lat - b.lat) < SAME_DEGREES &&
    Math.abs(a.zoom - b.zoom) < SAME_ZOOM
  )
}

/** Whether the reader asked the system for less motion (camera moves then jump). */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}
