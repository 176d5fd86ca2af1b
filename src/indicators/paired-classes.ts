import type { IndicatorValue } from '../data/indicators.ts'
import { applyBreaks } from './apply-breaks.ts'
import { getClassColors } from './class-colors.ts'
import { type Classification, classify } from './classify.ts'
import type { PaletteId } from './palettes.ts'
import { colourDirection, type PublishedDirection, type ValueClasses } from './value-classes.ts'

/**
 * Two years side by side on the same classes: the breaks are computed over the values of both years
 * together, so one colour means the same range on either map and a darker village really is worse.
 * Returns the classes of the first and of the second year.
 */
export function derivePairedClasses(
  codes: readonly string[],
  getFirst: (kode: string) => IndicatorValue | undefined,
  getSecond: (kode: string) => IndicatorValue | undefined,
  classification: Classification,
  palette: PaletteId,
  direction: PublishedDirection,
): [ValueClasses, ValueClasses] {
  const present = (entry: IndicatorValue | undefined): number | null =>
    entry?.status === 'ada' ? entry.nilai : null
  const pooled = codes.flatMap((kode) => [present(getFirst(kode)), present(getSecond(kode))])
  const breaks = classify(pooled, classification)
  const colors = getClassColors(palette, breaks, colourDirection(direction))
  return [applyBreaks(codes, getFirst, breaks, colors), applyBreaks(codes, getSecond, breaks, colors)]
}
