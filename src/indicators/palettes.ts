import { schemeBlues, schemeYlGnBu, schemeYlOrRd } from 'd3-scale-chromatic'

/**
 * Sequential palettes, stored light → dark. All are ColorBrewer schemes rated colour-blind safe
 * (colorbrewer2.org, "colorblind safe" filter), taken from d3-scale-chromatic for 3 to 9 classes.
 */
export const palettes = {
  yl_gn_bu: schemeYlGnBu,
  yl_or_rd: schemeYlOrRd,
  blues: schemeBlues,
} as const satisfies Record<string, readonly (readonly string[])[]>

/** The id of a palette in `palettes`. */
export type PaletteId = keyof typeof palettes

/** Colour of the no-data class: a neutral grey, distinct from every palette's lightest step. */
export const NO_DATA_COLOR = '#d4d6d9'

/** ColorBrewer's schemes start at 3 classes. */
const MIN_SCHEME_SIZE = 3
const MAX_SCHEME_SIZE = 9

/**
 * `count` colours of a palette, light → dark. Below 3 classes the ends of the 3-class scheme are used
 * (one class takes the middle), so one or two classes still read as "low/high" on the same ramp.
 */
export function getPaletteColors(id: PaletteId, count: number): string[] {
  const size = Math.min(Math.max(count, MIN_SCHEME_SIZE), MAX_SCHEME_SIZE)
  const scheme = palettes[id][size] ?? []
  if (count === 1) return scheme.slice(1, 2)
  if (count === 2) return [scheme[0], scheme[2]].filter((color): color is string => color !== undefined)
  return scheme.slice(0, count)
}
