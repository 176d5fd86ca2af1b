import { AREA_INDICATOR_ID } from '../indicators/area-definition.ts'
import type { Classification } from '../indicators/classify.ts'

/** The administrative level the map colours: villages or their districts. */
export type Level = 'desa' | 'kecamatan'

/** The levels, default first. */
export const LEVELS = ['desa', 'kecamatan'] as const satisfies readonly Level[]

/** How two years are compared: one change map, or the two years side by side. */
export type CompareMode = 'change' | 'split'

/** The compare modes, default first. */
export const COMPARE_MODES = ['change', 'split'] as const satisfies readonly CompareMode[]

/** Where the map looks. `[lng, lat]` order as everywhere else; rounded by `roundCamera`. */
export interface Camera {
  lng: number
  lat: number
  zoom: number
}

/** Everything a shared link reproduces. Ephemeral UI state (hover, open panels) is not here. */
export interface ViewState {
  /** Id of the shown indicator (snake_case, as published). */
  indicator: string
  /** The year shown. */
  tahun: number
  /** A second year to compare with (a change map), or `null` for a single year. */
  compareTahun: number | null
  /** With a compare year: a change map (`change`) or two maps side by side (`split`). */
  compareMode: CompareMode
  /** A classification chosen by the reader, or `null` for the screen's default. */
  classification: Classification | null
  level: Level
  /** Code of the selected village (`64.08.04.2011`) or district (`64.08.04`), or `null`. */
  selected: string | null
  /** The camera, or `null` to fit the whole kabupaten (the opening view). */
  camera: Camera | null
}

/**
 * The state of a URL with no parameters. `tahun` is a placeholder until the data says which years
 * exist: the app then passes its own defaults (e.g. the latest year with data) to `defineViewState`.
 */
export const DEFAULT_VIEW_STATE: ViewState = {
  indicator: AREA_INDICATOR_ID,
  tahun: 2023,
  compareTahun: null,
  compareMode: 'change',
  classification: null,
  level: 'desa',
  selected: null,
  camera: null,
}

/** A village code (Kemendagri): province.kabupaten.kecamatan.desa, e.g. `64.08.04.2011`. */
export const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/

/** A district (kecamatan) code, e.g. `64.08.04`. */
export const DISTRICT_CODE = /^\d{2}\.\d{2}\.\d{2}$/

/** Whether a string is a village or district code. */
export function isAreaCode(value: string): boolean {
  return VILLAGE_CODE.test(value) || DISTRICT_CODE.test(value)
}

/** MapLibre's largest zoom (its `maxZoom` limit). */
export const MAX_ZOOM = 22
/** Web Mercator stops at ±85.0511° latitude (where the projected world is square). */
export const MAX_LATITUDE = 85.0511

/**
 * Decimals that keep a coordinate within about one screen pixel: a 512-px tile spans 360 / 2^zoom
 * degrees, so a pixel is 360 / (512 · 2^zoom) degrees. Zoom 9 gives 3 decimals (≈ 100 m).
 */
export function getCoordinateDecimals(zoom: number): number {
  return Math.min(Math.max(Math.ceil(Math.log10((512 * 2 ** zoom) / 360)), 0), 6)
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  // `+ 0` turns -0 into 0, so a rounded camera compares equal to its decoded copy.
  return Math.round(value * factor) / factor + 0
}

/**
 * The camera clamped to the valid range and rounded for the URL: zoom to 2 decimals (a 1.6 % scale
 * step, invisible), coordinates to about a pixel. Rounding twice gives the same camera.
 */
export function roundCamera(camera: Camera): Camera {
  const zoom = roundTo(Math.min(Math.max(camera.zoom, 0), MAX_ZOOM), 2)
  const decimals = getCoordinateDecimals(zoom)
  const lng = ((((camera.lng + 180) % 360) + 360) % 360) - 180
  const lat = Math.min(Math.max(camera.lat, -MAX_LATITUDE), MAX_LATITUDE)
  return { lng: roundTo(lng, decimals), lat: roundTo(lat, decimals), zoom }
}
