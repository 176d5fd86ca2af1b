import type { IndicatorValue } from '../data/indicators.ts'
import { applyBreaks } from './apply-breaks.ts'
import {
  type ClassBreaks,
  type Classification,
  clampClasses,
  countClasses,
  getDataThresholds,
  toClassBreaks,
} from './classify.ts'
import { type DivergingPaletteId, getDivergingColors } from './palettes.ts'
import { colourDirection, type PublishedDirection, type ValueClasses } from './value-classes.ts'

/**
 * What a change is measured in: the indicator's own unit, or percentage points for a percentage
 * (15 % → 18 % is +3 points, not +20 %).
 */
export type ChangeUnit = 'absolute' | 'percentage-points'

/** Percentages change in points; every other kind in its own unit. */
export function getChangeUnit(kind: string): ChangeUnit {
  return kind === 'percent' ? 'percentage-points' : 'absolute'
}

/**
 * The change of one area from one year to another (`to − from`). Withheld in either year stays
 * withheld (the change would reveal the small number); does-not-apply in both stays so; any other gap
 * in either year is no data.
 */
export function combineChange(
  from: IndicatorValue | undefined,
  to: IndicatorValue | undefined,
): IndicatorValue {
  if (from?.status === 'ditahan' || to?.status === 'ditahan') return { nilai: null, status: 'ditahan' }
  if (from?.status === 'tidak_berlaku' && to?.status === 'tidak_berlaku') {
    return { nilai: null, status: 'tidak_berlaku' }
  }
  if (from?.status !== 'ada' || to?.status !== 'ada' || from.nilai === null || to.nilai === null) {
    return { nilai: null, status: 'tidak_ada' }
  }
  return { nilai: to.nilai - from.nilai, status: 'ada' }
}

/**
 * Classes a side of zero gets: half the classes asked for, rounded up, at least 2 (so a side still
 * shows "a little / a lot") and at most 5 (d3's diverging schemes stop at 11 colours).
 */
export function getClassesPerSide(classes: number): number {
  return Math.min(Math.max(Math.ceil(clampClasses(classes) / 2), 2), 5)
}

/**
 * Breaks for a change map, centred on zero: zero is always a break (when the changes have both
 * signs), and the breaks mirror each other, `−b … −a, 0, a … b`, with `a … b` found by the method
 * on the sizes of the changes. So equal colour intensity means an equal size of change either way.
 * Manual breaks are used as given, with zero added. `null` when no change is known.
 */
export function classifyChange(
  values: readonly (number | null)[],
  classification: Classification,
): ClassBreaks | null {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value))
  if (known.length === 0) return null
  const min = Math.min(...known)
  const max = Math.max(...known)
  let candidates: number[]
  if (classification.method === 'manual') candidates = [...classification.breaks, 0]
  else {
    const sizes = known
      .map(Math.abs)
      .filter((size) => size > 0)
      .sort((a, b) => a - b)
    const isVaried = sizes.length > 1 && (sizes[0] ?? 0) < (sizes[sizes.length - 1] ?? 0)
    const perSide = Math.min(getClassesPerSide(classification.classes), new Set(sizes).size)
    const steps = isVaried ? getDataThresholds(classification.method, sizes, perSide) : []
    const inside = steps.filter((step) => step > (sizes[0] ?? 0) && step <= (sizes.at(-1) ?? 0))
    candidates = [0, ...inside, ...inside.map((step) => -step)]
  }
  return toClassBreaks(candidates, min, max)
}

/** How many classes of `breaks` lie below zero (their upper edge is at most zero). */
export function countClassesBelowZero(breaks: ClassBreaks | null): number {
  if (breaks === null) return 0
  const below = breaks.thresholds.filter((threshold) => threshold <= 0).length
  return breaks.max <= 0 && breaks.max > breaks.min ? below + 1 : below
}

/** Diverging palette of change maps: red for a rise of a bad figure, blue for a fall. */
export const CHANGE_PALETTE: DivergingPaletteId = 'rd_bu'

/**
 * The change map of one indicator between two years: each area's `to − from`, classed around zero
 * with a diverging palette (dark means a large change; a worsening is warm). Withheld and no-data in
 * either year keep their own classes.
 */
export function deriveChangeClasses(
  codes: readonly string[],
  getFrom: (kode: string) => IndicatorValue | undefined,
  getTo: (kode: string) => IndicatorValue | undefined,
  classification: Classification,
  direction: PublishedDirection,
): ValueClasses {
  const changes = new Map(codes.map((kode) => [kode, combineChange(getFrom(kode), getTo(kode))]))
  const breaks = classifyChange(
    [...changes.values()].map((entry) => entry.nilai),
    classification,
  )
  const total = countClasses(breaks)
  const below = countClassesBelowZero(breaks)
  const colors = getDivergingColors(CHANGE_PALETTE, below, total - below, colourDirection(direction))
  return applyBreaks(codes, (kode) => changes.get(kode), breaks, colors)
}
