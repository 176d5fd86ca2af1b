import { bisectLeft, bisectRight } from 'd3-array'
import { scaleQuantile } from 'd3-scale'

/** How an indicator's values are split into classes. */
export type Classification =
  | { method: 'quantile'; classes: number }
  | { method: 'manual'; breaks: readonly number[] }

/**
 * Class breaks: class 0 holds `[min, thresholds[0])`, class i holds `[thresholds[i-1], thresholds[i])`,
 * the last class holds `[thresholds[last], max]`. Thresholds ascend strictly and lie in `(min, max]`,
 * so no class is empty of range. There are `thresholds.length + 1` classes.
 */
export interface ClassBreaks {
  thresholds: number[]
  min: number
  max: number
}

function isValue(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/**
 * Quantile thresholds moved up to the nearest observed value. d3 interpolates between neighbours
 * which can put a threshold where no village lies and leave a class empty; snapped, every
 * class starts at a real value and so holds at least one village.
 */
function getQuantileThresholds(sorted: readonly number[], classes: number): number[] {
  const quantiles = scaleQuantile<number>()
    .domain(sorted)
    .range(Array.from({ length: classes }, (_, index) => index))
    .quantiles()
  return quantiles.map((quantile) => sorted[bisectLeft(sorted, quantile)] ?? quantile)
}

/**
 * Splits the known values into classes; `null` values go to the separate no-data class.
 * Returns `null` when no value is known. Ties at a quantile collapse into one threshold, so
 * a column with fewer distinct values than classes gets fewer classes.
 */
export function classify(
  values: readonly (number | null)[],
  classification: Classification,
): ClassBreaks | null {
  const known = values.filter(isValue).sort((a, b) => a - b)
  const min = known[0]
  const max = known[known.length - 1]
  if (min === undefined || max === undefined) return null
  const candidates =
    classification.method === 'quantile'
      ? getQuantileThresholds(known, classification.classes)
      : [...classification.breaks]
  const thresholds = [...new Set(candidates)]
    .filter((threshold) => threshold > min && threshold <= max)
    .sort((a, b) => a - b)
  return { thresholds, min, max }
}

/** The class a value falls in, or `null` for the no-data class. */
export function classIndexOf(value: number | null, breaks: ClassBreaks | null): number | null {
  if (!isValue(value) || breaks === null) return null
  return bisectRight(breaks.thresholds, value)
}

/** The number of classes (without no-data) of a set of breaks. */
export function countClasses(breaks: ClassBreaks | null): number {
  return breaks === null ? 0 : breaks.thresholds.length + 1
}

/** The `[lower, upper]` range of each class, for the legend and the details panel. */
export function getClassRanges(breaks: ClassBreaks): [number, number][] {
  const edges = [breaks.min, ...breaks.thresholds, breaks.max]
  return Array.from({ length: countClasses(breaks) }, (_, index) => [
    edges[index] ?? breaks.min,
    edges[index + 1] ?? breaks.max,
  ])
}
