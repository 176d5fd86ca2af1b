import { type Classification, isValidClassification } from '../indicators/classify.ts'
import {
  type Camera,
  type CompareMode,
  DISTRICT_CODE,
  type Level,
  roundCamera,
  VILLAGE_CODE,
  type ViewState,
} from './view-state.ts'

/** A change to the shared view. Every change the UI makes goes through `updateViewState`. */
export type ViewAction =
  | { type: 'set-indicator'; indicator: string }
  | { type: 'set-year'; tahun: number }
  | { type: 'set-compare-year'; compareTahun: number | null }
  | { type: 'set-compare-mode'; compareMode: CompareMode }
  | { type: 'set-classification'; classification: Classification | null }
  | { type: 'set-level'; level: Level }
  | { type: 'select'; code: string | null }
  | { type: 'set-camera'; camera: Camera | null }

/**
 * Shows another indicator with the screen's default classification: a reader's manual breaks or
 * class count were chosen for the previous indicator's values.
 */
export function setIndicator(state: ViewState, indicator: string): ViewState {
  return indicator === state.indicator ? state : { ...state, indicator, classification: null }
}

/** Shows another year; a compare year equal to it is dropped (a change against itself is zero). */
export function setYear(state: ViewState, tahun: number): ViewState {
  if (tahun === state.tahun) return state
  return { ...state, tahun, compareTahun: state.compareTahun === tahun ? null : state.compareTahun }
}

/** Compares with another year, or stops comparing (`null`); the shown year itself is ignored. */
export function setCompareYear(state: ViewState, compareTahun: number | null): ViewState {
  const next = compareTahun === state.tahun ? null : compareTahun
  return next === state.compareTahun ? state : { ...state, compareTahun: next }
}

/** Shows a comparison as a change map or as two maps side by side; kept when not comparing. */
export function setCompareMode(state: ViewState, compareMode: CompareMode): ViewState {
  return compareMode === state.compareMode ? state : { ...state, compareMode }
}

/** Uses a classification (`null`: the indicator's own). One outside the limits is ignored. */
export function setClassification(state: ViewState, classification: Classification | null): ViewState {
  if (classification !== null && !isValidClassification(classification)) return state
  const isSame = JSON.stringify(classification) === JSON.stringify(state.classification)
  return isSame ? state : { ...state, classification }
}

/**
 * Colours another level. A selected village becomes its district when moving to districts; a
 * selected district is dropped when moving to villages (which of its villages is unknowable).
 */
export function setLevel(state: ViewState, level: Level): ViewState {
  if (level === state.level) return state
  const { selected } = state
  if (selected === null) return { ...state, level }
  if (level === 'kecamatan' && VILLAGE_CODE.test(selected)) {
    return { ...state, level, selected: selected.slice(0, 'NN.NN.NN'.length) }
  }
  return { ...state, level, selected: level === 'desa' && DISTRICT_CODE.test(selected) ? null : selected }
}

/** Selects the area with this code, or clears the selection (`null`). A malformed code is ignored. */
export function selectArea(state: ViewState, code: string | null): ViewState {
  if (code === state.selected) return state
  const fits = code === null || (state.level === 'desa' ? VILLAGE_CODE : DISTRICT_CODE).test(code)
  return fits ? { ...state, selected: code } : state
}

/** Moves the camera, rounded as the URL stores it so the state and a copied link agree. */
export function setCamera(state: ViewState, camera: Camera | null): ViewState {
  const next = camera === null ? null : roundCamera(camera)
  const isSame = JSON.stringify(next) === JSON.stringify(state.camera)
  return isSame ? state : { ...state, camera: next }
}

/** The updater of each action, by its type. */
const UPDATERS: {
  [T in ViewAction['type']]: (state: ViewState, action: Extract<ViewAction, { type: T }>) => ViewState
} = {
  'set-indicator': (state, { indicator }) => setIndicator(state, indicator),
  'set-year': (state, { tahun }) => setYear(state, tahun),
  'set-compare-year': (state, { compareTahun }) => setCompareYear(state, compareTahun),
  'set-compare-mode': (state, { compareMode }) => setCompareMode(state, compareMode),
  'set-classification': (state, { classification }) => setClassification(state, classification),
  'set-level': (state, { level }) => setLevel(state, level),
  select: (state, { code }) => selectArea(state, code),
  'set-camera': (state, { camera }) => setCamera(state, camera),
}

/** Applies one action. Returns the same object when nothing changes, so React can skip a render. */
export function updateViewState(state: ViewState, action: ViewAction): ViewState {
  const update = UPDATERS[action.type] as (state: ViewState, action: ViewAction) => ViewState
  return update(state, action)
}
