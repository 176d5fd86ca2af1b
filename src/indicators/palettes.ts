import {
  schemeBlues,
  schemeOrRd,
  schemePuBu,
  schemePuOr,
  schemeRdBu,
  schemeYlGnBu,
  schemeYlOrRd,
} from 'd3-scale-chromatic'
import type { Direction } from './class-colors.ts'

/**
 * Sequential palettes, stored light → dark. All are ColorBrewer schemes rated colour-blind safe
 * (colorbrewer2.org, "colorblind safe" filter), taken from d3-scale-chromatic for 3 to 9 classes.
 */
export const palettes = {
  yl_gn_bu: schemeYlGnBu,
  yl_or_rd: schemeYlOrRd,
  or_rd: schemeOrRd,
  pu_bu: schemePuBu,
  blues: schemeBlues,
} as const satisfies Record<string, readonly (readonly string[])[]>

/** The id of a palette in `palettes`. */
export type PaletteId = keyof typeof palettes

/**
 * Diverging palettes for change maps, stored from the cool end (a fall) to the warm end (a rise),
 * with a light neutral in the middle. Both are ColorBrewer schemes rated colour-blind safe; d3 gives
 * them for 3 to 11 colours. d3 stores RdBu red-first, so it is reversed here to put blue (cool) first.
 */
export const divergingPalettes = {
  rd_bu: schemeRdBu.map((scheme) => [...(scheme ?? [])].reverse()),
  pu_or: schemePuOr,
} as const satisfies Record<string, readonly (readonly string[] | undefined)[]>

/** The id of a palette in `divergingPalettes`. */
export type DivergingPaletteId = keyof typeof divergingPalettes

/** Colour of the no-data class: a light neutral grey, distinct from every palette's lightest step. */
export const NO_DATA_COLOR = '#d4d6d9'

/**
 * Colour of the "withheld (small number)" class: a darker neutral grey than no-data, so the two read
 * as different legend rows, and no palette uses it. The map may draw it hatched (a fill pattern on
 * top of this colour); the legend shows the same grey.
 */
export const WITHHELD_COLOR = '#9da3a9'

/** ColorBrewer's schemes start at 3 classes. */
const MIN_SCHEME_SIZE = 3
const MAX_SCHEME_SIZE = 9
/** d3's diverging schemes stop at 11 colours, so an even scheme (no neutral) has at most 5 a side. */
const MAX_DIVERGING_SIDE = 5

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

/**
 * Colours for a change map centred on zero: `below` classes under zero and `above` classes from zero
 * up, lowest class first. Both sides come from one even scheme of 2·max(below, above) colours, so a
 * class at equal distance from zero gets equal intensity on either side and the shorter side simply
 * skips its darkest steps. Dark always means worse: when a rise is good the warm and cool ends swap.
 * A side is capped at 5 colours (d3's largest scheme); further classes repeat the darkest colour.
 */
export function getDivergingColors(
  id: DivergingPaletteId,
  below: number,
  above: number,
  direction: Direction,
): string[] {
  const half = Math.min(Math.max(below, above, 2), MAX_DIVERGING_SIDE)
  const stored = divergingPalettes[id][half * 2] ?? []
  const scheme = direction === 'higher-is-worse' ? stored : [...stored].reverse()
  const side = (count: number, pick: (step: number) => number): string[] =>
    Array.from(
      { length: Math.max(count, 0) },
      (_, index) => scheme[pick(Math.min(index, half - 1))] ?? NO_DATA_COLOR,
    )
  // Below zero, class `below - 1` touches zero and takes the lightest cool colour (index half - 1).
  const cool = side(below, (step) => half - 1 - step).reverse()
  const warm = side(above, (step) => half + step)
  return [...cool, ...warm]
}
