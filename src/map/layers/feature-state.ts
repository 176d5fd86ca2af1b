import type { ExpressionSpecification } from 'maplibre-gl'

/**
 * Feature-state keys the map view sets on area features, one meaning each:
 * - `hover`, `selected` (booleans): the pointer and the selected village;
 * - `value`: the choropleth's value (a number, or null when missing);
 * - `status`: the publication status of that value (`ditahan` draws the withheld colour);
 * - `dimmed` (boolean): the legend highlights one class and fades the rest;
 * - `outside` (boolean): the priority screen's filters leave the village out (drawn pale by its own layer).
 * Colours change by setting feature-state, never by re-uploading geometry.
 */
export const FEATURE_STATE = {
  hover: 'hover',
  selected: 'selected',
  value: 'value',
  status: 'status',
  dimmed: 'dimmed',
  outside: 'outside',
} as const

/** The feature-state of one area that a screen sets (hover, selection and dimming are the map view's own). */
export interface AreaState {
  value: number | null
  status: string | null
  /** Only the priority screen sets it; every screen that does sets it on every area. */
  outside?: boolean
}

/** `true` when the feature carries the given boolean feature-state. */
export function isStateOn(key: 'hover' | 'selected' | 'dimmed' | 'outside'): ExpressionSpecification {
  return ['boolean', ['feature-state', FEATURE_STATE[key]], false]
}

/** Keeps only polygon features, so a null or stray point geometry never reaches a fill. */
export const POLYGONS_ONLY: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['Polygon', 'MultiPolygon'],
  true,
  false,
]

/** The `value` and `status` feature-state of each area, from a choropleth's values and statuses. */
export function buildAreaStates(
  values: ReadonlyMap<string, number | null>,
  statuses: ReadonlyMap<string, string>,
): Map<string, AreaState> {
  const states = new Map<string, AreaState>()
  for (const [kode, value] of values) states.set(kode, { value, status: statuses.get(kode) ?? null })
  return states
}
