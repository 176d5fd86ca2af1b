import * as maplibregl from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { type ReactElement, useEffect, useMemo, useRef, useState } from 'react'
import type { BBox } from '../lib/geometry-bbox.ts'
import type { Camera } from '../state/view-state.ts'
import { buildMapStyle, type MapData } from './basemap.ts'
import { buildFirstFrameStyle } from './first-frame-style.ts'
import { SOURCE_IDS } from './layer-ids.ts'
import { type AreaState, FEATURE_STATE } from './layers/feature-state.ts'
import {
  INITIAL_PADDING,
  isSameCamera,
  MAX_ZOOM,
  MIN_ZOOM,
  prefersReducedMotion,
  readCamera,
} from './map-camera.ts'
import { MAP_FONT_FACES } from './map-fonts.ts'
import { wirePointer } from './map-pointer.ts'
import { makeReadyState, markReadyOnIdle, showFullStyle } from './map-ready.ts'

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
  /** The boundaries and label points of the snapshot (`getMapData`), the same object for every style. */
  data: MapData
  /**
   * The layers to draw, each a plain MapLibre layer value built from the screen's model (`buildBaseLayers`,
   * `buildPriorityLayers`); stacked in the order of `LAYER_IDS`. Memoise the list: a new list re-diffs the style.
   */
  layers: readonly maplibregl.LayerSpecification[]
  /** Sources the screen's own layers read, beside the boundaries (memoised like `layers`). */
  sources?: Readonly<Record<string, maplibregl.GeoJSONSourceSpecification>>
  /** Which boundary source `areaStates` address: villages or kecamatan. */
  level: 'desa' | 'kecamatan'
  /** The feature-state of each area by code: the choropleth's `value` and `status`, and any overlay key. */
  areaStates: ReadonlyMap<string, AreaState>
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

/** The map: the only component that calls `map.*`. It applies the style it is given and emits events. */
export function MapView(props: MapViewProps): ReactElement {
  const containerRef = useRef<HTMLElement>(null)
  const mapRef = useRef<maplibregl.Map | null>(null)
  const propsRef = useRef(props)
  propsRef.current = props
  const style = useMemo(
    () =>
      buildMapStyle({
        data: props.data,
        layers: props.layers,
        sources: props.sources,
        fontFaces: MAP_FONT_FACES,
      }),
    [props.data, props.layers, props.sources],
  )
  const styleRef = useRef(style)
  styleRef.current = style
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
    const { level, initialBounds, isExposed, initialCamera, exposedName } = propsRef.current
    readyRef.current = makeReadyState()
    const map = new maplibregl.Map({
      container,
      style: buildFirstFrameStyle(styleRef.current, level),
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

    map.once('style.load', () => setIsStyleLoaded(true))
    map.on('load', () => {
      readyRef.current.isLoaded = true
      // Registered inside `load`, so it catches the idle that MapLibre fires at the end of that same
      // frame: when the values were set before it, the first complete frame is the ready one.
      if (readyRef.current.hasValues)
        markReadyOnIdle(map, readyRef.current, () =>
          showFullStyle(map, styleRef.current, propsRef.current.onReady),
        )
      setIsLoaded(true)
      propsRef.current.onCameraChange?.(readCamera(map), 'load')
    })
    wirePointer(map, {
      onHover: (hover) => propsRef.current.onHover(hover),
      onSelect: (kode) => propsRef.current.onSelect(kode),
    })
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
  const appliedStyleRef = useRef(style)
  useEffect(() => {
    const map = mapRef.current
    if (!map || appliedStyleRef.current === style) return
    appliedStyleRef.current = style
    map.setStyle(style, { diff: true })
  }, [style])

  useEffect(() => {
    const map = mapRef.current
    if (!map || !isStyleLoaded) return
    const source = props.level === 'kecamatan' ? SOURCE_IDS.kecamatan : SOURCE_IDS.villages
    for (const [kode, state] of props.areaStates) map.setFeatureState({ source, id: kode }, state)
    readyRef.current.hasValues = true
    // Values set after `load` are drawn on a later frame (setFeatureState asks for one).
    if (readyRef.current.isLoaded) {
      markReadyOnIdle(map, readyRef.current, () =>
        showFullStyle(map, styleRef.current, propsRef.current.onReady),
      )
      map.triggerRepaint()
    }
  }, [isStyleLoaded, props.level, props.areaStates])

  useEffect(() => {
    const map = mapRef.current
    const highlighted = props.highlighted ?? null
    if (!map || !isLoaded) return
    const source = props.level === 'kecamatan' ? SOURCE_IDS.kecamatan : SOURCE_IDS.villages
    for (const kode of props.areaStates.keys()) {
      const isDimmed = highlighted !== null && !highlighted.has(kode)
      map.setFeatureState({ source, id: kode }, { [FEATURE_STATE.dimmed]: isDimmed })
    }
  }, [isLoaded, props.level, props.areaStates, props.highlighted])

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
