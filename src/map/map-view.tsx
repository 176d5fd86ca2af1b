import * as maplibregl from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { type ReactElement, useEffect, useRef, useState } from 'react'
import type { BBox } from '../lib/geometry-bbox.ts'
import type { Camera } from '../state/view-state.ts'
import { buildFirstFrameStyle } from './first-frame-style.ts'
import { INTERACTIVE_LAYER_IDS, SOURCE_IDS } from './layer-ids.ts'
import { FEATURE_STATE } from './layers/feature-state.ts'

// Vite does not emit MapLibre's worker on its own (measured: the build leaves it out).
maplibregl.setWorkerUrl(workerUrl)

/**
 * Starts MapLibre's worker now instead of when the first map is created: its script (~520 kB) then
 * compiles while the data loads and React renders. For screens that open on a map.
 */
export function prewarmMap(): void {
  maplibregl.prewarm()
}

/** Screen padding kept clear of panels when the camera moves, in CSS pixels. */
export interface CameraPadding {
  top: number
  right: number
  bottom: number
  left: number
}

/** A request to show a box; a new `key` repeats the move even for the same box. */
export interface CameraRequest {
  bbox: BBox
  key: number
  padding: CameraPadding
  maxZoom: number
}

/** The village under the pointer, where it is relative to the map's top-left corner, and the map's size. */
export interface HoverInfo {
  kode: string
  x: number
  y: number
  width: number
  height: number
}

/** Why the camera changed: the map loaded, it moved, or it jumped to follow another map. */
export type CameraChangeReason = 'load' | 'move' | 'sync'

/** Marks the events of a jump to `syncedCamera` (MapLibre copies event data onto each event). */
const SYNC_EVENT = { isSync: true }

/** What the map view draws and the events it emits. */
export interface MapViewProps {
  style: maplibregl.StyleSpecification
  /** Which boundary source `values` and `statuses` address: villages or kecamatan. */
  level: 'desa' | 'kecamatan'
  /** Indicator value of each area by code, applied as the `value` feature-state. */
  values: ReadonlyMap<string, number | null>
  /** Publication status of each village's value by code, applied as the `status` feature-state. */
  statuses: ReadonlyMap<string, string>
  selectedKode: string | null
  initialBounds: BBox
  camera: CameraRequest | null
  label: string
  /** Exposes the map as `window.__ppdMap` for end-to-end tests and debugging. */
  isExposed: boolean
  /** Called once, on the first frame drawn after the map loaded with its data and colours. */
  onReady?: () => void
  onHover: (hover: HoverInfo | null) => void
  onSelect: (kode: string | null) => void
  /** Opens here instead of fitting `initialBounds` (a camera from a shared link). */
  initialCamera?: Camera | null
  /**
   * Called with the camera once the map has loaded (`load`) and whenever it comes to rest after a
   * move: `sync` when the move was a jump to `syncedCamera`, else `move`. The URL keeps both moves;
   * only a `move` is passed on to another map, so two synced maps never echo each other.
   */
  onCameraChange?: (camera: Camera, reason: CameraChangeReason) => void
  /** Called on every frame of a move the reader makes (drag, wheel, keys), to sync another map. */
  onUserMove?: (camera: Camera) => void
  /** Jumps here without animation whenever it changes (another map's camera, in the split view). */
  syncedCamera?: Camera | null
  /** Codes of the areas to keep vivid while every other is faded, or `null` for none faded. */
  highlighted?: ReadonlySet<string> | null
  /** Sets `window.__ppdMaps[name]` (with `isExposed`) so tests can reach each map of a split view. */
  exposedName?: string
}

declare global {
  interface Window {
    __ppdMap?: maplibregl.Map
    __ppdMaps?: Record<string, maplibregl.Map>
  }
}

// Whole-kabupaten view of Kutai Timur is ≈ zoom 7.5; 5 shows the province around it, 15 a hamlet.
const MIN_ZOOM = 5
const MAX_ZOOM = 15
// Room around the kabupaten in the first view: clear of the search box on top (12 + 44 + 12 px).
const INITIAL_PADDING = { top: 68, right: 16, bottom: 16, left: 16 }

function readCamera(map: maplibregl.Map): Camera {
  const center = map.getCenter()
  return { lng: center.lng, lat: center.lat, zoom: map.getZoom() }
}

// Closer than this is the same view (far below a pixel): two synced maps stop echoing each other.
const SAME_DEGREES = 1e-7
const SAME_ZOOM = 1e-4

function isSameCamera(a: Camera, b: Camera): boolean {
  return (
    Math.abs(a.lng - b.lng) < SAME_DEGREES &&
    Math.abs(a.lat - b.lat) < SAME_DEGREES &&
    Math.abs(a.zoom - b.zoom) < SAME_ZOOM
  )
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

/** Where the map is on its way to ready (see markReadyOnIdle). */
interface ReadyState {
  hasValues: boolean
  isLoaded: boolean
  isWaiting: boolean
  isReady: boolean
}

function makeReadyState(): ReadyState {
  return { hasValues: false, isLoaded: false, isWaiting: false, isReady: false }
}

/**
 * Ready = the first idle frame after the map loaded with the values drawn: end-to-end tests and the
 * first-map benchmark wait for it (`data-map-ready`). Then `onReady` shows the layers held back from
 * the first frame (buildFirstFrameStyle).
 */
function markReadyOnIdle(map: maplibregl.Map, ready: ReadyState, onReady: () => void): void {
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
function showFullStyle(map: maplibregl.Map, props: MapViewProps): void {
  map.setStyle(props.style, { diff: true })
  map.once('idle', () => {
    document.documentElement.dataset.mapComplete = 'true'
  })
  props.onReady?.()
}

/** The map: the only component that calls `map.*`. It applies the style it is given and emits events. */
export function MapView(props: MapViewProps): ReactElement {
  const containerRef = useRef<HTMLElement>(null)
  const mapRef = useRef<maplibregl.Map | null>(null)
  const propsRef = useRef(props)
  propsRef.current = props
  // `style.load`: the sources exist, so feature-state can be set before their tiles arrive and the
  // first complete frame (`load`) is drawn with its colours. `load`: that frame is drawn.
  const [isStyleLoaded, setIsStyleLoaded] = useState(false)
  const [isLoaded, setIsLoaded] = useState(false)
  // Ready = the first idle frame after `load` with the current values applied (see markReadyOnIdle).
  const readyRef = useRef(makeReadyState())

  // Create the map once; later prop changes are applied by the effects below.
  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const { style, level, initialBounds, isExposed, initialCamera, exposedName } = propsRef.current
    readyRef.current = makeReadyState()
    const map = new maplibregl.Map({
      container,
      style: buildFirstFrameStyle(style, level),
      ...(initialCamera
        ? { center: [initialCamera.lng, initialCamera.lat], zoom: initialCamera.zoom }
        : { bounds: initialBounds, fitBoundsOptions: { padding: INITIAL_PADDING } }),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    })
    map.touchZoomRotate.disableRotation()
    map.keyboard.disableRotation()
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right')
    mapRef.current = map
    if (isExposed && exposedName === undefined) window.__ppdMap = map
    if (isExposed && exposedName !== undefined) window.__ppdMaps = { ...window.__ppdMaps, [exposedName]: map }

    // Hidden layers answer no query, so only the shown level's areas are hovered and clicked.
    let hovered: { source: string; id: string } | null = null
    const setHovered = (next: { source: string; id: string } | null): void => {
      if (next?.id === hovered?.id && next?.source === hovered?.source) return
      if (hovered !== null) map.setFeatureState(hovered, { [FEATURE_STATE.hover]: false })
      hovered = next
      if (next !== null) map.setFeatureState(next, { [FEATURE_STATE.hover]: true })
      map.getCanvas().style.cursor = next === null ? '' : 'pointer'
    }
    const layers = [...INTERACTIVE_LAYER_IDS]
    const areaAt = (point: maplibregl.PointLike): { source: string; id: string } | null => {
      // Until the full style follows the first frame, only some of these layers exist.
      const present = layers.filter((id) => map.getLayer(id) !== undefined)
      const feature = map.queryRenderedFeatures(point, { layers: present })[0]
      return feature?.id === undefined ? null : { source: feature.source, id: String(feature.id) }
    }

    map.once('style.load', () => setIsStyleLoaded(true))
    map.on('load', () => {
      readyRef.current.isLoaded = true
      // Registered inside `load`, so it catches the idle that MapLibre fires at the end of that same
      // frame: when the values were set before it, the first complete frame is the ready one.
      if (readyRef.current.hasValues)
        markReadyOnIdle(map, readyRef.current, () => showFullStyle(map, propsRef.current))
      setIsLoaded(true)
      propsRef.current.onCameraChange?.(readCamera(map), 'load')
    })
    map.on('mousemove', (event) => {
      const area = areaAt(event.point)
      setHovered(area)
      const { clientWidth: width, clientHeight: height } = map.getContainer()
      propsRef.current.onHover(
        area === null ? null : { kode: area.id, x: event.point.x, y: event.point.y, width, height },
      )
    })
    map.on('mouseout', () => {
      setHovered(null)
      propsRef.current.onHover(null)
    })
    map.on('click', (event) => propsRef.current.onSelect(areaAt(event.point)?.id ?? null))
    // Only moves with an input event are the reader's; a jump from the other map has none, so two
    // synced maps never echo each other.
    map.on('move', (event) => {
      if (event.originalEvent) propsRef.current.onUserMove?.(readCamera(map))
    })
    map.on('moveend', (event) => {
      const reason = (event as { isSync?: boolean }).isSync ? 'sync' : 'move'
      propsRef.current.onCameraChange?.(readCamera(map), reason)
    })
    // MapLibre follows the window's size, not its container's: the split view halves the container.
    // The observer also reports the first size: only a real change resizes (and moves) the map.
    let size = `${container.clientWidth}x${container.clientHeight}`
    const resizeObserver = new ResizeObserver(() => {
      const next = `${container.clientWidth}x${container.clientHeight}`
      if (next === size) return
      size = next
      map.resize()
    })
    resizeObserver.observe(container)

    return () => {
      resizeObserver.disconnect()
      if (window.__ppdMap === map) delete window.__ppdMap
      if (exposedName !== undefined && window.__ppdMaps?.[exposedName] === map) {
        delete window.__ppdMaps[exposedName]
      }
      map.remove()
      mapRef.current = null
    }
  }, [])

  // Style changes (indicator, classes) are diffed by MapLibre into paint/layout updates.
  const appliedStyleRef = useRef(props.style)
  useEffect(() => {
    const map = mapRef.current
    if (!map || appliedStyleRef.current === props.style) return
    appliedStyleRef.current = props.style
    map.setStyle(props.style, { diff: true })
  }, [props.style])

  useEffect(() => {
    const map = mapRef.current
    if (!map || !isStyleLoaded) return
    const source = props.level === 'kecamatan' ? SOURCE_IDS.kecamatan : SOURCE_IDS.villages
    for (const [kode, value] of props.values) {
      map.setFeatureState(
        { source, id: kode },
        { [FEATURE_STATE.value]: value, [FEATURE_STATE.status]: props.statuses.get(kode) ?? null },
      )
    }
    readyRef.current.hasValues = true
    // Values set after `load` are drawn on a later frame (setFeatureState asks for one).
    if (readyRef.current.isLoaded) {
      markReadyOnIdle(map, readyRef.current, () => showFullStyle(map, propsRef.current))
      map.triggerRepaint()
    }
  }, [isStyleLoaded, props.level, props.values, props.statuses])

  useEffect(() => {
    const map = mapRef.current
    const highlighted = props.highlighted ?? null
    if (!map || !isLoaded) return
    const source = props.level === 'kecamatan' ? SOURCE_IDS.kecamatan : SOURCE_IDS.villages
    for (const kode of props.values.keys()) {
      const isDimmed = highlighted !== null && !highlighted.has(kode)
      map.setFeatureState({ source, id: kode }, { [FEATURE_STATE.dimmed]: isDimmed })
    }
  }, [isLoaded, props.level, props.values, props.highlighted])

  useEffect(() => {
    const map = mapRef.current
    const camera = props.syncedCamera
    if (!map || !camera) return
    if (isSameCamera(readCamera(map), camera)) return
    map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom }, SYNC_EVENT)
  }, [props.syncedCamera])

  useEffect(() => {
    const map = mapRef.current
    const kode = props.selectedKode
    if (!map || !isLoaded || kode === null) return
    map.setFeatureState({ source: SOURCE_IDS.villages, id: kode }, { [FEATURE_STATE.selected]: true })
    return () => {
      // On unmount the map is removed first (the effect above); a removed map has no sources left.
      if (mapRef.current !== map) return
      map.setFeatureState({ source: SOURCE_IDS.villages, id: kode }, { [FEATURE_STATE.selected]: false })
    }
  }, [isLoaded, props.selectedKode])

  useEffect(() => {
    const map = mapRef.current
    const request = props.camera
    if (!map || !request) return
    // The panel may have just opened and narrowed the map: measure before fitting.
    map.resize()
    map.fitBounds(request.bbox, {
      padding: request.padding,
      maxZoom: request.maxZoom,
      duration: prefersReducedMotion() ? 0 : 900,
    })
  }, [props.camera])

  return <section ref={containerRef} className="map-view" data-testid="map" aria-label={props.label} />
}
