import { type ClassBreaks, classIndexOf, countClasses } from './classify.ts'
import { getPaletteColors, NO_DATA_COLOR, type PaletteId } from './palettes.ts'

/** Whether a high value is bad (shown dark) or good (shown light). */
export type Direction = 'higher-is-worse' | 'higher-is-better'

/**
 * One colour per class, lowest class first. Dark always means worse: palettes are stored light → dark,
 * so they are flipped when a high value is good. Panels never reverse a palette themselves.
 */
export function getClassColors(
  palette: PaletteId,
  breaks: ClassBreaks | null,
  direction: Direction,
): string[] {
  const colors = getPaletteColors(palette, countClasses(breaks))
  return direction === 'higher-is-worse' ? colors : [...colors].reverse()
}

/** The fill colour of one value: its class colour, or the no-data colour. */
export function colorFor(
  value: number | null,
  breaks: ClassBreaks | null,
  colors: readonly string[],
): string {
  const index = classIndexOf(value, breaks)
  return index === null ? NO_DATA_COLOR : (colors[index] ?? NO_DATA_COLOR)
}
