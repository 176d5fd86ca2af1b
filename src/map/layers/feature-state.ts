import type { ExpressionSpecification } from 'maplibre-gl'

/**
 * Feature-state keys the map view sets on village features: `hover` and `selected` (booleans) and
 * `value`, the current indicator's value (a number, or null when missing), and `status`, its publication
 * status (`ditahan` draws the withheld colour), and `dimmed` (a boolean: the legend highlights one class
 * and fades the rest). Colours change by setting `value` and `status`, never
 * by re-uploading geometry.
 */
export const FEATURE_STATE = {
  hover: 'hover',
  selected: 'selected',
  value: 'value',
  status: 'status',
  dimmed: 'dimmed',
} as const

/** `true` when the feature carries the given boolean feature-state. */
export function isStateOn(key: 'hover' | 'selected' | 'dimmed'): ExpressionSpecification {
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
