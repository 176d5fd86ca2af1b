import type { PriorityColumn } from './priority-table.ts'

/** A tier of one axis: 0 low, 1 middle, 2 high. */
export type Tier = 0 | 1 | 2

/**
 * The 3×3 palette, index = needTier + 3 × gapTier, where the gap tier is the coverage tier flipped
 * (high coverage → gap 0). Joshua Stevens' blue–green scheme ("Bivariate choropleth maps: a how-to
 * guide", 2015): need runs light → blue, the coverage gap light → green, and both together darken to
 * deep teal, so "high need, low coverage" is the darkest cell (dark means worse). Blue against green
 * stays apart for the common red–green colour-vision deficiencies, and lightness grows along both axes.
 */
export const BIVARIATE_COLORS = [
  '#e8e8e8',
  '#b5c0da',
  '#6c83b5',
  '#b8d6be',
  '#90b2b3',
  '#567994',
  '#73ae80',
  '#5a9178',
  '#2a5a5b',
] as const

/** Thresholds of the `step` expression that turns a class index into one of the nine colours. */
export const BIVARIATE_THRESHOLDS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8]

/** The class index of a need tier and a coverage tier. */
export function bivariateClass(needTier: Tier, coverageTier: Tier): number {
  return needTier + 3 * (2 - coverageTier)
}

/** The need and coverage tiers of a class index. */
export function tiersOf(classIndex: number): { need: Tier; coverage: Tier } {
  return { need: (classIndex % 3) as Tier, coverage: (2 - Math.floor(classIndex / 3)) as Tier }
}

/** Tertile limits of one axis: below `lower` is low, below `upper` middle, the rest high. */
export interface TertileBreaks {
  lower: number
  upper: number
}

/**
 * Tertiles of the values: the 1/3 and 2/3 quantiles (linear interpolation, as d3 and R type 7). Equal
 * values always land in the same tier. `null` when there is no value.
 */
export function tertileBreaks(values: readonly number[]): TertileBreaks | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number): number => {
    const position = (sorted.length - 1) * p
    const below = Math.floor(position)
    const low = sorted[below] ?? 0
    const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low
    return low + (high - low) * (position - below)
  }
  return { lower: at(1 / 3), upper: at(2 / 3) }
}

/** The tier of a value. All-equal values (lower = upper = the value) sit in the middle tier. */
export function tierOf(value: number, breaks: TertileBreaks): Tier {
  if (breaks.lower === breaks.upper && value === breaks.lower) return 1
  if (value < breaks.lower) return 0
  if (value < breaks.upper) return 1
  return 2
}

/** Bivariate classes of the selected villages. */
export interface BivariateClasses {
  /** Class index 0–8 per village position, or `null` (one input missing, or outside the selection). */
  classes: (number | null)[]
  need: TertileBreaks | null
  coverage: TertileBreaks | null
  /** Villages per class index. */
  counts: number[]
}

function presentValues(column: PriorityColumn | undefined, include: readonly boolean[]): number[] {
  const result: number[] = []
  column?.values.forEach((value, index) => {
    if (include[index] && value !== null && column.statuses[index] === 'ada') result.push(value)
  })
  return result
}

/**
 * Splits need and coverage each into tertiles over the selected villages that have the value, and
 * gives every selected village with both values its 3×3 class.
 */
export function classifyBivariate(
  need: PriorityColumn | undefined,
  coverage: PriorityColumn | undefined,
  include: readonly boolean[],
): BivariateClasses {
  const needBreaks = tertileBreaks(presentValues(need, include))
  const coverageBreaks = tertileBreaks(presentValues(coverage, include))
  const counts = new Array<number>(9).fill(0)
  const classes = include.map((isIncluded, index) => {
    const needValue = need?.statuses[index] === 'ada' ? (need.values[index] ?? null) : null
    const coverageValue = coverage?.statuses[index] === 'ada' ? (coverage.values[index] ?? null) : null
    if (!isIncluded || needValue === null || coverageValue === null || !needBreaks || !coverageBreaks) {
      return null
    }
    const classIndex = bivariateClass(tierOf(needValue, needBreaks), tierOf(coverageValue, coverageBreaks))
    counts[classIndex] = (counts[classIndex] ?? 0) + 1
    return classIndex
  })
  return { classes, need: needBreaks, coverage: coverageBreaks, counts }
}
